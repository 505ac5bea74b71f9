package jp.manabi.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.manabi.organisation.DepartmentRepository;
import jp.manabi.platform.DatabaseMigration;
import jp.manabi.staff.EmployeeRepository;
import jp.manabi.staff.StaffFilter;
import jp.manabi.staff.StaffSort;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The staff list at a prefecture's scale: fills a PostgreSQL database of its own with 300,000
 * employees (2,550 departments, grade histories with promotions) and times the queries the staff
 * list page runs for one page (the rows and the count) for each filter and sort, printing p50, p95
 * and max in milliseconds. Run: {@code ./mvnw -pl ejb -Pbench-staff verify} (see the README).
 */
public final class StaffListBenchmark {

    private static final int EMPLOYEES = Integer.getInteger("bench.employees", 300_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 60);
    private static final String SERVER = System.getProperty("manabi.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("manabi.test.pg.user", "postgres");
    private static final String DB = "manabi_bench";
    private static final String HR_PASSWORD = System.getProperty("bench.password", "bench-hr-password-1");

    private StaffListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "bench");
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DB + " ENCODING 'UTF8' TEMPLATE template0");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(SERVER + DB);
        dataSource.setUser(USER);
        dataSource.setPassword("bench");
        DatabaseMigration.migrate(dataSource);
        try (Connection c = dataSource.getConnection()) {
            generate(c);
        }
        System.out.printf("Generated %,d employees in %.1f s%n", EMPLOYEES, (System.nanoTime() - t0) / 1e9);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // An HR account for the page benchmark (StaffPageBenchmark) against this database.
            s.execute("INSERT INTO user_account (id, login, employee_id, password_hash) VALUES (1, 'bench-hr', 1, '"
                    + pbkdf2(HR_PASSWORD) + "')");
            s.execute("INSERT INTO account_role (account_id, role_name) VALUES (1, 'EMPLOYEE'), (1, 'HR')");
        }

        EntityManagerFactory emf = Persistence.createEntityManagerFactory("manabi-test", Map.of(
                "jakarta.persistence.jdbc.url", SERVER + DB,
                "jakarta.persistence.jdbc.user", USER,
                "jakarta.persistence.jdbc.password", "bench",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
        EntityManager em = emf.createEntityManager();
        EmployeeRepository employees = new EmployeeRepository(em);
        DepartmentRepository departments = new DepartmentRepository(em);
        LocalDate today = LocalDate.now();
        long bureau = departments.byCode("B01").orElseThrow().getId();
        List<Long> subtree = departments.subtreeIds(bureau);
        long total = employees.count(StaffFilter.none(), null, today);
        int lastPage = (int) ((total - 1) / 25 * 25);

        System.out.printf("%nStaff list, %,d employees, page size 25, %d runs each (ms)%n", total, RUNS);
        System.out.printf("%-52s %8s %8s %8s%n", "query", "p50", "p95", "max");
        measure("first page, sorted by reading (rows + count)", () -> {
            employees.page(StaffFilter.none(), null, today, StaffSort.KANA, true, 0, 25);
            return employees.count(StaffFilter.none(), null, today);
        });
        measure("page 100, sorted by employee number", () -> employees.page(StaffFilter.none(), null, today,
                StaffSort.EMPLOYEE_NUMBER, true, 2475, 25));
        measure("last page, sorted by reading desc", () -> employees.page(StaffFilter.none(), null, today,
                StaffSort.KANA, false, lastPage, 25));
        measure("sorted by department", () -> employees.page(StaffFilter.none(), null, today, StaffSort.DEPARTMENT,
                true, 0, 25));
        measure("sorted by grade", () -> employees.page(StaffFilter.none(), null, today, StaffSort.GRADE, true, 0, 25));
        StaffFilter kana = new StaffFilter("さと", null, null);
        measure("text 'さと' (rows + count)", () -> {
            employees.page(kana, null, today, StaffSort.KANA, true, 0, 25);
            return employees.count(kana, null, today);
        });
        StaffFilter number = new StaffFilter("12345", null, null);
        measure("employee number prefix (rows + count)", () -> {
            employees.page(number, null, today, StaffSort.KANA, true, 0, 25);
            return employees.count(number, null, today);
        });
        StaffFilter dept = new StaffFilter(null, bureau, null);
        measure("one 部 and below, " + subtree.size() + " departments (rows + count)", () -> {
            employees.page(dept, subtree, today, StaffSort.KANA, true, 0, 25);
            return employees.count(dept, subtree, today);
        });
        StaffFilter grade = new StaffFilter(null, null, "SUBSECTION_CHIEF");
        measure("grade held today = 係長職 (rows + count)", () -> {
            employees.page(grade, null, today, StaffSort.KANA, true, 0, 25);
            return employees.count(grade, null, today);
        });
        StaffFilter all = new StaffFilter("さ", bureau, "STAFF");
        measure("text + 部 + grade (rows + count)", () -> {
            employees.page(all, subtree, today, StaffSort.KANA, true, 0, 25);
            return employees.count(all, subtree, today);
        });
        em.close();
        emf.close();
    }

    private static void measure(String name, Supplier<Object> query) {
        BenchDatabase.measure(null, RUNS, name, query);
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

    /** Fills the database in SQL (generate_series), so 300,000 staff take seconds, not minutes. */
    static void generate(Connection c) throws SQLException {
        List<String> sql = new ArrayList<>();
        sql.add("INSERT INTO department (id, code, name_ja, name_en, dept_level, parent_id, sort_order)"
                + " SELECT b, 'B' || lpad(b::text, 2, '0'), '第' || b || '部', 'Bureau ' || b, 'BUREAU', NULL, b"
                + " FROM generate_series(1, 50) b");
        sql.add("INSERT INTO department (id, code, name_ja, name_en, dept_level, parent_id, sort_order)"
                + " SELECT 100 + (b - 1) * 10 + s, 'B' || lpad(b::text, 2, '0') || 'S' || s, '第' || b || '部第' || s || '課',"
                + " 'Section ' || b || '-' || s, 'SECTION', b, 100 + (b - 1) * 10 + s"
                + " FROM generate_series(1, 50) b, generate_series(1, 10) s");
        sql.add("INSERT INTO department (id, code, name_ja, name_en, dept_level, parent_id, sort_order)"
                + " SELECT 1000 + ((b - 1) * 10 + s - 1) * 5 + k, 'B' || lpad(b::text, 2, '0') || 'S' || s || 'K' || k,"
                + " '第' || k || '係', 'Subsection ' || k, 'SUBSECTION', 100 + (b - 1) * 10 + s, 1000 + ((b - 1) * 10 + s - 1) * 5 + k"
                + " FROM generate_series(1, 50) b, generate_series(1, 10) s, generate_series(1, 5) k");
        sql.add("INSERT INTO employee (id, employee_number, family_name, given_name, family_name_kana, given_name_kana,"
                + " email, department_id, hire_date)"
                + " SELECT i, lpad(i::text, 7, '0'),"
                + " (ARRAY['佐藤','鈴木','高橋','田中','伊藤','渡辺','山本','中村','小林','加藤'])[1 + i % 10],"
                + " (ARRAY['太郎','花子','健','陽子','大輔','美咲','翔','由美','誠','恵'])[1 + (i / 10) % 10],"
                + " (ARRAY['サトウ','スズキ','タカハシ','タナカ','イトウ','ワタナベ','ヤマモト','ナカムラ','コバヤシ','カトウ'])[1 + i % 10],"
                + " (ARRAY['タロウ','ハナコ','ケン','ヨウコ','ダイスケ','ミサキ','ショウ','ユミ','マコト','メグミ'])[1 + (i / 10) % 10]"
                + "   || chr(12450 + (i / 100) % 80),"
                + " 'e' || i || '@bench.invalid', 1001 + i % 2500, DATE '1990-04-01' + (i % 30) * 365"
                + " FROM generate_series(1, " + EMPLOYEES + ") i");
        // Everyone has held a grade since hiring; a third were promoted on 1 April of this or an earlier year.
        sql.add("INSERT INTO grade_assignment (id, employee_id, grade_code, effective_from, effective_to)"
                + " SELECT i, i, (ARRAY['STAFF','STAFF','SENIOR_STAFF','SUBSECTION_CHIEF','ASSISTANT_SECTION_CHIEF',"
                + "   'SECTION_CHIEF','DIRECTOR'])[1 + i % 7], DATE '1990-04-01' + (i % 30) * 365,"
                + " CASE WHEN i % 3 = 0 THEN DATE '2026-04-01' - (i % 5) * 365 ELSE NULL END"
                + " FROM generate_series(1, " + EMPLOYEES + ") i");
        sql.add("INSERT INTO grade_assignment (id, employee_id, grade_code, effective_from, effective_to)"
                + " SELECT " + EMPLOYEES + " + i, i, (ARRAY['SENIOR_STAFF','SUBSECTION_CHIEF','ASSISTANT_SECTION_CHIEF',"
                + "   'SECTION_CHIEF','DIRECTOR','DIRECTOR','DIRECTOR'])[1 + i % 7], DATE '2026-04-01' - (i % 5) * 365, NULL"
                + " FROM generate_series(1, " + EMPLOYEES + ") i WHERE i % 3 = 0");
        sql.add("UPDATE employee SET supervisor_id = i.boss FROM (SELECT id, CASE WHEN id > 50 THEN id - 50 END AS boss"
                + " FROM employee) i WHERE employee.id = i.id");
        sql.add("VACUUM ANALYZE");
        try (Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }
}
