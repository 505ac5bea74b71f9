package jp.manabi.web.course;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.manabi.course.CourseService;

/** The trainer's courses: the ones they own or co-own (HR: all), with their status. */
@Named
@RequestScoped
public class TrainerCoursesBacking {

    @Inject
    private CourseService courses;

    private List<CourseService.CourseSummary> mine;

    public List<CourseService.CourseSummary> getCourses() {
        if (mine == null) {
            mine = courses.myCourses();
        }
        return mine;
    }
}
