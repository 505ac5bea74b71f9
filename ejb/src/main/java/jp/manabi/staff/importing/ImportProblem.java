package jp.manabi.staff.importing;

import java.io.Serializable;
import java.util.List;

/**
 * Why a line of a staff file cannot be imported: the line number as a spreadsheet shows it (the
 * header is line 1; 0 for the file as a whole), the column's header, and a message key of the
 * application bundle with its arguments, so the page says it in the user's language.
 */
public record ImportProblem(int line, String column, String messageKey, List<String> arguments) implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem ofFile(String messageKey, String... arguments) {
        return new ImportProblem(0, "", messageKey, List.of(arguments));
    }

    static ImportProblem at(int line, StaffColumn column, String messageKey, String... arguments) {
        return new ImportProblem(line, column.header(), messageKey, List.of(arguments));
    }
}
