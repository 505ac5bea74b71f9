package jp.manabi.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import jp.manabi.testing.BothDatabases;
import jp.manabi.testing.EachDatabase;
import jp.manabi.testing.TestDatabase;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The whole migration set (the common db/migration plus the vendor's own db/postgresql or db/h2)
 * runs on an empty PostgreSQL and an empty H2 database, and Flyway records the expected versions.
 */
class DatabaseMigrationTest extends BothDatabases {

    private static final List<String> VERSIONS = List.of("1", "2", "3", "4", "5", "6");
    private static final List<String> DESCRIPTIONS = List.of("organisation and people", "policy reference data",
            "staff search indexes", "elearning", "course catalogue", "ability progress");
    private static final Set<String> TABLES = Set.of("tier", "grade", "ability", "policy_role", "role_expectation",
            "ability_target", "department", "employee", "grade_assignment", "user_account", "account_role",
            "flyway_schema_history", "course", "course_package", "package_activity", "registration", "activity_attempt",
            "runtime_session", "attempt_interaction", "attempt_objective", "completion", "course_category", "course_owner",
            "course_ability", "course_grade", "course_material", "enrollment", "completion_points", "audit_log",
            "ability_progress", "course_expectation");

    @EachDatabase
    void theWholeSetRunsOnAnEmptyDatabase(TestDatabase.Kind kind) {
        MigrateResult result = db(kind).migration;
        assertTrue(result.success);
        assertNull(result.initialSchemaVersion, "the database was empty");
        assertEquals("6", result.targetSchemaVersion);
        assertEquals(6, result.migrationsExecuted);
        assertEquals(VERSIONS, result.migrations.stream().map(m -> m.version).toList());
        assertEquals(DESCRIPTIONS, result.migrations.stream().map(m -> m.description).toList());
        String vendorLocation = kind == TestDatabase.Kind.H2 ? "db/h2" : "db/postgresql";
        MigrateOutput v3 = result.migrations.get(2);
        assertTrue(v3.filepath.replace('\\', '/').contains(vendorLocation), "V3 comes from " + vendorLocation + ": " + v3.filepath);
    }

    @EachDatabase
    void flywayRecordsEveryVersionAsApplied(TestDatabase.Kind kind) throws SQLException {
        List<String> versions = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        try (Connection c = db(kind).connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select \"version\", \"description\", \"success\" from \"flyway_schema_history\""
                        + " order by \"installed_rank\"")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean(3), rs.getString(2));
                // On H2 Flyway first records that it found the (empty) schema, in a line without a version.
                if (rs.getString(1) != null) {
                    versions.add(rs.getString(1));
                    descriptions.add(rs.getString(2));
                }
            }
        }
        assertEquals(VERSIONS, versions);
        assertEquals(DESCRIPTIONS, descriptions);
    }

    @EachDatabase
    void migratingAgainChangesNothing(TestDatabase.Kind kind) {
        MigrateResult again = DatabaseMigration.migrate(db(kind).dataSource);
        assertTrue(again.success);
        assertEquals(0, again.migrationsExecuted);
        assertEquals("6", again.initialSchemaVersion);
    }

    @EachDatabase
    void theSchemaHasEveryTableAndTheReferenceData(TestDatabase.Kind kind) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = db(kind).connect()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = kind == TestDatabase.Kind.H2 ? "PUBLIC" : "public";
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        assertEquals(new TreeSet<>(TABLES), tables);
        Map<String, Integer> rows = Map.of("tier", 3, "grade", 6, "ability", 4, "policy_role", 9, "role_expectation", 22,
                "department", 0, "employee", 0);
        rows.forEach((table, count) -> assertEquals((long) count, db(kind).number("select count(*) from " + table), table));
        assertEquals(0, db(kind).number("select count(*) from role_expectation where text_ja = '' or text_en = ''"));
    }

    /** V3 differs per database: PostgreSQL needs pattern operator classes for LIKE 'x%', H2 plain indexes. */
    @EachDatabase
    void eachDatabaseGetsItsOwnPrefixSearchIndexes(TestDatabase.Kind kind) {
        if (kind == TestDatabase.Kind.POSTGRESQL) {
            assertEquals(5, db(kind).number("select count(*) from pg_indexes where tablename = 'employee'"
                    + " and indexdef like '%varchar_pattern_ops%'"));
        } else {
            assertEquals(2, db(kind).number("select count(*) from information_schema.indexes where table_name = 'EMPLOYEE'"
                    + " and index_name in ('IX_EMPLOYEE_GIVEN_PREFIX', 'IX_EMPLOYEE_GIVEN_KANA_PREFIX')"));
        }
    }

    @Test
    void otherDatabasesAreRefusedBeforeAnythingRuns() {
        IllegalStateException other = assertThrows(IllegalStateException.class,
                () -> DatabaseMigration.migrate(dataSourceOf("SQLite")));
        assertTrue(other.getMessage().contains("SQLite"), other.getMessage());
        DataSource down = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    throw new SQLException("connection refused");
                });
        assertThrows(IllegalStateException.class, () -> DatabaseMigration.migrate(down));
    }

    /** A data source whose connections say they belong to {@code product} and do nothing else. */
    private DataSource dataSourceOf(String product) {
        ClassLoader loader = getClass().getClassLoader();
        DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(loader, new Class<?>[] {DatabaseMetaData.class},
                (proxy, method, args) -> method.getName().equals("getDatabaseProductName") ? product : null);
        Connection connection = (Connection) Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("getMetaData") ? meta : null);
        return (DataSource) Proxy.newProxyInstance(loader, new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection") ? connection : null);
    }
}
