package jp.manabi.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.organisation.DepartmentRepository;
import jp.manabi.progress.ProgressRepository;
import jp.manabi.progress.ProgressRules;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Progress against the grade targets at a prefecture's scale: adds 10 million pieces of evidence
 * (completions with their points, spread over five fiscal years) to the 300,000 employees of
 * {@link StaffListBenchmark} in {@code manabi_bench} (created and filled the same way if missing),
 * rebuilds the totals, sets this year's targets, then times the queries of the three views with
 * the repository the application uses, printing p50, p95 and max in milliseconds. Adding the evidence
 * is skipped when it is already there. Run: {@code ./mvnw -pl config,content,ejb -am -DskipTests
 * -Pbench-progress verify} (see the README).
 */
public final class ProgressBenchmark {

    private static final long EVIDENCE = Long.getLong("bench.evidence", 10_000_000L);
    private static final int RUNS = Integer.getInteger("bench.runs", 60);
    /** Completion ids far above what completion_seq hands out, so a server on the database never meets them. */
    private static final long BASE = 500_000_000L;

    private ProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource dataSource = BenchDatabase.withStaff();
        LocalDate today = LocalDate.now();
        FiscalYear year = FiscalYear.containing(today);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long employees = single(s, "SELECT MAX(id) FROM employee WHERE id < 10000000");
            long present = single(s, "SELECT COUNT(*) FROM completion WHERE id > " + BASE);
            if (present >= EVIDENCE) {
                System.out.printf("%,d pieces of bench evidence already there: not added again%n", present);
            } else {
                long t0 = System.nanoTime();
                generate(s, employees, today);
                System.out.printf("Added %,d pieces of evidence and rebuilt the totals in %.1f s%n", EVIDENCE,
                        (System.nanoTime() - t0) / 1e9);
            }
            // This year's targets: 8 points per ability for every grade (about half the staff meet each).
            s.execute("INSERT INTO ability_target (id, fiscal_year, grade_code, ability_code, points)"
                    + " SELECT 900000 + ROW_NUMBER() OVER (), " + year.startYear() + ", g.code, a.code, 8"
                    + " FROM grade g CROSS JOIN ability a"
                    + " ON CONFLICT (fiscal_year, grade_code, ability_code) DO NOTHING");
            System.out.printf("Evidence: %,d completions, %,d points rows, %,d totals rows; %,d this fiscal year%n",
                    single(s, "SELECT COUNT(*) FROM completion"), single(s, "SELECT COUNT(*) FROM completion_points"),
                    single(s, "SELECT COUNT(*) FROM ability_progress"),
                    single(s, "SELECT COUNT(*) FROM completion WHERE fiscal_year = " + year.startYear()));
        }

        EntityManagerFactory emf = BenchDatabase.entityManagerFactory();
        EntityManager em = emf.createEntityManager();
        ProgressRepository progress = new ProgressRepository(em);
        int fy = year.startYear();
        LocalDate day = ProgressRules.targetDay(year, today);
        List<Long> bureau = new DepartmentRepository(em).subtreeIds(
                new DepartmentRepository(em).byCode("B01").orElseThrow().getId());
        List<Long> team = LongStream.rangeClosed(1000, 1009).boxed().toList();

        System.out.printf("%nProgress against targets, fiscal year %d, %d runs each (ms)%n", fy, RUNS);
        System.out.printf("%-60s %8s %8s %8s%n", "query", "p50", "p95", "max");
        measure(em, "HR per-grade view, whole organisation (24 cells)", () -> progress.gradeReport(fy, day, null));
        measure(em, "HR per-grade view, one 部 and below (" + bureau.size() + " departments)",
                () -> progress.gradeReport(fy, day, bureau));
        measure(em, "who is behind: 係員 × 政策法務, first 50", () -> progress.behind(fy, day, null, "STAFF", "POLICY_LEGAL",
                null, 51));
        measure(em, "who is behind: 係員 × 政策法務, a page in the middle", () -> progress.behind(fy, day, null, "STAFF",
                "POLICY_LEGAL", "0150000", 51));
        measure(em, "one employee's totals (My page)", () -> progress.earned(fy, List.of(7L)));
        measure(em, "a team of 10: totals (supervisor's table)", () -> progress.earned(fy, team));
        measure(em, "one employee's evidence of the year", () -> em.createQuery("select c from Completion c"
                + " where c.employee.id = :e and c.fiscalYear = :y order by c.completedOn desc", Object.class)
                .setParameter("e", 7L).setParameter("y", fy).getResultList().size());
        em.close();
        emf.close();
    }

    /**
     * Evidence in SQL (generate_series): completions spread evenly over the employees and the days
     * of the last five fiscal years up to today, each with points for one ability (an employee's
     * completions rotate through the four); then the totals
     * per employee, year and ability, as the application keeps them.
     */
    private static void generate(Statement s, long employees, LocalDate today) throws java.sql.SQLException {
        // A bulk fill: foreign keys are not checked row by row (the rows are made to match them).
        s.execute("SET session_replication_role = replica");
        s.execute("DELETE FROM completion_points WHERE completion_id > " + BASE);
        s.execute("DELETE FROM completion WHERE id > " + BASE);
        LocalDate from = FiscalYear.containing(today).firstDay().minusYears(4);
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, today);
        s.execute("INSERT INTO completion (id, employee_id, kind, course_id, registration_id, title, completed_on,"
                + " fiscal_year, score, recorded_at)"
                + " SELECT " + BASE + " + g, 1 + g % " + employees + ", 'GROUP_TRAINING', NULL, NULL,"
                + " 'ベンチ研修 ' || (g % 50), d, CASE WHEN EXTRACT(MONTH FROM d) >= 4 THEN EXTRACT(YEAR FROM d)"
                + " ELSE EXTRACT(YEAR FROM d) - 1 END, NULL, d"
                + " FROM (SELECT g, DATE '" + from + "' + ((g * 7919) % " + days + ")::int AS d"
                + "       FROM generate_series(1::bigint, " + EVIDENCE + ") g) x");
        s.execute("INSERT INTO completion_points (completion_id, ability_code, points)"
                + " SELECT id, (ARRAY['POLICY_FORMATION','POLICY_LEGAL','PROFESSIONAL_PRACTICE','INTERPERSONAL'])"
                + "[1 + ((id - " + BASE + ") / " + employees + ") % 4], 1 + ((id - " + BASE + ") / 7) % 10"
                + " FROM completion WHERE id > " + BASE);
        s.execute("DELETE FROM ability_progress");
        s.execute("INSERT INTO ability_progress (fiscal_year, employee_id, ability_code, points)"
                + " SELECT c.fiscal_year, c.employee_id, p.ability_code, SUM(p.points)"
                + " FROM completion c JOIN completion_points p ON p.completion_id = c.id"
                + " GROUP BY c.fiscal_year, c.employee_id, p.ability_code");
        s.execute("SET session_replication_role = DEFAULT");
        s.execute("ANALYZE");
    }

    private static long single(Statement s, String sql) throws java.sql.SQLException {
        return BenchDatabase.single(s, sql);
    }

    private static void measure(EntityManager em, String name, Supplier<Object> query) {
        BenchDatabase.measure(em, RUNS, name, query);
    }
}
