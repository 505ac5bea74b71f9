package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * HR imports staff files in the browser: broken files are refused whole with every problem listed
 * by line and column in Japanese, good files (UTF-8 and Shift_JIS) are imported, a second import of
 * the same file changes nothing, and the new staff appear in the staff list.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class StaffImportIT extends BrowserIT {

    private static final String HEADER = "職員番号,氏,名,氏カナ,名カナ,メールアドレス,所属コード,職位,職位発令日,上司職員番号,採用日";

    @TempDir
    static Path files;

    private Path file(String name, String content, Charset charset, boolean bom) throws IOException {
        byte[] text = content.getBytes(charset);
        byte[] bytes = text;
        if (bom) {
            bytes = new byte[text.length + 3];
            bytes[0] = (byte) 0xef;
            bytes[1] = (byte) 0xbb;
            bytes[2] = (byte) 0xbf;
            System.arraycopy(text, 0, bytes, 3, text.length);
        }
        return Files.write(files.resolve(name), bytes);
    }

    private void upload(Path file) {
        browser.open(url("hr/import.xhtml"));
        browser.attach("input[type='file']", file);
    }

    private static long staffNumbered(String prefix) throws SQLException {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("select count(*) from employee where employee_number like ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    @Order(1)
    void aFileWithoutTheRequiredColumnsIsRefused() throws Exception {
        browser.signIn(this, HR, PASSWORD);
        upload(file("columns.csv", "職員番号,氏,名\n9001,砂川,一郎\n", StandardCharsets.UTF_8, false));
        browser.waitForText("[id='messages']", "何も取り込んでいません");
        String problems = browser.text("[id='problems']");
        assertTrue(problems.contains("必須の見出し「氏カナ」がありません"), problems);
        assertTrue(problems.contains("必須の見出し「所属コード」がありません"), problems);
        browser.checkAccessibility();
        assertEquals(0, staffNumbered("900"));
    }

    @Test
    @Order(2)
    void everyBadLineIsReportedAndNothingIsImported() throws Exception {
        browser.signIn(this, HR, PASSWORD);
        String content = HEADER + "\n"
                + "9001,砂川,一郎,スナガワ,イチロウ,,GA1A,係員,2025-04-01,1031,2025-04-01\n"
                + "9002,砂川,二郎,スナガワ,ジロウ,,ZZ9,係員,2025-04-01,,\n"
                + "9001,砂川,三郎,スナガワ,サブロウ,,GA1A,係員,2025-04-01,,\n"
                + "9004,砂川,四郎,スナガワ,シロウ,,GA1A,係員,2025/13/45,,\n"
                + "9005,砂川,五郎,砂川,ゴロウ,mail-without-at,GA1A,社長,2025-04-01,7777,\n";
        upload(file("rows.csv", content, StandardCharsets.UTF_8, false));
        browser.waitForText("[id='messages']", "何も取り込んでいません");
        String problems = browser.text("[id='problems']");
        assertTrue(problems.contains("所属コード「ZZ9」の部署は登録されていません"), problems);
        assertTrue(problems.contains("職員番号 9001 が 2 行目と重複しています"), problems);
        assertTrue(problems.contains("日付「2025/13/45」を読み取れません"), problems);
        assertTrue(problems.contains("職位「社長」は登録されていません"), problems);
        assertTrue(problems.contains("メールアドレス「mail-without-at」の形式が正しくありません"), problems);
        assertTrue(problems.contains("上司の職員番号「7777」"), problems);
        assertTrue(problems.contains("カナ"), problems);
        browser.checkAccessibility();
        assertEquals(0, staffNumbered("900"), "all or nothing: the good first line was not imported either");
    }

    @Test
    @Order(3)
    void aFileInNeitherEncodingAndAnEmptyFileAreRefused() throws Exception {
        browser.signIn(this, HR, PASSWORD);
        Path binary = Files.write(files.resolve("binary.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd, 0x00, 0x41});
        upload(binary);
        browser.waitForText("[id='messages']", "何も取り込んでいません");
        assertTrue(browser.text("[id='problems']").contains("文字コードを判定できません"));
        upload(file("empty.csv", "", StandardCharsets.UTF_8, false));
        browser.waitForText("[id='messages']", "何も取り込んでいません");
        assertTrue(browser.text("[id='problems']").contains("ファイルが空です"));
    }

    @Test
    @Order(4)
    void goodFilesInUtf8AndShiftJisAreImportedOnce() throws Exception {
        browser.signIn(this, HR, PASSWORD);
        String content = HEADER + "\n"
                + "9001,砂川,一郎,スナガワ,イチロウ,ichiro@example.jp,GA1A,係員,2025-04-01,9003,2025-04-01\n"
                + "9002,髙橋,二郎,ﾀｶﾊｼ,じろう,,CZ1B,主任職,令和7年4月1日,9003,2019-04-01\n"
                + "9003,砂川,三郎,スナガワ,サブロウ,,GA1A,係長職,2025-04-01,1011,2010-04-01\n";
        Path utf8 = file("good-utf8.csv", content, StandardCharsets.UTF_8, true);
        upload(utf8);
        browser.waitForText("[id='messages']", "3行を取り込みました(新規 3件、更新 0件、変更なし 0件)");
        browser.checkAccessibility();
        assertEquals(3, staffNumbered("900"));

        upload(utf8);
        browser.waitForText("[id='messages']", "3行を取り込みました(新規 0件、更新 0件、変更なし 3件)");

        String sjis = HEADER + "\n9004,砂川,四郎,スナガワ,シロウ,,GA1B,係員,2026-04-01,9003,2026-04-01\n";
        upload(file("good-sjis.csv", sjis, Charset.forName("windows-31j"), false));
        browser.waitForText("[id='messages']", "1行を取り込みました(新規 1件");
        assertEquals(4, staffNumbered("900"));

        browser.open(url("hr/staff.xhtml"));
        browser.type("staff:text", "900");
        browser.click("[id='staff:apply']");
        browser.waitForText("[id='staff:list']", "9004");
        String list = browser.text("[id='staff:list']");
        assertTrue(list.contains("髙橋 二郎") && list.contains("タカハシ ジロウ"), "kana normalised to full-width katakana: " + list);
        assertTrue(list.contains("係長職"), list);
        browser.checkAccessibility();
        browser.screenshot("staff-list-after-import");
    }

    @Test
    @Order(5)
    void aLargeFileIsImportedInTheBackgroundWithProgress() throws Exception {
        browser.signIn(this, HR, PASSWORD);
        StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 5000; i++) {
            content.append(50000 + i).append(",砂川,職員").append(i).append(",スナガワ,ショクイン,,GA1B,係員,2026-04-01,1042,2026-04-01\n");
        }
        long start = System.nanoTime();
        upload(file("large.csv", content.toString(), StandardCharsets.UTF_8, false));
        browser.waitForText("[id='messages']", "5,000行を取り込みました(新規 5,000件");
        System.out.printf("Imported 5,000 staff lines through the browser in %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertEquals(5000, staffNumbered("5"));
        browser.checkAccessibility();
    }
}
