package jp.manabi.testing;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the persistence tests: one fresh PostgreSQL database and one in-memory H2 database per
 * test class, both migrated by the real migrations and filled by {@link #fill} in a committed
 * transaction before the first test; dropped after the last. Tests are annotated
 * {@link EachDatabase} and take the {@link TestDatabase.Kind} to run on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BothDatabases {

    private final Map<TestDatabase.Kind, TestDatabase> databases = new EnumMap<>(TestDatabase.Kind.class);

    @BeforeAll
    final void createDatabases() {
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            TestDatabase db = TestDatabase.create(kind);
            databases.put(kind, db);
            db.inTransaction(this::fill);
        }
    }

    @AfterAll
    final void dropDatabases() {
        RuntimeException failure = null;
        for (TestDatabase db : databases.values()) {
            try {
                db.close();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        databases.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** The data every test of the class reads; runs once per database. */
    protected void fill(EntityManager em) {
    }

    protected final TestDatabase db(TestDatabase.Kind kind) {
        return databases.get(kind);
    }
}
