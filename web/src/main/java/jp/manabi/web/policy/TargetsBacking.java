package jp.manabi.web.policy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.policy.Ability;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyService;
import jp.manabi.policy.TargetCell;
import jp.manabi.web.i18n.Texts;

/** The ability targets of a fiscal year: one row per grade, one column per ability. */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PolicyService policy;
    @Inject
    private Texts texts;

    private int fiscalYear = FiscalYear.containing(LocalDate.now()).startYear();
    private List<Grade> grades;
    private List<Ability> abilities;
    /** Points keyed "GRADE/ABILITY", bound to the grid's inputs. */
    private Map<String, Integer> points = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        grades = policy.grades();
        abilities = policy.abilities();
        loadYear();
    }

    public void loadYear() {
        points = new LinkedHashMap<>();
        for (TargetCell cell : policy.targetGrid(fiscalYear)) {
            points.put(cell.gradeCode() + "/" + cell.abilityCode(), cell.points());
        }
    }

    /** Fills the grid with the previous fiscal year's targets, to review and save as this year's. */
    public void copyPrevious() {
        Map<String, Integer> previous = new LinkedHashMap<>();
        for (TargetCell cell : policy.targetGrid(fiscalYear - 1)) {
            previous.put(cell.gradeCode() + "/" + cell.abilityCode(), cell.points());
        }
        if (previous.values().stream().allMatch(p -> p == 0)) {
            texts.error("targets.nothingToCopy", texts.fiscalYear(fiscalYear - 1));
            return;
        }
        points = previous;
        texts.info("targets.copied", texts.fiscalYear(fiscalYear - 1), texts.fiscalYear(fiscalYear));
    }

    /** What was changed in the targets of the year, newest first. */
    public List<jp.manabi.audit.AuditEntry> getHistory() {
        return policy.targetHistory(fiscalYear);
    }

    public void save() {
        List<TargetCell> cells = new ArrayList<>();
        points.forEach((key, value) -> {
            String[] parts = key.split("/");
            cells.add(new TargetCell(parts[0], parts[1], value == null ? 0 : value));
        });
        try {
            policy.saveTargets(fiscalYear, cells);
            texts.info("targets.saved", texts.fiscalYear(fiscalYear));
        } catch (ValidationFailedException e) {
            texts.error(e);
        }
    }

    public List<Integer> getYears() {
        int current = FiscalYear.containing(LocalDate.now()).startYear();
        return List.of(current - 1, current, current + 1);
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public List<Grade> getGrades() {
        return grades;
    }

    public List<Ability> getAbilities() {
        return abilities;
    }

    public Map<String, Integer> getPoints() {
        return points;
    }
}
