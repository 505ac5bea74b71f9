package jp.manabi.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import jp.manabi.platform.DatabaseMigration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the benchmarks share: the database {@code manabi_bench} (created and migrated when missing,
 * with the 300,000 staff of {@link StaffListBenchmark} when it has none), an EntityManager on it with
 * the test persistence unit, and the timing of a query as p50/p95/max in milliseconds.
 */
final class BenchDatabase {

    static final String SERVER = System.getProperty("manabi.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("manabi.test.pg.user", "postgres");
    static final String DB = "manabi_bench";

    private BenchDatabase() {
    }

    /** The database, created and migrated if missing; filled with staff if it has none. */
    static PGSimpleDataSource withStaff() throws Exception {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "bench");
                Statement s = admin.createStatement();
                ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DB + "'")) {
            if (!r.next()) {
                s.execute("CREATE DATABASE " + DB + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(SERVER + DB);
        dataSource.setUser(USER);
        dataSource.setPassword("bench");
        DatabaseMigration.migrate(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long staff = single(s, "SELECT COUNT(*) FROM employee");
            if (staff < 1000) {
                System.out.printf("manabi_bench has %,d employees: filling them as bench-staff does (StaffListBenchmark)%n",
                        staff);
                long t0 = System.nanoTime();
                StaffListBenchmark.generate(c);
                System.out.printf("Generated employees in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
        }
        return dataSource;
    }

    static EntityManagerFactory entityManagerFactory() {
        return Persistence.createEntityManagerFactory("manabi-test", Map.of(
                "jakarta.persistence.jdbc.url", SERVER + DB,
                "jakarta.persistence.jdbc.user", USER,
                "jakarta.persistence.jdbc.password", "bench",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
    }

    static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static long single(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /**
     * Times a query over {@code runs} runs after a warm-up and prints p50, p95 and max in ms; with an
     * EntityManager, its persistence context is cleared before each run, as each request has its own.
     */
    static void measure(EntityManager em, int runs, String name, Supplier<Object> query) {
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            if (em != null) {
                em.clear();
            }
            query.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            if (em != null) {
                em.clear();
            }
            long start = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-60s %8.1f %8.1f %8.1f%n", name, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
    }
}
