package jp.manabi.content.scorm.manifest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.manabi.content.scorm.PackageProblem;
import jp.manabi.content.scorm.ProblemCode;

/**
 * The problems found while reading one manifest. A problem found twice at the same place is kept
 * once: a sequencing collection entry is checked on its own and again in every item that
 * references it.
 */
final class Problems {

    private final Set<PackageProblem> found = new LinkedHashSet<>();

    void add(PackageProblem problem) {
        found.add(problem);
    }

    void error(ProblemCode code, String location, String... arguments) {
        add(PackageProblem.error(code, location, arguments));
    }

    void warning(ProblemCode code, String location, String... arguments) {
        add(PackageProblem.warning(code, location, arguments));
    }

    boolean hasErrors() {
        return found.stream().anyMatch(PackageProblem::isError);
    }

    List<PackageProblem> all() {
        return List.copyOf(found);
    }

    List<PackageProblem> warnings() {
        return found.stream().filter(p -> !p.isError()).toList();
    }
}
