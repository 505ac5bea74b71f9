package jp.manabi.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.manabi.course.CourseService;

/** The course catalogue: the courses the signed-in employee may take. */
@Named
@RequestScoped
public class CoursesBacking {

    @Inject
    private CourseService courses;

    private List<CourseService.CourseSummary> catalogue;

    public List<CourseService.CourseSummary> getCourses() {
        if (catalogue == null) {
            catalogue = courses.catalogue();
        }
        return catalogue;
    }
}
