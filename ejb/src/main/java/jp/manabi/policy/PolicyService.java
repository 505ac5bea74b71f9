package jp.manabi.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.manabi.account.Role;
import jp.manabi.platform.ValidationFailedException;

/**
 * The policy as the application uses it: the grades, abilities and role expectations every page
 * shows, and the yearly ability targets that HR sets.
 */
@Stateless
@RolesAllowed({Role.EMPLOYEE_NAME, Role.ADMIN_NAME})
public class PolicyService {

    /** Targets above this are a typing mistake, not a plan. */
    public static final int MAX_TARGET_POINTS = 10_000;

    @Inject
    private PolicyRepository policy;
    @Inject
    private jp.manabi.audit.AuditLog audit;
    @Inject
    private jp.manabi.platform.Caller caller;
    @Inject
    private jp.manabi.account.AccountRepository accounts;

    public List<Grade> grades() {
        return policy.grades();
    }

    public List<Ability> abilities() {
        return policy.abilities();
    }

    public List<RoleExpectation> roleExpectations(String gradeCode) {
        return policy.roleExpectations(gradeCode);
    }

    public List<AbilityTarget> targets(int fiscalYear, String gradeCode) {
        return policy.targets(fiscalYear, gradeCode);
    }

    /** The whole grid of a year (grade × ability); missing cells are zero. */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public List<TargetCell> targetGrid(int fiscalYear) {
        Map<String, Integer> set = policy.targets(fiscalYear).stream().collect(Collectors.toMap(
                t -> t.getGrade().getCode() + "/" + t.getAbility().getCode(), AbilityTarget::getPoints));
        List<TargetCell> cells = new ArrayList<>();
        for (Grade grade : policy.grades()) {
            for (Ability ability : policy.abilities()) {
                cells.add(new TargetCell(grade.getCode(), ability.getCode(),
                        set.getOrDefault(grade.getCode() + "/" + ability.getCode(), 0)));
            }
        }
        return cells;
    }

    /** Who changed a year's targets, when, and how. */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public List<jp.manabi.audit.AuditEntry> targetHistory(int fiscalYear) {
        return audit.of("TARGETS", fiscalYear);
    }

    /** Saves a year's grid as HR edited it. Every cell is checked before anything is written. */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public void saveTargets(int fiscalYear, List<TargetCell> cells) {
        for (TargetCell cell : cells) {
            if (cell.points() < 0 || cell.points() > MAX_TARGET_POINTS) {
                throw new ValidationFailedException("targets.points.range", MAX_TARGET_POINTS);
            }
        }
        Map<String, AbilityTarget> existing = policy.targets(fiscalYear).stream().collect(Collectors.toMap(
                t -> t.getGrade().getCode() + "/" + t.getAbility().getCode(), Function.identity()));
        List<String> changes = new ArrayList<>();
        for (TargetCell cell : cells) {
            AbilityTarget target = existing.get(cell.gradeCode() + "/" + cell.abilityCode());
            int before = target == null ? 0 : target.getPoints();
            if (before != cell.points()) {
                changes.add(cell.gradeCode() + "/" + cell.abilityCode() + " " + before + "→" + cell.points());
            }
            if (target != null) {
                target.setPoints(cell.points());
            } else {
                Grade grade = policy.grade(cell.gradeCode())
                        .orElseThrow(() -> new ValidationFailedException("targets.grade.unknown", cell.gradeCode()));
                Ability ability = policy.ability(cell.abilityCode())
                        .orElseThrow(() -> new ValidationFailedException("targets.ability.unknown", cell.abilityCode()));
                policy.add(new AbilityTarget(fiscalYear, grade, ability, cell.points()));
            }
        }
        if (!changes.isEmpty()) {
            String login = caller.login().orElse("");
            Long actor = accounts.byLogin(login).map(a -> a.getEmployee().getId()).orElse(null);
            String details = String.join(", ", changes);
            audit.record(actor, login, "EDIT_TARGETS", "TARGETS", (long) fiscalYear,
                    details.length() > 4000 ? details.substring(0, 3999) + "…" : details);
        }
    }
}
