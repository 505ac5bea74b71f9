package jp.manabi.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import jp.manabi.staff.Employee;

/**
 * How an employee signs in: their login (the employee number), a PBKDF2 hash of their password,
 * and the roles they hold. An account without a password cannot sign in.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byLogin", query = "select a from UserAccount a where a.login = :login")
@NamedQuery(name = "UserAccount.byEmployee", query = "select a from UserAccount a where a.employee.id = :employee")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;
    private String login;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @Column(name = "password_hash")
    private String passwordHash;
    private boolean enabled = true;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(Employee employee) {
        this.employee = employee;
        this.login = employee.getEmployeeNumber();
        this.roles.add(Role.EMPLOYEE);
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Every account keeps EMPLOYEE: everyone in the city is a learner. */
    public void setRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        roles.add(Role.EMPLOYEE);
    }
}
