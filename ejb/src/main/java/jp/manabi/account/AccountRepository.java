package jp.manabi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Queries over sign-in accounts. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    protected AccountRepository() {
    }

    public AccountRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<UserAccount> byLogin(String login) {
        return em.createNamedQuery("UserAccount.byLogin", UserAccount.class).setParameter("login", login)
                .getResultStream().findFirst();
    }

    public Optional<UserAccount> byEmployee(long employeeId) {
        return em.createNamedQuery("UserAccount.byEmployee", UserAccount.class).setParameter("employee", employeeId)
                .getResultStream().findFirst();
    }

    /** The account of the employee with this number (an account's login need not be the number). */
    public Optional<UserAccount> byEmployeeNumber(String number) {
        return em.createQuery("select u from UserAccount u where u.employee.employeeNumber = :number", UserAccount.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }
}
