package jp.manabi.completion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import jp.manabi.account.Role;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.platform.AccessDeniedException;
import jp.manabi.platform.NotFoundException;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.policy.Ability;
import jp.manabi.policy.PolicyRepository;
import jp.manabi.staff.Employee;
import jp.manabi.staff.StaffService;

/**
 * Completion certificates (修了証): the PDF for a completion, to the employee, the supervisors above
 * them and HR; and HR's check of a certificate someone shows them, by employee number and code.
 */
@Stateless
@RolesAllowed({Role.EMPLOYEE_NAME, Role.ADMIN_NAME})
public class CertificateService {

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;
    @Inject
    private StaffService staff;
    @Inject
    private PolicyRepository policy;

    /** A certificate ready to download. */
    public record CertificateFile(String fileName, byte[] pdf) {
    }

    /** What HR learns from a valid code: the record behind the certificate. */
    public record Verified(String employeeNumber, String employeeName, String departmentName, String courseTitle,
            LocalDate completedOn, Map<String, Integer> points) implements Serializable {
    }

    /** The certificate of one completion, if the caller may read that employee's record. */
    public CertificateFile certificate(long completionId) {
        Completion completion = Optional.ofNullable(em.find(Completion.class, completionId))
                .orElseThrow(() -> new NotFoundException("completion " + completionId));
        if (!staff.mayRead(completion.getEmployee())) {
            throw new AccessDeniedException("completion " + completionId + " belongs to someone else");
        }
        byte[] pdf = new CertificatePdf().render(certificateOf(completion));
        return new CertificateFile("修了証_" + completion.getCompletedOn() + "_" + completion.getTitle() + ".pdf", pdf);
    }

    Certificate certificateOf(Completion c) {
        Employee e = c.getEmployee();
        List<Certificate.AbilityPoints> points = policy.abilities().stream()
                .filter(a -> c.getPoints().getOrDefault(a.getCode(), 0) > 0)
                .map(a -> new Certificate.AbilityPoints(a.nameJa(), c.getPoints().get(a.getCode()))).toList();
        OptionalInt score = c.score().map(s -> OptionalInt.of(s.setScale(0, RoundingMode.HALF_UP).intValue()))
                .orElse(OptionalInt.empty());
        return new Certificate(e.getName().full(), e.getEmployeeNumber(), e.getDepartment().getNameJa(), c.getTitle(),
                c.getCompletedOn(), FiscalYear.of(c.getFiscalYear()), score, points, codeOf(c));
    }

    /**
     * The completion a certificate stands for, when the code printed on it matches one of the
     * employee's completions; empty for a forged, mistyped or foreign code.
     */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public Optional<Verified> verify(String employeeNumber, String code) {
        String number = employeeNumber == null ? "" : employeeNumber.strip();
        if (number.isEmpty()) {
            throw new ValidationFailedException("certificate.numberRequired");
        }
        if (code == null || VerificationCode.normalise(code).length() != 12) {
            throw new ValidationFailedException("certificate.codeFormat");
        }
        VerificationCode codes = VerificationCode.fromSettings();
        List<Completion> completions = em.createQuery(
                "select c from Completion c where c.employee.employeeNumber = :number order by c.completedOn desc",
                Completion.class).setParameter("number", number).getResultList();
        return completions.stream()
                .filter(c -> codes.verify(code, c.getId(), number, c.getTitle(), c.getCompletedOn()))
                .findFirst()
                .map(c -> new Verified(number, c.getEmployee().getName().full(), c.getEmployee().getDepartment().getNameJa(),
                        c.getTitle(), c.getCompletedOn(), new java.util.LinkedHashMap<>(orderedPoints(c))));
    }

    private Map<String, Integer> orderedPoints(Completion c) {
        Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
        for (Ability a : policy.abilities()) {
            Integer p = c.getPoints().get(a.getCode());
            if (p != null && p > 0) {
                ordered.put(a.getCode(), p);
            }
        }
        return ordered;
    }

    private static String codeOf(Completion c) {
        return VerificationCode.fromSettings().code(c.getId(), c.getEmployee().getEmployeeNumber(), c.getTitle(),
                c.getCompletedOn());
    }
}
