package jp.manabi.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentLevel;
import jp.manabi.staff.Employee;
import jp.manabi.staff.EmployeeRepository;
import jp.manabi.staff.PersonName;
import jp.manabi.testing.BothDatabases;
import jp.manabi.testing.EachDatabase;
import jp.manabi.testing.TestDatabase;

/** Sign-in accounts: one per employee, found by login or employee, with their roles. */
class AccountRepositoryTest extends BothDatabases {

    @Override
    protected void fill(EntityManager em) {
        Department bureau = new Department("GA", "総務部", null, DepartmentLevel.BUREAU, null, 1);
        em.persist(bureau);
        Employee hr = new Employee("1041", new PersonName("砂川", "花子", "スナガワ", "ハナコ"), bureau);
        Employee learner = new Employee("1061", new PersonName("石狩", "健", "イシカリ", "ケン"), bureau);
        EmployeeRepository employees = new EmployeeRepository(em);
        employees.add(hr);
        employees.add(learner);
        employees.add(new Employee("1062", new PersonName("北村", "翔", "キタムラ", "ショウ"), bureau));
        AccountRepository accounts = new AccountRepository(em);
        UserAccount hrAccount = new UserAccount(hr);
        hrAccount.setRoles(Set.of(Role.HR));
        hrAccount.setPasswordHash("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==");
        accounts.add(hrAccount);
        accounts.add(new UserAccount(learner));
    }

    @EachDatabase
    void anAccountIsFoundByLoginWithItsRoles(TestDatabase.Kind kind) {
        db(kind).query(em -> {
            UserAccount account = new AccountRepository(em).byLogin("1041").orElseThrow();
            assertEquals("1041", account.getLogin(), "the login is the employee number");
            assertEquals("1041", account.getEmployee().getEmployeeNumber());
            assertEquals(EnumSet.of(Role.EMPLOYEE, Role.HR), account.getRoles(), "HR keeps EMPLOYEE");
            assertTrue(account.isEnabled());
            assertEquals("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==", account.getPasswordHash());
            assertEquals(1L, account.getId(), "ids start at 1");
            return null;
        });
    }

    @EachDatabase
    void anAccountIsFoundByItsEmployee(TestDatabase.Kind kind) {
        db(kind).query(em -> {
            AccountRepository accounts = new AccountRepository(em);
            EmployeeRepository employees = new EmployeeRepository(em);
            UserAccount learner = accounts.byEmployee(employees.byNumber("1061").orElseThrow().getId()).orElseThrow();
            assertEquals("1061", learner.getLogin());
            assertEquals(EnumSet.of(Role.EMPLOYEE), learner.getRoles());
            assertNull(learner.getPasswordHash(), "no password yet: cannot sign in");
            assertEquals(Optional.empty(), accounts.byEmployee(employees.byNumber("1062").orElseThrow().getId()));
            assertEquals(Optional.empty(), accounts.byEmployee(999_999));
            assertEquals(Optional.empty(), accounts.byLogin("nobody"));
            assertEquals(Optional.empty(), accounts.byLogin("1062"), "an employee without an account");
            return null;
        });
    }

    @EachDatabase
    void rolesAreReplacedButEmployeeStays(TestDatabase.Kind kind) {
        Set<Role> roles = db(kind).rolledBack(em -> {
            UserAccount account = new AccountRepository(em).byLogin("1041").orElseThrow();
            account.setRoles(Set.of(Role.ADMIN, Role.TRAINER));
            account.setEnabled(false);
            em.flush();
            em.clear();
            UserAccount again = new AccountRepository(em).byLogin("1041").orElseThrow();
            assertTrue(!again.isEnabled());
            return again.getRoles();
        });
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.ADMIN, Role.TRAINER), roles);
        assertEquals(2, db(kind).number("select count(*) from account_role where account_id = 1"), "rolled back");
    }

    @EachDatabase
    void oneAccountPerEmployeeAndPerLogin(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertThrows(PersistenceException.class, () -> db.rolledBack(em -> {
            new AccountRepository(em).add(new UserAccount(new EmployeeRepository(em).byNumber("1061").orElseThrow()));
            em.flush();
            return null;
        }));
        long other = db.number("select id from employee where employee_number = '1062'");
        long learner = db.number("select id from employee where employee_number = '1061'");
        db.assertRefused("insert into user_account (id, login, employee_id) values (9001, '1041', " + other + ")");
        db.assertRefused("insert into user_account (id, login, employee_id) values (9001, 'second', " + learner + ")");
        db.assertRefused("insert into account_role (account_id, role_name) values (1, 'HR')");
        assertEquals(2, db.number("select count(*) from user_account"));
    }
}
