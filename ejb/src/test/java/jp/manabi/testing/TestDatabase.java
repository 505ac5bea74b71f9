package jp.manabi.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import jp.manabi.platform.DatabaseMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of a test's own, migrated by the application's real migrations: a fresh PostgreSQL
 * database on the local server (dropped on close) or an in-memory H2 database.
 */
public final class TestDatabase implements AutoCloseable {

    /** The two databases Manabi runs on. */
    public enum Kind { POSTGRESQL, H2 }

    private static final String PG_SERVER = System.getProperty("manabi.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getProperty("manabi.test.pg.user", "postgres");

    public final Kind kind;
    public final String url;
    public final String user;
    public final MigrateResult migration;
    private final String name;
    private EntityManagerFactory emf;

    private TestDatabase(Kind kind, String name, String url, String user, DataSource dataSource) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.user = user;
        this.migration = DatabaseMigration.migrate(dataSource);
    }

    public static TestDatabase create(Kind kind) {
        String name = "manabi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind == Kind.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            h2.setURL(url);
            h2.setUser("sa");
            return new TestDatabase(kind, name, url, "sa", h2);
        }
        admin("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(PG_SERVER + name);
        pg.setUser(PG_USER);
        pg.setPassword("unused-with-trust-auth");
        return new TestDatabase(kind, name, PG_SERVER + name, PG_USER, pg);
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "unused-with-trust-auth");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + PG_SERVER + " for this test", e);
        }
    }

    /** An entity manager factory over this database with the application's entities. */
    public synchronized EntityManagerFactory entityManagerFactory() {
        if (emf == null) {
            emf = Persistence.createEntityManagerFactory("manabi-standalone", Map.of(
                    "eclipselink.persistencexml", "META-INF/standalone-persistence.xml",
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", user,
                    "jakarta.persistence.jdbc.password", kind == Kind.H2 ? "" : "unused-with-trust-auth",
                    "jakarta.persistence.jdbc.driver", kind == Kind.H2 ? "org.h2.Driver" : "org.postgresql.Driver"));
        }
        return emf;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, kind == Kind.H2 ? "" : "unused-with-trust-auth");
    }

    @Override
    public void close() {
        if (emf != null) {
            emf.close();
        }
        if (kind == Kind.POSTGRESQL) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } else {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
