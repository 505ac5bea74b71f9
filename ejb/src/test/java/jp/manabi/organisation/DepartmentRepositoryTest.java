package jp.manabi.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.manabi.testing.BothDatabases;
import jp.manabi.testing.EachDatabase;
import jp.manabi.testing.TestDatabase;

/** The department tree on PostgreSQL and H2: order, lookups, subtrees for the staff filter, and the schema's rules. */
class DepartmentRepositoryTest extends BothDatabases {

    /**
     * 総務部 › 総務課 › 人事係 / 情報政策係, 総務部 › 政策調整課 › 企画係, 市民部 › 市民課 › 戸籍係. 人事係
     * and 情報政策係 share a sort order, so their codes decide.
     */
    @Override
    protected void fill(EntityManager em) {
        DepartmentRepository departments = new DepartmentRepository(em);
        Department ga = new Department("GA", "総務部", "General Affairs", DepartmentLevel.BUREAU, null, 10);
        Department ga1 = new Department("GA1", "総務課", "General Affairs Section", DepartmentLevel.SECTION, ga, 11);
        Department ga1b = new Department("GA1B", "情報政策係", null, DepartmentLevel.SUBSECTION, ga1, 12);
        Department ga1a = new Department("GA1A", "人事係", "Personnel", DepartmentLevel.SUBSECTION, ga1, 12);
        Department ga2 = new Department("GA2", "政策調整課", null, DepartmentLevel.SECTION, ga, 13);
        Department ga2a = new Department("GA2A", "企画係", null, DepartmentLevel.SUBSECTION, ga2, 14);
        Department cz = new Department("CZ", "市民部", "Citizens", DepartmentLevel.BUREAU, null, 20);
        Department cz1 = new Department("CZ1", "市民課", null, DepartmentLevel.SECTION, cz, 21);
        Department cz1a = new Department("CZ1A", "戸籍係", null, DepartmentLevel.SUBSECTION, cz1, 22);
        List.of(ga, ga1, ga1b, ga1a, ga2, ga2a, cz, cz1, cz1a).forEach(departments::add);
    }

    private long id(TestDatabase db, String code) {
        return db.query(em -> new DepartmentRepository(em).byCode(code).orElseThrow().getId());
    }

    private Set<String> subtree(TestDatabase db, String code) {
        return db.query(em -> {
            DepartmentRepository departments = new DepartmentRepository(em);
            List<Long> ids = departments.subtreeIds(departments.byCode(code).orElseThrow().getId());
            assertEquals(id(db, code), ids.get(0), "the root comes first");
            assertEquals(ids.size(), Set.copyOf(ids).size(), "no department twice");
            return Set.copyOf(ids.stream().map(i -> departments.find(i).orElseThrow().getCode()).toList());
        });
    }

    @EachDatabase
    void allIsInTheOrganisationChartsOrder(TestDatabase.Kind kind) {
        List<String> codes = db(kind).query(em -> new DepartmentRepository(em).all().stream().map(Department::getCode).toList());
        assertEquals(List.of("GA", "GA1", "GA1A", "GA1B", "GA2", "GA2A", "CZ", "CZ1", "CZ1A"), codes);
    }

    @EachDatabase
    void aDepartmentIsStoredWithItsLevelParentAndNames(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        db.query(em -> {
            DepartmentRepository departments = new DepartmentRepository(em);
            Department hr = departments.byCode("GA1A").orElseThrow();
            assertEquals("人事係", hr.getNameJa());
            assertEquals("Personnel", hr.getNameEn());
            assertEquals(DepartmentLevel.SUBSECTION, hr.getLevel());
            assertEquals(12, hr.getSortOrder());
            assertEquals("GA1", hr.getParent().getCode());
            assertEquals(hr.getParent().getId(), hr.getParentId());
            assertEquals("GA", hr.getParent().getParent().getCode());
            assertNull(hr.getParent().getParent().getParent());
            Department it = departments.byCode("GA1B").orElseThrow();
            assertNull(it.getNameEn());
            assertEquals("情報政策係", it.name(java.util.Locale.ENGLISH), "no English name: the Japanese one");
            assertEquals("GA1A", departments.find(hr.getId()).orElseThrow().getCode());
            assertEquals(Optional.empty(), departments.byCode("XX"));
            assertEquals(Optional.empty(), departments.find(999_999));
            return null;
        });
    }

