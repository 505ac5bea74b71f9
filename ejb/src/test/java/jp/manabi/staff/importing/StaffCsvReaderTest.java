package jp.manabi.staff.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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
 * before anything is imported, with its line (as a spreadsheet numbers it, the header being line 1),
 * its column's header and a message key; the usual bends of real exports are accepted.
 */
class StaffCsvReaderTest {

    static final String HEADER = "職員番号,氏,名,氏カナ,名カナ,メールアドレス,所属コード,職位,職位発令日,上司職員番号,採用日";
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** The city as the reader sees it: two 係, four ways to write three grades, one existing employee. */
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

    private StaffCsvReader.Result read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), CsvEncoding.AUTO);
    }

    private static StaffCsvReader.Result assertRead(StaffCsvReader.Result result, int records) {
        assertTrue(result.ok(), () -> result.problems().toString());
        assertEquals(records, result.records().size());
        return result;
    }

    private static void assertProblem(StaffCsvReader.Result result, int line, String column, String key) {
        assertTrue(result.problems().stream().anyMatch(p -> p.line() == line && p.column().equals(column)
                && p.messageKey().equals(key)), () -> "expected " + key + " at line " + line + ", column " + column
                        + " in " + result.problems());
    }

    private static ImportProblem onlyProblem(StaffCsvReader.Result result) {
        assertEquals(1, result.problems().size(), () -> result.problems().toString());
        assertTrue(result.records().isEmpty());
        return result.problems().get(0);
    }

    /** One good line with the values in the template's order, a value replaced where given. */
    private static String line(String number, Map<Integer, String> replace) {
        String[] values = {number, "砂川", "一郎", "スナガワ", "イチロウ", "", "GA1A", "係員", "2025-04-01", "", ""};
        replace.forEach((column, value) -> values[column] = value);
        return String.join(",", values);
    }

    private static byte[] withBom(byte[] utf8) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xef);
        out.write(0xbb);
        out.write(0xbf);
        out.writeBytes(utf8);
        return out.toByteArray();
    }

    @Test
    void aCleanFileReadsInUtf8WithAndWithoutBomAndInShiftJis() {
        String text = HEADER + "\r\n"
                + "1101,髙橋,一郎,ﾀｶﾊｼ,いちろう,ichiro@example.jp,GA1A,係員,令和7年4月1日,1031,2025/4/1\r\n"
                + "１１０２,砂川,花子,スナガワ,ハナコ,,CZ1B,主任職,令和元年5月1日,1101,\r\n"
                + ",,,,,,,,,,\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] sjis = text.getBytes(WINDOWS_31J);
        Map<CsvEncoding, List<byte[]>> files = Map.of(
                CsvEncoding.AUTO, List.of(withBom(utf8), utf8, sjis),
                CsvEncoding.UTF_8, List.of(withBom(utf8), utf8),
                CsvEncoding.SHIFT_JIS, List.of(sjis));
        for (Map.Entry<CsvEncoding, List<byte[]>> file : files.entrySet()) {
            for (byte[] bytes : file.getValue()) {
                StaffCsvReader.Result result = assertRead(reader.read(bytes, file.getKey()), 2);
                StaffRecord first = result.records().get(0);
                assertEquals(2, first.line());
                assertEquals("1101", first.employeeNumber());
                assertEquals("髙橋", first.name().familyName(), "CP932's 髙 survives both encodings");
                assertEquals("一郎", first.name().givenName());
                assertEquals("タカハシ", first.name().familyNameKana(), "half-width katakana become full-width");
                assertEquals("イチロウ", first.name().givenNameKana(), "hiragana become katakana");
                assertEquals("ichiro@example.jp", first.email());
                assertEquals("GA1A", first.departmentCode());
                assertEquals("STAFF", first.gradeCode(), "the grade's name is resolved to its code");
                assertEquals(LocalDate.of(2025, 4, 1), first.gradeEffectiveFrom(), "令和7年4月1日");
                assertEquals("1031", first.supervisorNumber(), "a supervisor already in the city");
                assertEquals(LocalDate.of(2025, 4, 1), first.hireDate());
                StaffRecord second = result.records().get(1);
                assertEquals(3, second.line());
                assertEquals("1102", second.employeeNumber(), "full-width digits are normalised");
                assertNull(second.email());
                assertEquals("SENIOR_STAFF", second.gradeCode());
                assertEquals(LocalDate.of(2019, 5, 1), second.gradeEffectiveFrom(), "令和元年5月1日");
                assertEquals("1101", second.supervisorNumber(), "a supervisor further up the file");
                assertNull(second.hireDate(), "the hire date is optional");
            }
        }
    }

    @Test
    void headersMayBeEnglishOrVariantsInAnyOrderAndOptionalColumnsMayBeLeftOut() {
        String text = "Grade, Department_Code ,氏（カナ）,名ふりがな,姓,名,職員番号,発令日\n"
                + "係長職,CZ1B,さとう,ｹﾝ,佐藤,健,００４２,令和７年４月１日\n";
        StaffRecord record = assertRead(read(text), 1).records().get(0);
        assertEquals("0042", record.employeeNumber());
        assertEquals("サトウ", record.name().familyNameKana());
        assertEquals("ケン", record.name().givenNameKana());
        assertEquals("SUBSECTION_CHIEF", record.gradeCode());
        assertEquals(LocalDate.of(2025, 4, 1), record.gradeEffectiveFrom(), "full-width era dates too");
        assertNull(record.supervisorNumber());
        assertEquals(HEADER, StaffColumn.templateHeader(), "the template the page offers is what the reader expects");
        assertEquals(Optional.of(StaffColumn.FAMILY_NAME_KANA), StaffColumn.forHeader("氏（カナ）"));
        assertEquals(Optional.of(StaffColumn.EMPLOYEE_NUMBER), StaffColumn.forHeader("Employee_Number"));
        assertEquals(Optional.of(StaffColumn.EMPLOYEE_NUMBER), StaffColumn.forHeader("職員　番号"));
        assertEquals(Optional.empty(), StaffColumn.forHeader("ニックネーム"));
    }

    @Test
    void unknownMissingAndDuplicateColumnsAreReportedOnTheHeaderLine() {
        StaffCsvReader.Result result = read("職員番号,氏,名,ニックネーム,氏\n1,a,b,c,d\n");
        assertProblem(result, 1, "ニックネーム", "import.header.unknown");
        assertProblem(result, 1, "氏", "import.header.duplicate");
        for (String missing : List.of("氏カナ", "名カナ", "所属コード", "職位", "職位発令日")) {
            assertProblem(result, 1, missing, "import.header.missing");
        }
        assertEquals(7, result.problems().size(), result.problems().toString());
        assertEquals(List.of("ニックネーム", HEADER), result.problems().get(0).arguments(),
                "the message shows the template header to compare with");
        assertTrue(result.records().isEmpty(), "no line is read under a wrong header");
    }

    @Test
    void theWrongKindOfFileIsRefusedOnItsHeader() {
        StaffCsvReader.Result result = read("研修名,開催日,定員\n情報セキュリティ研修,2026-05-01,40\n");
        assertProblem(result, 1, "研修名", "import.header.unknown");
        assertProblem(result, 1, "開催日", "import.header.unknown");
        assertProblem(result, 1, "定員", "import.header.unknown");
        assertProblem(result, 1, "職員番号", "import.header.missing");
        assertEquals(3 + 8, result.problems().size(), "three unknown and all eight required columns missing");
        StaffCsvReader.Result semicolons = read("職員番号;氏;名\n1;2;3\n");
        assertProblem(semicolons, 1, "職員番号;氏;名", "import.header.unknown");
    }

    @Test
    void everyBadValueOfEveryLineIsReportedWithItsLineAndColumn() {
        String text = HEADER + "\n"
                + "1101,砂川,一郎,スナガワ,イチロウ,,GA1A,係員,2025-04-01,,\n"
                + "1101,砂川,二郎,スナガワ,ジロウ,,ZZ9,社長,2025-13-01,7777,\n"
                + "11-02!,,三郎,砂川,サブロウ,no-at-sign,GA1A,係員,,1103,\n"
                + "1104,砂川,四郎,スナガワ,Shiro,taro@@example.jp,,,2025-04-01,1104,昨日\n";
        StaffCsvReader.Result result = read(text);
        assertProblem(result, 3, "職員番号", "import.number.duplicate");
        assertProblem(result, 3, "所属コード", "import.department.unknown");
        assertProblem(result, 3, "職位", "import.grade.unknown");
        assertProblem(result, 3, "職位発令日", "import.date.invalid");
        assertProblem(result, 3, "上司職員番号", "import.supervisor.unknown");
        assertProblem(result, 4, "職員番号", "import.number.invalid");
        assertProblem(result, 4, "氏", "import.value.required");
        assertProblem(result, 4, "氏カナ", "import.kana.invalid");
        assertProblem(result, 4, "メールアドレス", "import.email.invalid");
        assertProblem(result, 4, "職位発令日", "import.value.required");
        assertProblem(result, 4, "上司職員番号", "import.supervisor.unknown");
        assertProblem(result, 5, "名カナ", "import.kana.invalid");
        assertProblem(result, 5, "メールアドレス", "import.email.invalid");
        assertProblem(result, 5, "所属コード", "import.value.required");
        assertProblem(result, 5, "職位", "import.value.required");
        assertProblem(result, 5, "上司職員番号", "import.supervisor.self");
        assertProblem(result, 5, "採用日", "import.date.invalid");
        assertEquals(17, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().stream().noneMatch(p -> p.line() == 2), "line 2 is fine");
        assertTrue(result.records().isEmpty(), "nothing is imported while any line is wrong");
    }

    @Test
    void theArgumentsNameTheOffendingValue() {
        StaffCsvReader.Result result = read(HEADER + "\n" + line("1101", Map.of(6, "ZZ9", 7, "社長", 8, "2025-02-30", 9, "7777")) + "\n");
        Map<String, List<String>> arguments = Map.of(
                "import.department.unknown", List.of("ZZ9"),
                "import.grade.unknown", List.of("社長"),
                "import.date.invalid", List.of("2025-02-30"),
                "import.supervisor.unknown", List.of("7777"));
        assertEquals(arguments.size(), result.problems().size(), result.problems().toString());
        for (ImportProblem p : result.problems()) {
            assertEquals(arguments.get(p.messageKey()), p.arguments(), p.toString());
            assertEquals(2, p.line());
        }
    }

    /** A duplicate is reported on its second line, and the message names the first, so HR sees both. */
    @Test
    void aDuplicateEmployeeNumberNamesBothLines() {
        String text = HEADER + "\n" + line("1101", Map.of()) + "\n" + line("1102", Map.of()) + "\n"
                + line("１１０１", Map.of(2, "二郎")) + "\n";
        StaffCsvReader.Result result = read(text);
        ImportProblem duplicate = onlyProblem(result);
        assertEquals(4, duplicate.line());
        assertEquals("職員番号", duplicate.column());
        assertEquals("import.number.duplicate", duplicate.messageKey());
        assertEquals(List.of("1101", "2"), duplicate.arguments(), "the number, and the line it was first seen on");
    }

    @Test
    void supervisorsMustExistAndBeSomeoneElse() {
        assertRead(read(HEADER + "\n" + line("1101", Map.of(9, "1102")) + "\n" + line("1102", Map.of(9, "1031")) + "\n"), 2);
        ImportProblem self = onlyProblem(read(HEADER + "\n" + line("1101", Map.of(9, "１１０１")) + "\n"));
        assertEquals(List.of(2, "上司職員番号", "import.supervisor.self", List.of("1101")),
                List.of(self.line(), self.column(), self.messageKey(), self.arguments()));
        ImportProblem unknown = onlyProblem(read(HEADER + "\n" + line("1101", Map.of(9, "9999")) + "\n"));
        assertEquals(List.of(2, "上司職員番号", "import.supervisor.unknown", List.of("9999")),
                List.of(unknown.line(), unknown.column(), unknown.messageKey(), unknown.arguments()));
    }

    @Test
    void kanaMayBeTypedInAnyKanaButNotInLettersOrKanji() {
        StaffRecord record = assertRead(read(HEADER + "\n" + line("1101", Map.of(3, "ｽﾅｶﾞﾜ", 4, "いちろう")) + "\n"), 1)
                .records().get(0);
        assertEquals("スナガワ", record.name().familyNameKana());
        assertEquals("イチロウ", record.name().givenNameKana());
        assertEquals("import.kana.invalid", onlyProblem(read(HEADER + "\n" + line("1101", Map.of(3, "砂川")) + "\n")).messageKey());
        assertEquals("import.kana.invalid", onlyProblem(read(HEADER + "\n" + line("1101", Map.of(4, "Ichiro")) + "\n")).messageKey());
    }

    @Test
    void emailAddressesAreCheckedAndNormalised() {
        StaffRecord record = assertRead(read(HEADER + "\n" + line("1101", Map.of(5, "ｉｃｈｉｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")) + "\n"), 1)
                .records().get(0);
        assertEquals("ichiro@example.jp", record.email(), "full-width letters, as an IME types them, are normalised");
        for (String bad : List.of("ichiro", "ichiro@example", "a b@example.jp", "@example.jp")) {
            ImportProblem p = onlyProblem(read(HEADER + "\n" + line("1101", Map.of(5, bad)) + "\n"));
            assertEquals(List.of("メールアドレス", "import.email.invalid"), List.of(p.column(), p.messageKey()), bad);
        }
    }

    @Test
    void eraDatesAndTheUsualWesternFormsAreRead() {
        assertEquals(LocalDate.of(2025, 4, 1), StaffCsvReader.parseDate("令和7年4月1日").orElseThrow());
        assertEquals(LocalDate.of(2019, 5, 1), StaffCsvReader.parseDate("令和元年5月1日").orElseThrow());
        assertEquals(LocalDate.of(2019, 4, 30), StaffCsvReader.parseDate("平成31年4月30日").orElseThrow());
        assertEquals(LocalDate.of(1989, 1, 8), StaffCsvReader.parseDate("平成元年1月8日").orElseThrow());
        assertEquals(LocalDate.of(1985, 4, 1), StaffCsvReader.parseDate("昭和60年4月1日").orElseThrow());
        assertEquals(LocalDate.of(2025, 4, 1), StaffCsvReader.parseDate("2025-04-01").orElseThrow());
        assertEquals(LocalDate.of(2025, 4, 1), StaffCsvReader.parseDate("2025/4/1").orElseThrow());
        assertEquals(LocalDate.of(2025, 4, 1), StaffCsvReader.parseDate("2025.4.1").orElseThrow());
        assertTrue(StaffCsvReader.parseDate("令和元年4月1日").isEmpty(), "令和 began on 1 May 2019");
        assertTrue(StaffCsvReader.parseDate("平成31年5月1日").isEmpty(), "平成 ended on 30 April 2019");
        assertTrue(StaffCsvReader.parseDate("2025-02-30").isEmpty());
        assertTrue(StaffCsvReader.parseDate("2025-13-01").isEmpty());
        assertTrue(StaffCsvReader.parseDate("April 1st").isEmpty());
        assertTrue(StaffCsvReader.parseDate("25/4/1").isEmpty(), "a two-digit year is ambiguous");
    }

    @Test
    void anEraDateInTheFileIsRead() {
        StaffRecord record = assertRead(read(HEADER + "\n" + line("1101", Map.of(8, "令和元年5月1日", 10, "平成31年4月1日")) + "\n"), 1)
                .records().get(0);
        assertEquals(LocalDate.of(2019, 5, 1), record.gradeEffectiveFrom());
        assertEquals(LocalDate.of(2019, 4, 1), record.hireDate());
        ImportProblem p = onlyProblem(read(HEADER + "\n" + line("1101", Map.of(8, "令和元年4月1日")) + "\n"));
        assertEquals(List.of(2, "職位発令日", "import.date.invalid"), List.of(p.line(), p.column(), p.messageKey()));
    }

    /** Line numbers are the spreadsheet's rows: an empty row counts, a quoted value across lines is one row. */
    @Test
    void blankLinesKeepTheLineNumbersOfTheLinesAfterThem() {
        String text = HEADER + "\n" + line("1101", Map.of()) + "\n\n" + line("1102", Map.of(6, "ZZ9")) + "\n";
        ImportProblem p = onlyProblem(read(text));
        assertEquals(4, p.line(), "header 1, 1101 on 2, an empty line 3, 1102 on 4");
        String blanks = HEADER + "\n,,,,,,,,,,\n" + line("1101", Map.of()) + "\n\n\n" + line("1102", Map.of(6, "ZZ9")) + "\n\n";
        assertEquals(6, onlyProblem(read(blanks)).line());
        String quoted = HEADER + "\n" + line("1101", Map.of(2, "\"一\n郎\"")) + "\n" + line("1102", Map.of(6, "ZZ9")) + "\n";
        assertEquals(3, onlyProblem(read(quoted)).line(), "a value over two lines is one row of the spreadsheet");
        StaffCsvReader.Result clean = assertRead(read(HEADER + "\n\n" + line("1101", Map.of()) + "\n\n"), 1);
        assertEquals(3, clean.records().get(0).line());
        StaffCsvReader.Result late = read("\n\n" + HEADER + ",ニックネーム\n" + line("1101", Map.of()) + "\n");
        assertProblem(late, 3, "ニックネーム", "import.header.unknown");
        StaffCsvReader.Result lateLine = read("\n" + HEADER + "\n" + line("1101", Map.of(6, "ZZ9")) + "\n");
        assertEquals(3, onlyProblem(lateLine).line(), "empty lines above the header count too");
    }

    @Test
    void extraValuesAndOverlongValuesAreReported() {
        ImportProblem extra = onlyProblem(read(HEADER + "\n" + line("1101", Map.of()) + ",余分\n"));
        assertEquals(List.of(2, "", "import.row.extraValues"), List.of(extra.line(), extra.column(), extra.messageKey()));
        assertRead(read(HEADER + "\n" + line("1101", Map.of()) + ",,\n"), 1);
        ImportProblem tooLong = onlyProblem(read(HEADER + "\n" + line("1101", Map.of(2, "郎".repeat(101))) + "\n"));
        assertEquals(List.of(2, "名", "import.value.tooLong"), List.of(tooLong.line(), tooLong.column(), tooLong.messageKey()));
        StaffCsvReader.Result shortLine = read(HEADER + "\n1101,砂川,一郎,スナガワ,イチロウ\n");
        assertProblem(shortLine, 2, "所属コード", "import.value.required");
        assertProblem(shortLine, 2, "職位", "import.value.required");
        assertProblem(shortLine, 2, "職位発令日", "import.value.required");
        assertEquals(3, shortLine.problems().size(), "a short line misses its values");
    }

    @Test
    void emptyFilesAreRefused() {
        assertEquals("import.file.empty", onlyProblem(reader.read(new byte[0], CsvEncoding.AUTO)).messageKey());
        assertEquals("import.file.empty", onlyProblem(reader.read(null, CsvEncoding.AUTO)).messageKey());
        assertEquals("import.file.empty", onlyProblem(read("\n\n\r\n")).messageKey());
        assertEquals("import.file.empty", onlyProblem(reader.read(withBom(new byte[0]), CsvEncoding.AUTO)).messageKey(),
                "a BOM and nothing else");
        ImportProblem empty = onlyProblem(read(""));
        assertEquals(0, empty.line(), "a problem of the whole file has no line");
        assertEquals("", empty.column());
    }

    @Test
    void aHeaderWithoutLinesIsRefused() {
        assertEquals("import.file.noRows", onlyProblem(read(HEADER + "\n")).messageKey());
        assertEquals("import.file.noRows", onlyProblem(read(HEADER)).messageKey());
        assertEquals("import.file.noRows", onlyProblem(read(HEADER + "\n\n,,,,,,,,,,\n\n")).messageKey());
    }

    @Test
    void filesInNeitherEncodingAreRefused() {
        // 0xFD-0xFF are lead bytes of nothing in CP932 and never appear in UTF-8.
        byte[] neither = {(byte) 0xff, (byte) 0xfe, (byte) 0xfd, 0x41, 0x2c, 0x42, 0x0a};
        ImportProblem unknown = onlyProblem(reader.read(neither, CsvEncoding.AUTO));
        assertEquals("import.file.encoding.unknown", unknown.messageKey());
        assertEquals(0, unknown.line());
        byte[] sjis = (HEADER + "\n" + line("1101", Map.of()) + "\n").getBytes(WINDOWS_31J);
        ImportProblem wrong = onlyProblem(reader.read(sjis, CsvEncoding.UTF_8));
        assertEquals("import.file.encoding.wrong", wrong.messageKey());
        assertEquals(List.of("UTF_8"), wrong.arguments(), "the message names the encoding HR chose");
        assertEquals("import.file.encoding.wrong", onlyProblem(reader.read(neither, CsvEncoding.SHIFT_JIS)).messageKey());
        assertRead(reader.read(sjis, CsvEncoding.SHIFT_JIS), 1);
    }

    @Test
    void aBrokenQuoteRefusesTheFile() {
        ImportProblem broken = onlyProblem(read(HEADER + "\n\"1101,砂川\n"));
        assertEquals(0, broken.line());
        assertEquals("import.file.malformed", broken.messageKey());
    }
}
