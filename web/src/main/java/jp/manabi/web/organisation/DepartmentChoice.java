package jp.manabi.web.organisation;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import jp.manabi.organisation.Department;

/**
 * A department chosen in an autocomplete, written 「GA1 総務課」 (code, then name): the suggestions
 * for what was typed, and the department a choice stands for. The list is read on the first
 * suggestion only: a prefecture has thousands of departments, too many for a drop-down.
 */
public final class DepartmentChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<List<Department>> source;
    private transient List<Department> departments;

    public DepartmentChoice(Supplier<List<Department>> source) {
        this.source = source;
    }

    /** Departments whose code or name contains what was typed, at most 30. */
    public List<String> complete(String query) {
        String wanted = query == null ? "" : query.strip();
        String lower = wanted.toLowerCase(Locale.ROOT);
        return departments().stream()
                .filter(d -> d.getCode().contains(wanted) || d.getNameJa().contains(wanted)
                        || (d.getNameEn() != null && d.getNameEn().toLowerCase(Locale.ROOT).contains(lower)))
                .limit(30).map(d -> d.getCode() + " " + d.getNameJa()).toList();
    }

    /** The department of a choice; empty for a blank choice or one that names no department. */
    public Optional<Long> idOf(String choice) {
        if (choice == null || choice.isBlank()) {
            return Optional.empty();
        }
        String code = choice.strip().split("\\s+")[0];
        return departments().stream().filter(d -> d.getCode().equals(code)).map(Department::getId).findFirst();
    }

    private List<Department> departments() {
        if (departments == null) {
            departments = source.get();
        }
        return departments;
    }
}