    @EachDatabase
    void aSubtreeIsTheDepartmentAndEverythingBelowIt(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertEquals(Set.of("GA", "GA1", "GA1A", "GA1B", "GA2", "GA2A"), subtree(db, "GA"), "a 部 with its 課 and 係");
        assertEquals(Set.of("GA1", "GA1A", "GA1B"), subtree(db, "GA1"), "a 課 with its 係");
        assertEquals(Set.of("GA1A"), subtree(db, "GA1A"), "a 係 alone");
        assertEquals(Set.of("CZ", "CZ1", "CZ1A"), subtree(db, "CZ"));
        assertEquals(List.of(999_999L), db.query(em -> new DepartmentRepository(em).subtreeIds(999_999)),
                "an unknown department has nothing below it (and the staff filter then finds nobody)");
    }

    /** The sequences start at the allocation size, so EclipseLink's first block is 1–50 and the next factory's 51–100. */
    @EachDatabase
    void idsStartAtOneAndASecondFactoryContinuesAfterTheFirstBlock(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertEquals(1L, id(db, "GA"), "the first department persisted");
        List<Long> ids = db.query(em -> new DepartmentRepository(em).all().stream().map(Department::getId).sorted().toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), ids);
        EntityManagerFactory second = db.newEntityManagerFactory();
        try {
            EntityManager em = second.createEntityManager();
            try {
                em.getTransaction().begin();
                Department extra = new Department("XX", "第二部", null, DepartmentLevel.BUREAU, null, 99);
                em.persist(extra);
                em.flush();
                assertEquals(51L, extra.getId(), "no clash with the first factory's block");
            } finally {
                em.getTransaction().rollback();
                em.close();
            }
        } finally {
            second.close();
        }
    }

    @EachDatabase
    void departmentCodesAreUniqueAndParentsMustExist(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertThrows(PersistenceException.class, () -> db.rolledBack(em -> {
            em.persist(new Department("GA", "もう一つの総務部", null, DepartmentLevel.BUREAU, null, 0));
            em.flush();
            return null;
        }));
        db.assertRefused("insert into department (id, code, name_ja, dept_level, parent_id) values (9001, 'GA', 'x', 'BUREAU', null)");
        db.assertRefused("insert into department (id, code, name_ja, dept_level, parent_id) values (9001, 'ZZ', 'x', 'SECTION', 9999)");
        db.assertRefused("insert into department (id, code, name_ja, dept_level) values (9001, 'ZZ', null, 'BUREAU')");
        assertEquals(9, db.number("select count(*) from department"), "nothing stayed");
    }

    @EachDatabase
    void aStaleEditIsRefused(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        EntityManager first = db.entityManagerFactory().createEntityManager();
        EntityManager second = db.entityManagerFactory().createEntityManager();
        try {
            Department mine = new DepartmentRepository(first).byCode("GA2A").orElseThrow();
            Department theirs = new DepartmentRepository(second).byCode("GA2A").orElseThrow();
            second.getTransaction().begin();
            theirs.rename("企画係", "Planning");
            second.getTransaction().commit();
            first.getTransaction().begin();
            mine.rename("企画調整係", null);
            assertThrows(RollbackException.class, () -> first.getTransaction().commit(), "optimistic lock on version");
        } finally {
            if (first.getTransaction().isActive()) {
                first.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
        assertEquals("Planning", db.query(em -> new DepartmentRepository(em).byCode("GA2A").orElseThrow().getNameEn()));
        assertTrue(db.number("select version from department where code = 'GA2A'") > 0);
    }
}
