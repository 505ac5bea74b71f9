package jp.manabi.staff.importing;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseEra;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.manabi.staff.Kana;
import jp.manabi.staff.PersonName;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a staff file exported by a municipal HR system and checks every line before anything is
 * written: the file is imported whole or not at all, so every problem of every line is collected
 * and reported together. Real exports bend the format (full-width digits, half-width kana, era
 * dates, a BOM, blank trailing lines); those are accepted, what cannot be understood is refused.
 */
public final class StaffCsvReader {

    /** More lines than the largest prefecture has staff means a wrong file, not a staff register. */
    public static final int MAX_LINES = 400_000;

    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern KANA = Pattern.compile("[\\p{InKatakana}\\p{InHiragana}ー・ 　]+");
    private static final Pattern ISO_OR_SLASH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern ERA = Pattern.compile("(令和|平成|昭和)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日");

    private final StaffDirectory directory;

    public StaffCsvReader(StaffDirectory directory) {
        this.directory = directory;
    }

    /** The outcome of reading: valid records, and the problems that stop the import. */
    public record Result(List<StaffRecord> records, List<ImportProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result read(byte[] bytes, CsvEncoding encoding) {
        if (bytes == null || bytes.length == 0) {
            return failed(ImportProblem.ofFile("import.file.empty"));
        }
        Optional<String> text = encoding.decode(bytes);
        if (text.isEmpty()) {
            return failed(ImportProblem.ofFile(encoding == CsvEncoding.AUTO ? "import.file.encoding.unknown"
                    : "import.file.encoding.wrong", encoding.name()));
        }
        return read(text.get());
    }

    Result read(String text) {
        List<ImportProblem> problems = new ArrayList<>();
        List<StaffRecord> records = new ArrayList<>();
        // Empty lines are read as (blank) records rather than dropped, so that record numbers stay the
        // line numbers a spreadsheet shows; blank records are skipped below.
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<StaffColumn, Integer> columns = null;
            Map<String, Integer> seenNumbers = new HashMap<>();
            Set<String> numbersInFile = new HashSet<>();
            List<CSVRecord> lines = new ArrayList<>();
            for (CSVRecord line : parser) {
                if (columns == null) {
                    if (isBlank(line)) {
                        continue;
                    }
                    columns = header(line, problems);
                    if (!problems.isEmpty()) {
                        return new Result(List.of(), problems);
                    }
                    continue;
                }
                if (isBlank(line)) {
                    continue;
                }
                if (lines.size() >= MAX_LINES) {
                    return failed(ImportProblem.ofFile("import.file.tooLarge", Integer.toString(MAX_LINES)));
                }
                lines.add(line);
                String number = normaliseNumber(value(line, columns, StaffColumn.EMPLOYEE_NUMBER));
                if (!number.isEmpty()) {
                    numbersInFile.add(number);
                }
            }
            if (columns == null) {
                return failed(ImportProblem.ofFile("import.file.empty"));
            }
            if (lines.isEmpty()) {
                return failed(ImportProblem.ofFile("import.file.noRows"));
            }
            for (CSVRecord line : lines) {
                StaffRecord record = record(line, columns, seenNumbers, numbersInFile, problems);
                if (record != null) {
                    records.add(record);
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            // Commons CSV reports an unclosed quote and similar breakage this way.
            return failed(ImportProblem.ofFile("import.file.malformed", String.valueOf(e.getMessage())));
        }
        return new Result(problems.isEmpty() ? records : List.of(), problems);
    }

    private static Result failed(ImportProblem problem) {
        return new Result(List.of(), List.of(problem));
    }

    private static boolean isBlank(CSVRecord line) {
        for (String value : line) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Map<StaffColumn, Integer> header(CSVRecord line, List<ImportProblem> problems) {
        int lineNumber = (int) line.getRecordNumber();
        Map<StaffColumn, Integer> columns = new EnumMap<>(StaffColumn.class);
        for (int i = 0; i < line.size(); i++) {
            String header = line.get(i);
            if (header.isBlank()) {
                continue;
            }
            Optional<StaffColumn> column = StaffColumn.forHeader(header);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(lineNumber, header, "import.header.unknown", List.of(header, StaffColumn.templateHeader())));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(new ImportProblem(lineNumber, header, "import.header.duplicate", List.of(header)));
            }
        }
        for (StaffColumn column : StaffColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(new ImportProblem(lineNumber, column.header(), "import.header.missing", List.of(column.header())));
            }
        }
        return columns;
    }

