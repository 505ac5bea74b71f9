package jp.manabi.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.manabi.account.PasswordHasher;
import jp.manabi.account.Role;
import jp.manabi.account.UserAccount;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.organisation.Department;
import jp.manabi.platform.Settings;
import jp.manabi.policy.Ability;
import jp.manabi.completion.Completion;
import jp.manabi.completion.CompletionKind;
import jp.manabi.policy.AbilityTarget;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyRepository;
import jp.manabi.staff.Employee;

/**
 * Loads the demo city (a Sunagawa-like organisation of about 60 staff) on the first start of an
 * empty database, in demo mode only. The demo password is the operator's choice or generated, and
 * is written with the demo logins to {@code demo-logins.txt} in the data folder for the run command
 * to print; only its hash is stored.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;
    @Inject
    private PolicyRepository policy;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private jp.manabi.progress.ProgressRepository progress;

    @PostConstruct
    void loadOnEmptyDatabase() {
        if (!Settings.demoMode()) {
            return;
        }
        long staff = em.createQuery("select count(e) from Employee e", Long.class).getSingleResult();
        if (staff > 0) {
            LOG.info("Demo mode: the database already has staff; demo data not loaded again.");
            return;
        }
        String password = Settings.demoPassword().orElseGet(DemoDataLoader::generatePassword);
        DemoCity city = load(password, LocalDate.now());
        writeLogins(city, password);
        LOG.info(() -> "Demo mode: loaded " + city.employees().size() + " staff in " + city.departments().size()
                + " departments");
    }

    DemoCity load(String password, LocalDate today) {
        DemoCity city = DemoCity.build(today);
        Map<String, Department> departments = new HashMap<>();
        for (DemoCity.Dept d : city.departments()) {
            Department department = new Department(d.code(), d.nameJa(), d.nameEn(), d.level(),
                    d.parentCode() == null ? null : departments.get(d.parentCode()), departments.size());
            em.persist(department);
            departments.put(d.code(), department);
        }
        Map<String, Grade> grades = new HashMap<>();
        policy.grades().forEach(g -> grades.put(g.getCode(), g));
        Map<String, Employee> employees = new HashMap<>();
        // One hash for all demo accounts: they share the password, and hashing 60 times would slow the first start.
        String hash = hasher.hash(password);
        for (DemoCity.Person p : city.employees()) {
            Employee e = new Employee(p.number(), p.name(), departments.get(p.departmentCode()));
            e.setEmail(p.number() + "@demo.manabi.invalid");
            e.setHireDate(p.hireDate());
            for (DemoCity.GradeLine line : p.grades()) {
                e.assignGrade(grades.get(line.gradeCode()), line.from());
            }
            if (p.supervisorNumber() != null) {
                e.setSupervisor(employees.get(p.supervisorNumber()));
            }
            em.persist(e);
            employees.put(p.number(), e);
            UserAccount account = new UserAccount(e);
            EnumSet<Role> roles = EnumSet.of(Role.EMPLOYEE);
            roles.addAll(p.roles());
            account.setRoles(roles);
            account.setPasswordHash(hash);
            em.persist(account);
        }
        FiscalYear current = FiscalYear.containing(today);
        List<Ability> abilities = policy.abilities();
        // This year's group training: a third of the staff ahead of their targets, a third at them, a third behind.
        java.time.LocalDateTime recorded = today.atStartOfDay();
        em.flush();
        for (int i = 0; i < city.employees().size(); i++) {
            DemoCity.Person p = city.employees().get(i);
            Employee e = employees.get(p.number());
            int rank = e.gradeOn(today).map(Grade::getRankOrder).orElse(6);
            for (DemoCity.Training t : DemoCity.trainingOf(i, rank, today)) {
                Map<String, Integer> points = new java.util.TreeMap<>();
                for (Ability a : abilities) {
                    points.put(a.getCode(), t.points()[a.getSortOrder() - 1]);
                }
                Completion c = Completion.recorded(e, CompletionKind.GROUP_TRAINING, t.title(), t.on(), points, recorded);
                em.persist(c);
                progress.add(e.getId(), c.getFiscalYear(), c.getPoints());
            }
        }
        for (FiscalYear year : List.of(current.previous(), current)) {
            for (Grade grade : grades.values()) {
                for (Ability ability : abilities) {
                    em.persist(new AbilityTarget(year.startYear(), grade, ability,
                            DemoCity.targetPoints(grade.getRankOrder(), ability.getSortOrder())));
                }
            }
        }
        return city;
    }

    private static String generatePassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static void writeLogins(DemoCity city, String password) {
        StringBuilder text = new StringBuilder("Demo logins (password for all: ").append(password).append(")\n");
        for (DemoCity.Showcase s : city.showcase()) {
            text.append(String.format("  %-11s %-6s %s%n", s.roleLabel(), s.number(), s.description()));
        }
        try {
            Path file = Settings.dataDir().resolve("demo-logins.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warning("Could not write the demo logins to the data folder: " + e);
        }
        LOG.info(text::toString);
    }
}
