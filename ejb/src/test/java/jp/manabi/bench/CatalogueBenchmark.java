package jp.manabi.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import jp.manabi.course.CatalogueFilter;
import jp.manabi.course.Course;
import jp.manabi.course.CourseRepository;
import jp.manabi.staff.Employee;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The course catalogue at a prefecture's scale: adds 2,000 published courses (7 categories, 1–2
 * abilities with points, 1–3 target grades, one in ten not self-study with enrolments, one package
 * with one activity each) to the database {@code manabi_bench} of {@link StaffListBenchmark}
 * (300,000 employees; created and filled the same way if missing), then times the queries of one
 * catalogue page of 20 for an employee, printing p50, p95 and max in milliseconds. Adding the courses
 * is skipped when they are already there. Run: {@code ./mvnw -pl ejb -Pbench-catalogue verify} (see
 * the README).
 */
public final class CatalogueBenchmark {

    private static final int COURSES = Integer.getInteger("bench.courses", 2_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 100);
    /** Course ids far above what course_seq hands out, so a server on the database never meets them. */
    private static final long BASE = 900_000;
    private static final int SIZE = 20;
    private static final String EMPLOYEE_PASSWORD = System.getProperty("bench.password", "bench-employee-password-1");

    private CatalogueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource dataSource = BenchDatabase.withStaff();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long staff = single(s, "SELECT COUNT(*) FROM employee");
            long present = single(s, "SELECT COUNT(*) FROM course WHERE code LIKE 'BENCH-%'");
            if (present >= COURSES) {
                System.out.printf("%,d bench courses already there: not added again%n", present);
            } else {
                long t0 = System.nanoTime();
                generate(s, staff);
                System.out.printf("Added %,d courses in %.1f s%n", COURSES, (System.nanoTime() - t0) / 1e9);
            }
            // An employee login for the page benchmark (CataloguePageBenchmark): employee 7, enrolled in some courses.
            if (single(s, "SELECT COUNT(*) FROM user_account WHERE login = 'bench-employee'") == 0) {
                s.execute("INSERT INTO user_account (id, login, employee_id, password_hash) VALUES (2, 'bench-employee', 7, '"
                        + pbkdf2(EMPLOYEE_PASSWORD) + "')");
                s.execute("INSERT INTO account_role (account_id, role_name) VALUES (2, 'EMPLOYEE')");
            }
        }

        EntityManagerFactory emf = BenchDatabase.entityManagerFactory();
        EntityManager em = emf.createEntityManager();
        CourseRepository courses = new CourseRepository(em);
        // Employee 7 is enrolled in some of the courses that are not self-study (see generate).
        long me = 7;
        CatalogueFilter all = CatalogueFilter.all();
        long total = courses.catalogueCount(all, me);
        int last = (int) ((total - 1) / SIZE * SIZE);
        String myGrade = ((Employee) em.find(Employee.class, me)).gradeOn(LocalDate.now()).orElseThrow().getCode();

        System.out.printf("%nCourse catalogue, %,d courses visible to employee %d (of %,d), page size %d, %d runs each (ms)%n",
                total, me, single(em, "SELECT COUNT(*) FROM course"), SIZE, RUNS);
        System.out.printf("%-56s %8s %8s %8s%n", "query", "p50", "p95", "max");
        measure(em, "first page, unfiltered (rows)", () -> courses.catalogue(all, me, 0, SIZE));
        measure(em, "count, unfiltered", () -> courses.catalogueCount(all, me));
        CatalogueFilter category = new CatalogueFilter("MANAGEMENT", null, null);
        measure(em, "category MANAGEMENT (rows + count)", () -> {
            courses.catalogue(category, me, 0, SIZE);
            return courses.catalogueCount(category, me);
        });
        CatalogueFilter ability = new CatalogueFilter(null, "POLICY_LEGAL", null);
        measure(em, "ability POLICY_LEGAL (rows + count)", () -> {
            courses.catalogue(ability, me, 0, SIZE);
            return courses.catalogueCount(ability, me);
        });
        CatalogueFilter grade = new CatalogueFilter(null, null, "SECTION_CHIEF");
        measure(em, "grade SECTION_CHIEF (rows + count)", () -> {
            courses.catalogue(grade, me, 0, SIZE);
            return courses.catalogueCount(grade, me);
        });
        CatalogueFilter combined = new CatalogueFilter("PRACTICE", "PROFESSIONAL_PRACTICE", "STAFF");
        measure(em, "category + ability + grade (rows + count)", () -> {
            courses.catalogue(combined, me, 0, SIZE);
            return courses.catalogueCount(combined, me);
        });
        measure(em, "last page, offset " + last + " (rows)", () -> courses.catalogue(all, me, last, SIZE));
        measure(em, "recommended for my grade " + myGrade + " (grade + rows + count)", () -> {
            String g = ((Employee) em.find(Employee.class, me)).gradeOn(LocalDate.now()).orElseThrow().getCode();
            CatalogueFilter mine = new CatalogueFilter(null, null, g);
            courses.catalogue(mine, me, 0, SIZE);
            return courses.catalogueCount(mine, me);
        });
        // What CourseService.catalogue does for the page: rows (with their ability points), count, and the
        // latest packages of the page (revision, edition, launchable activities) in one lookup.
        measure(em, "service page: rows + count + 20 summaries", () -> {
            List<Course> page = courses.catalogue(all, me, 0, SIZE);
            int n = 0;
            for (Course c : page) {
                n += c.getAbilityPoints().size();
            }
            n += courses.latestPackages(page.stream().map(Course::getId).toList()).size();
            return n + courses.catalogueCount(all, me);
        });
        em.close();
        emf.close();
    }

    /** A password hash in the format of Jakarta Security's Pbkdf2PasswordHash (algorithm:iterations:salt:hash). */
    private static String pbkdf2(String password) throws java.security.GeneralSecurityException {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 210_000, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:210000:" + java.util.Base64.getEncoder().encodeToString(salt) + ":"
                + java.util.Base64.getEncoder().encodeToString(hash);
    }

    private static long single(Statement s, String sql) throws java.sql.SQLException {
        return BenchDatabase.single(s, sql);
    }

    private static long single(EntityManager em, String sql) {
        return BenchDatabase.single(em, sql);
    }

    private static void measure(EntityManager em, String name, Supplier<Object> query) {
        BenchDatabase.measure(em, RUNS, name, query);
    }

    /** The courses in SQL (generate_series); ids from {@link #BASE}, codes BENCH-0001…, idempotent by code. */
    private static void generate(Statement s, long employees) throws java.sql.SQLException {
        s.execute("DELETE FROM package_activity WHERE package_id > " + BASE);
        s.execute("DELETE FROM course_package WHERE id > " + BASE);
        s.execute("DELETE FROM enrollment WHERE id > " + BASE);
        s.execute("DELETE FROM course_grade WHERE course_id > " + BASE);
        s.execute("DELETE FROM course_ability WHERE course_id > " + BASE);
        s.execute("DELETE FROM course_owner WHERE course_id > " + BASE);
        s.execute("DELETE FROM course WHERE id > " + BASE);
        String[] categories = {"INFORMATION_SECURITY", "POLICY_LEGAL", "POLICY_FORMATION", "PRACTICE", "COMMUNICATION",
            "MANAGEMENT", "GENERAL"};
        s.execute("INSERT INTO course (id, code, title, title_en, description, description_en, self_study, created_at,"
                + " created_by, category_code, estimated_minutes, status)"
                + " SELECT " + BASE + " + i, 'BENCH-' || lpad(i::text, 4, '0'), '研修コース ' || i, 'Course ' || i,"
                + " '説明 ' || i, 'Description ' || i, i % 10 <> 0,"
                + " TIMESTAMP '2020-04-01 09:00' + i * INTERVAL '17 hours', 1,"
                + " (ARRAY['" + String.join("','", categories) + "'])[1 + i % 7], 30 + (i % 6) * 15, 'PUBLISHED'"
                + " FROM generate_series(1, " + COURSES + ") i");
        s.execute("INSERT INTO course_owner (course_id, employee_id) SELECT " + BASE + " + i, 1 + i % 50"
                + " FROM generate_series(1, " + COURSES + ") i");
        // 1–2 abilities: one from the course number, a second for every other course.
        s.execute("INSERT INTO course_ability (course_id, ability_code, points)"
                + " SELECT " + BASE + " + i, (ARRAY['POLICY_FORMATION','POLICY_LEGAL','PROFESSIONAL_PRACTICE','INTERPERSONAL'])"
                + "[1 + i % 4], 5 + (i % 4) * 5 FROM generate_series(1, " + COURSES + ") i"
                + " UNION ALL SELECT " + BASE + " + i, (ARRAY['POLICY_FORMATION','POLICY_LEGAL','PROFESSIONAL_PRACTICE',"
                + "'INTERPERSONAL'])[1 + (i + 1) % 4], 10 FROM generate_series(1, " + COURSES + ") i WHERE i % 2 = 0");
        // 1–3 target grades, consecutive in rank.
        s.execute("INSERT INTO course_grade (course_id, grade_code)"
                + " SELECT " + BASE + " + i, (ARRAY['STAFF','SENIOR_STAFF','SUBSECTION_CHIEF','ASSISTANT_SECTION_CHIEF',"
                + "'SECTION_CHIEF','DIRECTOR'])[1 + (i + k) % 6]"
                + " FROM generate_series(1, " + COURSES + ") i, generate_series(0, 2) k WHERE k <= i % 3");
        // The courses that are not self-study: 200 assigned employees each (employees 1–50 in half of them).
        s.execute("INSERT INTO enrollment (id, employee_id, course_id, enrolled_at, due_on, assigned_by)"
                + " SELECT " + BASE + " + i * 1000 + j, CASE WHEN j <= 50 AND i % 20 = 0 THEN j"
                + " ELSE 1 + (i * 7919 + j * 104729) % " + employees + " END, " + BASE + " + i,"
                + " TIMESTAMP '2024-04-01 09:00', DATE '2027-03-31', 1"
                + " FROM generate_series(1, " + COURSES + ") i, generate_series(1, 200) j WHERE i % 10 = 0"
                + " ON CONFLICT DO NOTHING");
        s.execute("INSERT INTO course_package (id, course_id, revision, folder, scorm_version, edition, manifest_id,"
                + " file_count, size_bytes, uploaded_at, uploaded_by)"
                + " SELECT " + BASE + " + i, " + BASE + " + i, 1, 'packages/bench-' || i, 'SCORM_2004', 'SCORM_2004_4TH',"
                + " 'bench.manifest.' || i, 12, 1048576, TIMESTAMP '2020-04-01 09:00' + i * INTERVAL '17 hours', 1"
                + " FROM generate_series(1, " + COURSES + ") i");
        s.execute("INSERT INTO package_activity (id, package_id, identifier, parent_identifier, position, depth, title,"
                + " visible, kind, launch_url)"
                + " SELECT " + BASE + " + i, " + BASE + " + i, 'SCO-1', NULL, 0, 0, 'レッスン 1', TRUE, 'SCO', 'index.html'"
                + " FROM generate_series(1, " + COURSES + ") i");
        s.execute("ANALYZE");
    }
}
