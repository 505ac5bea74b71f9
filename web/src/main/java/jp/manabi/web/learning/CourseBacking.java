package jp.manabi.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.manabi.course.CourseService;
import jp.manabi.platform.NotFoundException;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.web.i18n.Texts;
import org.omnifaces.cdi.Param;

/** A course's page: what it is, the abilities and points it gives, its materials; enrol and start. */
@Named
@RequestScoped
public class CourseBacking {

    @Inject
    private CourseService courses;
    @Inject
    private Texts texts;
    @Inject
    @Param(name = "course")
    private Long course;

    private CourseService.CourseDetail detail;

    public CourseService.CourseDetail getDetail() {
        if (detail == null) {
            if (course == null) {
                throw new NotFoundException("no course");
            }
            detail = courses.detail(course);
        }
        return detail;
    }

    public String enrol() {
        try {
            courses.enrol(course);
            texts.flashInfo("course.enrolled");
            return "/learn/course?faces-redirect=true&course=" + course;
        } catch (ValidationFailedException e) {
            texts.error(e);
            return null;
        }
    }

    public Long getCourse() {
        return course;
    }
}
