package jp.manabi.staff.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.manabi.account.AccountRepository;
import jp.manabi.account.Role;
import jp.manabi.account.UserAccount;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentRepository;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyRepository;
import jp.manabi.staff.Employee;
import jp.manabi.staff.EmployeeRepository;

/**
 * Imports a staff file from the HR system in one transaction: every line is checked first, and one
 * bad line means nothing is imported. Staff are matched by employee number; a line that matches
 * what is stored changes nothing, so importing the same file twice is harmless. New staff get an
 * account (EMPLOYEE) without a password.
 */
@Stateless
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class StaffImportService {

    /** Bigger uploads are refused before reading: 300,000 lines of staff are about 40 MB. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    @Inject
    private EmployeeRepository employees;
    @Inject
    private DepartmentRepository departments;
    @Inject
    private PolicyRepository policy;
    @Inject
    private AccountRepository accounts;
    @PersistenceContext(unitName = "manabi")
    private EntityManager em;
    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    public ImportReport importStaff(byte[] file, CsvEncoding encoding) {
        return importStaff(file, encoding, new ImportProgress());
    }

    /**
     * The same import in the background, for large files: the page polls {@code progress} and
     * picks up the report when the future completes. It runs in a transaction of its own, as the
     * HR officer who started it.
     */
    @Asynchronous
    public Future<ImportReport> importStaffInBackground(byte[] file, CsvEncoding encoding, ImportProgress progress) {
        return new AsyncResult<>(importStaff(file, encoding, progress));
    }

    private ImportReport importStaff(byte[] file, CsvEncoding encoding, ImportProgress progress) {
        try {
            return check(file, encoding, progress);
        } finally {
            progress.done();
        }
    }

    private ImportReport check(byte[] file, CsvEncoding encoding, ImportProgress progress) {
        if (file != null && file.length > MAX_BYTES) {
            return ImportReport.refused(List.of(ImportProblem.ofFile("import.file.tooLarge.bytes",
                    Integer.toString(MAX_BYTES / 1024 / 1024))));
        }
        Map<String, Department> departmentsByCode = departments.all().stream()
                .collect(Collectors.toMap(Department::getCode, Function.identity()));
        List<Grade> grades = policy.grades();
        Set<String> knownNumbers = new HashSet<>(em.createQuery("select e.employeeNumber from Employee e", String.class)
                .getResultList());
        StaffDirectory directory = new StaffDirectory() {
            @Override
            public boolean departmentExists(String code) {
                return departmentsByCode.containsKey(code);
            }

            @Override
            public Optional<String> gradeCode(String text) {
                String wanted = StaffColumn.normalise(text);
                return grades.stream().filter(g -> StaffColumn.normalise(g.getCode()).equals(wanted)
                        || StaffColumn.normalise(g.nameJa()).equals(wanted) || StaffColumn.normalise(g.nameEn()).equals(wanted))
                        .map(Grade::getCode).findFirst();
            }

            @Override
            public boolean employeeExists(String number) {
                return knownNumbers.contains(number);
            }
        };
        StaffCsvReader.Result read = new StaffCsvReader(directory).read(file, encoding);
        if (!read.ok()) {
            return ImportReport.refused(read.problems());
        }
        progress.saving(read.records().size());
        return apply(read.records(), departmentsByCode, grades.stream().collect(Collectors.toMap(Grade::getCode, g -> g)),
                progress);
    }

    private ImportReport apply(List<StaffRecord> records, Map<String, Department> departmentsByCode, Map<String, Grade> grades,
            ImportProgress progress) {
        Map<String, Employee> byNumber = new HashMap<>();
        // Load existing staff in chunks: one IN list of 300,000 numbers is too much for some drivers.
        List<String> numbers = records.stream().map(StaffRecord::employeeNumber).toList();
        for (int i = 0; i < numbers.size(); i += 1000) {
            for (Employee e : employees.byNumbers(numbers.subList(i, Math.min(numbers.size(), i + 1000)))) {
                byNumber.put(e.getEmployeeNumber(), e);
            }
        }
        int created = 0;
        // New staff are counted as created, not also as updated when their supervisor is set below.
        Set<String> changedNumbers = new HashSet<>();
        for (StaffRecord r : records) {
            progress.savedOne();
            Employee e = byNumber.get(r.employeeNumber());
            Department department = departmentsByCode.get(r.departmentCode());
            if (e == null) {
                e = new Employee(r.employeeNumber(), r.name(), department);
                e.setEmail(r.email());
                e.setHireDate(r.hireDate());
                e.assignGrade(grades.get(r.gradeCode()), r.gradeEffectiveFrom());
                employees.add(e);
                accounts.add(new UserAccount(e));
                byNumber.put(r.employeeNumber(), e);
                created++;
                changedNumbers.add(r.employeeNumber());
                continue;
            }
            boolean changed = false;
            if (!e.getName().equals(r.name())) {
                e.rename(r.name());
                changed = true;
            }
            if (!Objects.equals(e.getEmail(), r.email())) {
                e.setEmail(r.email());
                changed = true;
            }
            if (!e.getDepartment().getCode().equals(r.departmentCode())) {
                e.moveTo(department);
                changed = true;
            }
            if (!Objects.equals(e.getHireDate(), r.hireDate())) {
                e.setHireDate(r.hireDate());
                changed = true;
            }
            if (e.assignGrade(grades.get(r.gradeCode()), r.gradeEffectiveFrom())) {
                changed = true;
            }
            if (changed) {
                changedNumbers.add(r.employeeNumber());
            }
        }
        // Supervisors second: a line may name a supervisor who appears further down the file.
        for (StaffRecord r : records) {
            Employee e = byNumber.get(r.employeeNumber());
            Employee supervisor = r.supervisorNumber() == null ? null
                    : byNumber.computeIfAbsent(r.supervisorNumber(), n -> employees.byNumber(n).orElseThrow());
            String current = e.getSupervisor() == null ? null : e.getSupervisor().getEmployeeNumber();
            if (!Objects.equals(current, r.supervisorNumber())) {
                e.setSupervisor(supervisor);
                changedNumbers.add(r.employeeNumber());
            }
        }
        List<ImportProblem> cycles = new java.util.ArrayList<>();
        for (StaffRecord r : records) {
            Employee start = byNumber.get(r.employeeNumber());
            Employee s = start.getSupervisor();
            for (int i = 0; s != null && i < 1000; i++, s = s.getSupervisor()) {
                if (s == start) {
                    cycles.add(ImportProblem.at(r.line(), StaffColumn.SUPERVISOR_NUMBER, "import.supervisor.cycle",
                            r.supervisorNumber()));
                    break;
                }
            }
        }
        if (!cycles.isEmpty()) {
            // Everything above happened in this transaction only: undo it all.
            context.setRollbackOnly();
            return ImportReport.refused(cycles);
        }
        int updated = changedNumbers.size() - created;
        int unchanged = records.size() - created - updated;
        return new ImportReport(records.size(), created, updated, unchanged, List.of());
    }
}
