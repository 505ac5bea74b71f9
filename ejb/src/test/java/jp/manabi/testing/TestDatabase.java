package jp.manabi.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.manabi.platform.DatabaseMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of a test's own, migrated by the application's real migrations
 * ({@link DatabaseMigration#migrate}): a fresh PostgreSQL database {@code manabi_test_<random>} on
 * the local server, dropped on close, or an in-memory H2 database, shut down on close. Entity
 * managers come from the test persistence unit {@value #UNIT} (src/test/resources/META-INF/persistence.xml).
 */
public final class TestDatabase implements AutoCloseable {

    /** The two databases Manabi runs on. */
    public enum Kind { POSTGRESQL, H2 }

    public static final String UNIT = "manabi-test";

    /** The server, without a database name; surefire passes it from the build. */
    public static final String PG_SERVER = System.getProperty("manabi.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    /** The parent pom defines the user, but the ejb module's surefire does not pass it on. */
    public static final String PG_USER = System.getProperty("manabi.test.pg.user", "postgres");
    /** The local server trusts local connections; the driver still wants a password to send. */
    private static final String PG_PASSWORD = System.getProperty("manabi.test.pg.password", "manabi-test");

    /** Flyway logs every step at INFO through java.util.logging; the tests assert on its result instead. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    public final Kind kind;
    public final String name;
    public final String url;
    public final String user;
    public final String password;
    public final DataSource dataSource;
    /** What the migrations did when the database was created. */
    public final MigrateResult migration;
    private EntityManagerFactory emf;

    private TestDatabase(Kind kind, String name, String url, String user, String password, DataSource dataSource) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataSource = dataSource;
        this.migration = DatabaseMigration.migrate(dataSource);
    }

    public static TestDatabase create(Kind kind) {
        String name = "manabi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (kind == Kind.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            h2.setURL(url);
            h2.setUser("sa");
            h2.setPassword("");
            return new TestDatabase(kind, name, url, "sa", "", h2);
        }
        admin("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(PG_SERVER + name);
        pg.setUser(PG_USER);
        pg.setPassword(PG_PASSWORD);
        try {
            return new TestDatabase(kind, name, PG_SERVER + name, PG_USER, PG_PASSWORD, pg);
        } catch (RuntimeException e) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            throw e;
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, PG_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + PG_SERVER + " for this test (" + sql + ")", e);
        }
    }

    /** The entity manager factory of this database, created on first use and closed with the database. */
    public synchronized EntityManagerFactory entityManagerFactory() {
        if (emf == null) {
            emf = entityManagerFactory(name);
        }
        return emf;
    }

    /**
     * A second, independent factory, as a second application node would have: its own EclipseLink
     * session (so its own id blocks and cache), which a factory with the same unit and connection
     * properties would share. The caller closes it.
     */
    public EntityManagerFactory newEntityManagerFactory() {
        return entityManagerFactory(name + "-" + UUID.randomUUID());
    }

    private EntityManagerFactory entityManagerFactory(String sessionName) {
        return Persistence.createEntityManagerFactory(UNIT, Map.of(
                "eclipselink.session-name", sessionName,
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "jakarta.persistence.jdbc.driver", kind == Kind.H2 ? "org.h2.Driver" : "org.postgresql.Driver"));
    }

    /** Runs work in a transaction of its own and commits it. */
    public void inTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs work in a transaction of its own, commits it and returns what the work returned. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs work in a transaction that is always rolled back: nothing it writes stays. */
    public <T> T rolledBack(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            return work.apply(em);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Reads with a fresh entity manager, outside a transaction. */
    public <T> T query(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory().createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The first column of the first row of a query, as a number. */
    public long number(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row: " + sql);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs statements in one transaction that is rolled back; the database is left as it was. */
    public void rolledBackSql(String... statements) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.executeUpdate(sql);
                }
            } finally {
                c.rollback();
            }
        }
    }

    /**
     * Asserts that the database refuses the last statement (after the earlier ones, which must
     * succeed) with an integrity constraint violation, SQLSTATE class 23 on both databases.
     * Nothing stays written.
     */
    public SQLException assertRefused(String... statements) {
        String last = statements[statements.length - 1];
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (int i = 0; i < statements.length - 1; i++) {
                    s.executeUpdate(statements[i]);
                }
                SQLException refused = Assertions.assertThrows(SQLException.class, () -> s.executeUpdate(last),
                        () -> kind + " accepted " + last);
                Assertions.assertTrue(refused.getSQLState() != null && refused.getSQLState().startsWith("23"),
                        () -> kind + ": expected an integrity constraint violation, got " + refused.getSQLState() + " " + refused);
                return refused;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(kind + ": a statement before the refused one failed", e);
        }
    }

    @Override
    public void close() {
        try {
            if (emf != null) {
                emf.close();
            }
        } finally {
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

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
