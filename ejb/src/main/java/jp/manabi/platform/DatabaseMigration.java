package jp.manabi.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts, before anything touches the
 * database. The data source switches between the embedded H2 default and PostgreSQL through the
 * environment, so the same EAR runs on both. Flyway takes a database lock, so two nodes starting
 * together migrate once.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/manabi",
        className = "${ENV=MANABI_DB_CLASS:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=MANABI_DB_URL:jdbc:h2:file:~/.manabi/db/manabi}",
        user = "${ENV=MANABI_DB_USER:manabi}",
        password = "${ENV=MANABI_DB_PASSWORD:manabi}",
        minPoolSize = 2,
        maxPoolSize = 40)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/manabi")
    private DataSource dataSource;

    @PostConstruct
    void migrateOnStart() {
        MigrateResult result = migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /**
     * The one place migrations are configured; tests call it on their own databases. Most
     * migrations are common; what only one database can express (index operator classes) lives in
     * {@code db/postgresql} or {@code db/h2} under a version number the other database also has.
     */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/" + vendor(dataSource))
                .load()
                .migrate();
    }

    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (product.toLowerCase(Locale.ROOT).contains("postgres")) {
                return "postgresql";
            }
            if (product.toLowerCase(Locale.ROOT).contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Manabi runs on PostgreSQL or H2, not on " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}
