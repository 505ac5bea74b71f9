package jp.manabi.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.manabi.course.CatalogueFilter;
import jp.manabi.course.CourseCategory;
import jp.manabi.course.CourseService;
import jp.manabi.policy.Ability;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyService;
import org.omnifaces.cdi.Param;

/**
 * The course catalogue: the courses the signed-in employee may take, narrowed by category,
 * ability and grade ("recommended for my grade" is the grade they hold today), in pages. The
 * filter is in the address, so a narrowed catalogue can be bookmarked and shared.
 */
@Named
@RequestScoped
public class CoursesBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    private CourseService courses;
    @Inject
    private PolicyService policy;
    @Inject
    private jp.manabi.staff.StaffService staff;
    @Inject
    @Param(name = "category")
    private String category;
    @Inject
    @Param(name = "ability")
    private String ability;
    @Inject
    @Param(name = "grade")
    private String grade;
    @Inject
    @Param(name = "mine")
    private String mine;
    @Inject
    @Param(name = "page")
    private Integer page;

    private CourseService.CataloguePage result;
    private List<Ability> abilities;
    private List<Grade> grades;

    public CourseService.CataloguePage getResult() {
        if (result == null) {
            String gradeFilter = blank(grade);
            if ("true".equals(mine)) {
                gradeFilter = myGrade();
            }
            result = courses.catalogue(new CatalogueFilter(blank(category), blank(ability), gradeFilter),
                    (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return result;
    }

    /** The grade the employee holds today, or none (then nothing is "recommended"). */
    private String myGrade() {
        return staff.me().gradeOn(java.time.LocalDate.now()).map(Grade::getCode).orElse("NONE");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public List<CourseCategory> getCategories() {
        return courses.categories();
    }

    /** The policy's abilities, read once per request: every row of a list asks for their names. */
    public List<Ability> getAbilities() {
        if (abilities == null) {
            abilities = policy.abilities();
        }
        return abilities;
    }

    public List<Grade> getGrades() {
        if (grades == null) {
            grades = policy.grades();
        }
        return grades;
    }

    public Ability abilityOf(String code) {
        return getAbilities().stream().filter(a -> a.getCode().equals(code)).findFirst().orElse(null);
    }

    public Grade gradeOf(String code) {
        return getGrades().stream().filter(g -> g.getCode().equals(code)).findFirst().orElse(null);
    }

    public int getPage() {
        return page == null || page < 1 ? 1 : page;
    }

    public int getPages() {
        return (int) Math.max(1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String getCategory() {
        return category;
    }

    public String getAbility() {
        return ability;
    }

    public String getGrade() {
        return grade;
    }

    public boolean isMine() {
        return "true".equals(mine);
    }
}
