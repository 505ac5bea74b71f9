package jp.manabi.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.manabi.course.CourseService;
import jp.manabi.platform.NotFoundException;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.staff.StaffRow;
import jp.manabi.staff.StaffService;
import jp.manabi.web.i18n.Texts;
import org.omnifaces.cdi.Param;

/**
 * Assigning a course with a due date: a supervisor ticks the staff under them, HR types employee
 * numbers (one per line or separated by commas). The service decides who may be assigned.
 */
@Named
@ViewScoped
public class AssignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courses;
    @Inject
    private StaffService staff;
    @Inject
    private Texts texts;
    @Inject
    @Param(name = "course")
    private Long course;

    private CourseService.CourseSummary summary;
    private List<StaffRow> myStaff;
    private List<String> selected = new ArrayList<>();
    private String numbers;
    private LocalDate dueOn;

    public CourseService.CourseSummary getSummary() {
        if (summary == null) {
            if (course == null) {
                throw new NotFoundException("no course");
            }
            summary = courses.summary(course);
        }
        return summary;
    }

    public List<StaffRow> getMyStaff() {
        if (myStaff == null) {
            myStaff = staff.staffUnderMe();
        }
        return myStaff;
    }

    public void assign() {
        Set<String> who = new LinkedHashSet<>(selected);
        if (numbers != null) {
            for (String n : numbers.split("[\\s,、，]+")) {
                if (!n.isBlank()) {
                    who.add(n.strip());
                }
            }
        }
        try {
            CourseService.Assignment done = courses.assign(course, who, dueOn);
            texts.info("assign.done", done.added() + done.updated(), done.added(), done.updated(), texts.date(dueOn));
            selected = new ArrayList<>();
            numbers = null;
        } catch (ValidationFailedException e) {
            texts.error(e);
        }
    }

    public Long getCourse() {
        return course;
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected;
    }

    public String getNumbers() {
        return numbers;
    }

    public void setNumbers(String numbers) {
        this.numbers = numbers;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
