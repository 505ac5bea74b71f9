package jp.manabi.staff.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: nothing at all when there are problems; otherwise how many staff were
 * added, changed and left as they were (a second import of the same file changes nothing).
 */
public record ImportReport(int lines, int created, int updated, int unchanged, List<ImportProblem> problems)
        implements Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }

    static ImportReport refused(List<ImportProblem> problems) {
        return new ImportReport(0, 0, 0, 0, problems);
    }
}
