package jp.manabi.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The integration tests' own PostgreSQL database, dropped and created fresh once per test run,
 * before the first deployment migrates it and loads the demo city into it.
 */
final class TestDatabase {

    static final String NAME = System.getProperty("manabi.it.db", "manabi_it");
    static final String SERVER = System.getProperty("manabi.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("manabi.test.pg.user", "postgres");
    private static boolean fresh;

    private TestDatabase() {
    }

    static synchronized void ensureFresh() {
        if (fresh) {
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "unused");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + NAME + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + SERVER + " for the integration tests", e);
        }
        fresh = true;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + NAME, USER, "unused");
    }

    /** The first column of the first row, as text; null when there is no row. */
    static String value(String sql, Object... parameters) {
        try (Connection c = connect(); java.sql.PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * The value once a row is there: what the browser sends in the background (a beacon when the
     * player closes) reaches the database a moment after the page shows it.
     */
    static String awaitValue(String sql, Object... parameters) {
        return new org.openqa.selenium.support.ui.FluentWait<>(sql).withTimeout(java.time.Duration.ofSeconds(20))
                .pollingEvery(java.time.Duration.ofMillis(200))
                .withMessage(() -> "a row for " + sql + " " + java.util.Arrays.toString(parameters))
                .until(q -> value(q, parameters));
    }

    /** Runs an update (a test moving a due date into the past, say). */
    static int update(String sql, Object... parameters) {
        try (Connection c = connect(); java.sql.PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
