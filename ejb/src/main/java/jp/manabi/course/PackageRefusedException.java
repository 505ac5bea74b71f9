package jp.manabi.course;

import jakarta.ejb.ApplicationException;
import java.util.List;
import jp.manabi.content.scorm.PackageProblem;

/** An uploaded package was refused; nothing of it was kept. Carries every problem, each with ja/en text. */
@ApplicationException(rollback = true)
public class PackageRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<PackageProblem> problems;

    public PackageRefusedException(List<PackageProblem> problems) {
        super(problems.isEmpty() ? "package refused" : problems.get(0).english());
        this.problems = List.copyOf(problems);
    }

    public List<PackageProblem> problems() {
        return problems;
    }
}
