package jp.manabi.staff.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reading staff files as municipal HR systems export them: every problem of every line is found
 * before anything is imported, with its line, column and reason; real-world bends are accepted.
 */
class StaffFileTest {

    static final String HEADER = "職員番号,氏,名,氏カナ,名カナ,メールアドレス,所属コード,職位,職位発令日,上司職員番号,採用日";

    private final StaffDirectory directory = new StaffDirectory() {
        private final Map<String, String> grades = Map.of("係員", "STAFF", "STAFF", "STAFF", "主任職", "SENIOR_STAFF",
                "係長職", "SUBSECTION_CHIEF");

        @Override
        public boolean departmentExists(String code) {
            return Set.of("GA1A", "CZ1B").contains(code);
        }

        @Override
        public Optional<String> gradeCode(String text) {
            return Optional.ofNullable(grades.get(text));
        }

        @Override
        public boolean employeeExists(String number) {
            return "1031".equals(number);
        }
    };
    private final StaffCsvReader reader = new StaffCsvReader(directory);

    private StaffCsvReader.Result read(String text, Charset charset) {
        return reader.read(text.getBytes(charset), CsvEncoding.AUTO);
    }

    private static boolean has(StaffCsvReader.Result result, int line, String column, String key) {
        return result.problems().stream().anyMatch(p -> p.line() == line && p.column().equals(column) && p.messageKey().equals(key));
    }

