package jp.manabi.content.scorm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A package that cannot be taken in, with every problem found before giving up: the errors that
 * refuse it, and the warnings found along the way, so that the trainer can fix everything in one
 * go. Nothing of a refused package is kept.
 */
public class PackageRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<PackageProblem> problems;

    public PackageRejectedException(List<PackageProblem> problems) {
        super(summary(problems));
        if (problems.stream().noneMatch(PackageProblem::isError)) {
            throw new IllegalArgumentException("a refusal needs at least one error: " + problems);
        }
        this.problems = List.copyOf(problems);
    }

    public PackageRejectedException(PackageProblem error) {
        this(List.of(error));
    }

    /** Every problem found, errors and warnings, in the order they were found. */
    public List<PackageProblem> problems() {
        return problems;
    }

    public List<PackageProblem> errors() {
        return problems.stream().filter(PackageProblem::isError).toList();
    }

    public List<PackageProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    private static String summary(List<PackageProblem> problems) {
        return "Package refused: " + problems.stream().filter(PackageProblem::isError)
                .map(PackageProblem::toString).collect(Collectors.joining("; "));
    }
}