    private static String value(CSVRecord line, Map<StaffColumn, Integer> columns, StaffColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= line.size()) {
            return "";
        }
        return Normalizer.normalize(line.get(index), Normalizer.Form.NFKC).strip();
    }

    private static String normaliseNumber(String value) {
        return value.strip();
    }

    private StaffRecord record(CSVRecord line, Map<StaffColumn, Integer> columns, Map<String, Integer> seenNumbers,
            Set<String> numbersInFile, List<ImportProblem> problems) {
        int lineNumber = (int) line.getRecordNumber();
        int before = problems.size();
        if (line.size() > columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1
                && !line.get(line.size() - 1).isBlank()) {
            problems.add(new ImportProblem(lineNumber, "", "import.row.extraValues", List.of(Integer.toString(line.size()))));
        }
        String number = normaliseNumber(value(line, columns, StaffColumn.EMPLOYEE_NUMBER));
        if (number.isEmpty()) {
            problems.add(ImportProblem.at(lineNumber, StaffColumn.EMPLOYEE_NUMBER, "import.value.required"));
        } else if (!EMPLOYEE_NUMBER.matcher(number).matches()) {
            problems.add(ImportProblem.at(lineNumber, StaffColumn.EMPLOYEE_NUMBER, "import.number.invalid", number));
        } else {
            Integer first = seenNumbers.putIfAbsent(number, lineNumber);
            if (first != null) {
                problems.add(ImportProblem.at(lineNumber, StaffColumn.EMPLOYEE_NUMBER, "import.number.duplicate", number,
                        Integer.toString(first)));
            }
        }
        String familyName = required(line, columns, StaffColumn.FAMILY_NAME, lineNumber, problems);
        String givenName = required(line, columns, StaffColumn.GIVEN_NAME, lineNumber, problems);
        String familyKana = kana(line, columns, StaffColumn.FAMILY_NAME_KANA, lineNumber, problems);
        String givenKana = kana(line, columns, StaffColumn.GIVEN_NAME_KANA, lineNumber, problems);

        String email = value(line, columns, StaffColumn.EMAIL);
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(ImportProblem.at(lineNumber, StaffColumn.EMAIL, "import.email.invalid", email));
        }
        String department = required(line, columns, StaffColumn.DEPARTMENT_CODE, lineNumber, problems);
        if (!department.isEmpty() && !directory.departmentExists(department)) {
            problems.add(ImportProblem.at(lineNumber, StaffColumn.DEPARTMENT_CODE, "import.department.unknown", department));
        }
        String gradeText = required(line, columns, StaffColumn.GRADE, lineNumber, problems);
        String grade = null;
        if (!gradeText.isEmpty()) {
            grade = directory.gradeCode(gradeText).orElse(null);
            if (grade == null) {
                problems.add(ImportProblem.at(lineNumber, StaffColumn.GRADE, "import.grade.unknown", gradeText));
            }
        }
        LocalDate gradeFrom = date(line, columns, StaffColumn.GRADE_EFFECTIVE_FROM, lineNumber, problems, true);
        String supervisor = value(line, columns, StaffColumn.SUPERVISOR_NUMBER);
        if (!supervisor.isEmpty()) {
            if (supervisor.equals(number)) {
                problems.add(ImportProblem.at(lineNumber, StaffColumn.SUPERVISOR_NUMBER, "import.supervisor.self", supervisor));
            } else if (!numbersInFile.contains(supervisor) && !directory.employeeExists(supervisor)) {
                problems.add(ImportProblem.at(lineNumber, StaffColumn.SUPERVISOR_NUMBER, "import.supervisor.unknown", supervisor));
            }
        }
        LocalDate hireDate = date(line, columns, StaffColumn.HIRE_DATE, lineNumber, problems, false);
        if (problems.size() > before) {
            return null;
        }
        return new StaffRecord(lineNumber, number, new PersonName(familyName, givenName, familyKana, givenKana),
                email.isEmpty() ? null : email, department, grade, gradeFrom, supervisor.isEmpty() ? null : supervisor,
                hireDate);
    }

    private static String required(CSVRecord line, Map<StaffColumn, Integer> columns, StaffColumn column, int lineNumber,
            List<ImportProblem> problems) {
        String value = value(line, columns, column);
        if (value.isEmpty()) {
            problems.add(ImportProblem.at(lineNumber, column, "import.value.required"));
        } else if (value.length() > 100) {
            problems.add(ImportProblem.at(lineNumber, column, "import.value.tooLong", "100"));
        }
        return value;
    }

    private static String kana(CSVRecord line, Map<StaffColumn, Integer> columns, StaffColumn column, int lineNumber,
            List<ImportProblem> problems) {
        String value = required(line, columns, column, lineNumber, problems);
        if (!value.isEmpty() && !KANA.matcher(value).matches()) {
            problems.add(ImportProblem.at(lineNumber, column, "import.kana.invalid", value));
        }
        return Kana.toKatakana(value);
    }

    private static LocalDate date(CSVRecord line, Map<StaffColumn, Integer> columns, StaffColumn column, int lineNumber,
            List<ImportProblem> problems, boolean required) {
        String value = value(line, columns, column);
        if (value.isEmpty()) {
            if (required) {
                problems.add(ImportProblem.at(lineNumber, column, "import.value.required"));
            }
            return null;
        }
        Optional<LocalDate> date = parseDate(value);
        if (date.isEmpty()) {
            problems.add(ImportProblem.at(lineNumber, column, "import.date.invalid", value));
            return null;
        }
        return date.get();
    }

    /** 2025-04-01, 2025/4/1, 2025.4.1 or 令和7年4月1日 (元年 too). */
    static Optional<LocalDate> parseDate(String value) {
        try {
            Matcher iso = ISO_OR_SLASH.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher era = ERA.matcher(value);
            if (era.matches()) {
                JapaneseEra japaneseEra = switch (era.group(1)) {
                    case "令和" -> JapaneseEra.REIWA;
                    case "平成" -> JapaneseEra.HEISEI;
                    default -> JapaneseEra.SHOWA;
                };
                int year = "元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2));
                return Optional.of(LocalDate.from(JapaneseChronology.INSTANCE.date(japaneseEra, year,
                        Integer.parseInt(era.group(3)), Integer.parseInt(era.group(4)))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