    @Test
    void aCleanFileReadsInUtf8WithBomAndInShiftJis() {
        String text = HEADER + "\r\n"
                + "1101,髙橋,一郎,ﾀｶﾊｼ,いちろう,ichiro@example.jp,GA1A,係員,令和7年4月1日,1031,2025/4/1\r\n"
                + "１１０２,砂川,花子,スナガワ,ハナコ,,CZ1B,主任職,令和元年5月1日,1101,\r\n"
                + ",,,,,,,,,,\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        for (byte[] bytes : List.of(withBom, text.getBytes(Charset.forName("windows-31j")))) {
            StaffCsvReader.Result result = reader.read(bytes, CsvEncoding.AUTO);
            assertTrue(result.ok(), () -> result.problems().toString());
            assertEquals(2, result.records().size(), "the blank line is skipped");
            StaffRecord first = result.records().get(0);
            assertEquals("髙橋", first.name().familyName(), "CP932's 髙 survives both encodings");
            assertEquals("タカハシ", first.name().familyNameKana(), "half-width kana become full-width");
            assertEquals("イチロウ", first.name().givenNameKana(), "hiragana become katakana");
            assertEquals(LocalDate.of(2025, 4, 1), first.gradeEffectiveFrom());
            assertEquals(LocalDate.of(2025, 4, 1), first.hireDate());
            assertEquals("1102", result.records().get(1).employeeNumber(), "full-width digits are normalised");
            assertEquals(LocalDate.of(2019, 5, 1), result.records().get(1).gradeEffectiveFrom(), "令和元年");
            assertEquals("1101", result.records().get(1).supervisorNumber(), "a supervisor further up the file");
        }
    }

    @Test
    void missingUnknownAndDuplicateColumnsAreReportedOnTheHeaderLine() {
        StaffCsvReader.Result result = read("職員番号,氏,名,ニックネーム,氏\n1,a,b,c,d\n", StandardCharsets.UTF_8);
        assertTrue(has(result, 1, "ニックネーム", "import.header.unknown"));
        assertTrue(has(result, 1, "氏", "import.header.duplicate"));
        assertTrue(has(result, 1, "所属コード", "import.header.missing"));
        assertTrue(has(result, 1, "氏カナ", "import.header.missing"));
        assertTrue(result.records().isEmpty());
    }

    @Test
    void everyBadValueOfEveryLineIsReported() {
        String text = HEADER + "\n"
                + "1101,砂川,一郎,スナガワ,イチロウ,,GA1A,係員,2025-04-01,,\n"
                + "1101,砂川,二郎,スナガワ,ジロウ,,ZZ9,社長,2025-13-01,7777,\n"
                + "11-02!,,三郎,砂川,サブロウ,no-at-sign,GA1A,係員,,1103,\n"
                + "1104,砂川,四郎,スナガワ,シロウ,,GA1A,係員,2025-04-01,1104,昨日\n";
        StaffCsvReader.Result result = read(text, StandardCharsets.UTF_8);
        assertTrue(has(result, 3, "職員番号", "import.number.duplicate"));
        assertTrue(has(result, 3, "所属コード", "import.department.unknown"));
        assertTrue(has(result, 3, "職位", "import.grade.unknown"));
        assertTrue(has(result, 3, "職位発令日", "import.date.invalid"));
        assertTrue(has(result, 3, "上司職員番号", "import.supervisor.unknown"));
        assertTrue(has(result, 4, "職員番号", "import.number.invalid"));
        assertTrue(has(result, 4, "氏", "import.value.required"));
        assertTrue(has(result, 4, "氏カナ", "import.kana.invalid"));
        assertTrue(has(result, 4, "メールアドレス", "import.email.invalid"));
        assertTrue(has(result, 4, "職位発令日", "import.value.required"));
        assertTrue(has(result, 4, "上司職員番号", "import.supervisor.unknown"));
        assertTrue(has(result, 5, "上司職員番号", "import.supervisor.self"));
        assertTrue(has(result, 5, "採用日", "import.date.invalid"));
        assertTrue(result.records().isEmpty(), "nothing is imported while any line is wrong");
        assertEquals(List.of("1101", "2"), result.problems().stream()
                .filter(p -> p.messageKey().equals("import.number.duplicate")).findFirst().orElseThrow().arguments());
    }

    @Test
    void emptyHeaderOnlyUndecodableAndBrokenFilesAreRefusedAsAWhole() {
        assertEquals("import.file.empty", reader.read(new byte[0], CsvEncoding.AUTO).problems().get(0).messageKey());
        assertEquals("import.file.empty", read("\n\n", StandardCharsets.UTF_8).problems().get(0).messageKey());
        assertEquals("import.file.noRows", read(HEADER + "\n", StandardCharsets.UTF_8).problems().get(0).messageKey());
        byte[] binary = {(byte) 0xff, (byte) 0xfe, (byte) 0xfd, 0x00, 0x41};
        assertEquals("import.file.encoding.unknown", reader.read(binary, CsvEncoding.AUTO).problems().get(0).messageKey());
        byte[] sjis = (HEADER + "\n").getBytes(Charset.forName("windows-31j"));
        assertEquals("import.file.encoding.wrong", reader.read(sjis, CsvEncoding.UTF_8).problems().get(0).messageKey());
        StaffCsvReader.Result unclosed = read(HEADER + "\n\"1101,砂川\n", StandardCharsets.UTF_8);
        assertEquals(0, unclosed.problems().get(0).line());
        assertTrue(unclosed.problems().get(0).messageKey().startsWith("import.file."), unclosed.problems().toString());
    }

    @Test
    void datesAreReadInTheFormsHrSystemsUse() {
        assertEquals(LocalDate.of(2025, 4, 1), StaffCsvReader.parseDate("2025-04-01").orElseThrow());
        assertEquals(LocalDate.of(2025, 4, 1), StaffCsvReader.parseDate("2025/4/1").orElseThrow());
        assertEquals(LocalDate.of(2025, 4, 1), StaffCsvReader.parseDate("2025.4.1").orElseThrow());
        assertEquals(LocalDate.of(2019, 5, 1), StaffCsvReader.parseDate("令和元年5月1日").orElseThrow());
        assertEquals(LocalDate.of(2019, 4, 30), StaffCsvReader.parseDate("平成31年4月30日").orElseThrow());
        assertTrue(StaffCsvReader.parseDate("2025-02-30").isEmpty());
        assertTrue(StaffCsvReader.parseDate("令和元年4月1日").isEmpty(), "令和 began on 1 May 2019");
        assertTrue(StaffCsvReader.parseDate("April 1st").isEmpty());
    }

    @Test
    void theTemplateHeaderIsWhatTheReaderExpects() {
        assertEquals(HEADER, StaffColumn.templateHeader());
        assertEquals(Optional.of(StaffColumn.FAMILY_NAME_KANA), StaffColumn.forHeader("氏（カナ）"));
        assertEquals(Optional.of(StaffColumn.EMPLOYEE_NUMBER), StaffColumn.forHeader("Employee_Number"));
    }
}
