package jp.manabi.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.manabi.web.organisation.DepartmentChoice;
import jp.manabi.organisation.DepartmentService;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyService;
import jp.manabi.staff.StaffFilter;
import jp.manabi.staff.StaffRow;
import jp.manabi.staff.StaffService;
import jp.manabi.staff.StaffSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * HR's staff list: a lazy table that asks the service for one page at a time, filtered and sorted
 * in the database, so 300,000 staff page as fast as 60.
 */
@Named
@ViewScoped
public class StaffListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staff;
    @Inject
    private DepartmentService departmentService;
    @Inject
    private PolicyService policy;

    private String text;
    /** The department as chosen in the autocomplete: 「GA1 総務課」 (code, then name). */
    private String department;
    private String gradeCode;
    private List<Grade> grades;
    private transient DepartmentChoice departments;
    private final LazyDataModel<StaffRow> rows = new StaffRows();
    /** The count of the current filter: paging does not change it, so it is not asked again for every page. */
    private StaffFilter countedFilter;
    private int count;

    @PostConstruct
    void load() {
        grades = policy.grades();
    }

    private StaffFilter filter() {
        Long departmentId = department == null || department.isBlank() ? null
                : departments().idOf(department).orElse(-1L);
        return new StaffFilter(text, departmentId, gradeCode == null || gradeCode.isBlank() ? null : gradeCode);
    }

    private DepartmentChoice departments() {
        if (departments == null) {
            departments = new DepartmentChoice(departmentService::all);
        }
        return departments;
    }

    /** Departments whose code or name contains what was typed, for the autocomplete. */
    public List<String> completeDepartment(String query) {
        return departments().complete(query);
    }

    /** The table's data: one page per request, counted with the same filter. */
    private class StaffRows extends LazyDataModel<StaffRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            StaffFilter filter = filter();
            if (!filter.equals(countedFilter)) {
                count = (int) staff.count(filter);
                countedFilter = filter;
            }
            return count;
        }

        @Override
        public List<StaffRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            StaffSort sort = StaffSort.KANA;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "employeeNumber" -> StaffSort.EMPLOYEE_NUMBER;
                    case "department" -> StaffSort.DEPARTMENT;
                    case "grade" -> StaffSort.GRADE;
                    default -> StaffSort.KANA;
                };
                ascending = meta.getOrder() != SortOrder.DESCENDING;
                break;
            }
            return staff.page(filter(), sort, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(StaffRow row) {
            return Long.toString(row.id());
        }

        @Override
        public StaffRow getRowData(String rowKey) {
            return null;
        }
    }

    public LazyDataModel<StaffRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getGradeCode() {
        return gradeCode;
    }

    public void setGradeCode(String gradeCode) {
        this.gradeCode = gradeCode;
    }

    public List<Grade> getGrades() {
        return grades;
    }
}
