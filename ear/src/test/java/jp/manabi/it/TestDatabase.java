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
}
