package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainer uploads packages on the upload page: a hostile one is refused with the reason in
 * Japanese, a real one becomes a course that an employee finds in the catalogue and opens.
 */
class CourseUploadIT extends BrowserIT {

    private static final Path CORPUS = Path.of(System.getProperty("manabi.shared.dir", "../../shared"), "scorm-corpus");

    @TempDir
    Path files;

    @Test
    void aTrainerUploadsAndAnEmployeeFindsTheCourse() throws Exception {
        browser.signIn(this, TRAINER, PASSWORD);
        browser.open(url("courses/upload.xhtml"));
        browser.checkAccessibility();

        Path slip = files.resolve("slip.zip");
        Files.write(slip, zip("imsmanifest.xml", "<manifest/>", "../../evil.html", "x"));
        browser.attach("input[type='file']", slip);
        browser.waitForText("[id='messages']", "slip.zip は登録できませんでした");
        String problems = browser.text("[id='problems']");
        assertTrue(problems.contains("../../evil.html") || problems.contains("「..」"), problems);
        browser.checkAccessibility();

        browser.typeInto("[id='upload:title']", "情報セキュリティ研修 (ゴルフ版)");
        browser.driver.findElement(org.openqa.selenium.By.id("upload:title")).sendKeys(org.openqa.selenium.Keys.TAB);
        browser.attach("input[type='file']", CORPUS.resolve("scorm2004/ContentPackagingMetadata_SCORM20043rdEdition.zip"));
        browser.waitForText("[id='messages']", "「情報セキュリティ研修 (ゴルフ版)」を登録しました");
        browser.checkAccessibility();

        // A new course is a draft: the trainer describes it and publishes it.
        browser.clickAndLoad("[id='editCourse']");
        browser.waitForText("#courseStatus", "下書き");
        browser.checkAccessibility();
        browser.selectValue("course:category", "INFORMATION_SECURITY");
        browser.typeInto("[id='course:minutes']", "30");
        browser.typeInto("input[id$='points'][id*=':1:']", "10");
        browser.clickAndLoad("[id='course:save']");
        browser.waitForText("[id='messages']", "保存しました");
        browser.clickAndLoad("[id='lifecycle:publish']");
        browser.waitForText("#courseStatus", "公開中");
        browser.waitForText("#history", "公開");
        browser.checkAccessibility();
        // The trainer previews it as a learner: the player runs, nothing is recorded.
        browser.clickAndLoad("[id='preview']");
        browser.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!(window.manabiPlayer && manabiPlayer.state().current && !manabiPlayer.state().busy)")) ? true : null);
        browser.waitForText("#previewNote", "受講記録には残りません");
        browser.checkAccessibility();
        browser.open(url("my-page.xhtml"));
        try (java.sql.Connection c = TestDatabase.connect(); java.sql.PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM registration r JOIN user_account u ON u.employee_id = r.employee_id"
                        + " JOIN course k ON k.id = r.course_id WHERE u.login = ? AND k.title = ?")) {
            st.setString(1, TRAINER);
            st.setString(2, "情報セキュリティ研修 (ゴルフ版)");
            try (java.sql.ResultSet rs = st.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "a preview records nothing");
            }
        }

        browser.signIn(this, EMPLOYEE, PASSWORD);
        browser.open(url("learn/courses.xhtml?category=INFORMATION_SECURITY"));
        browser.checkAccessibility();
        browser.waitForText("#courseList", "情報セキュリティ研修 (ゴルフ版)");
        browser.clickAndLoad("#courseList a");
        browser.checkAccessibility();
        browser.waitForText("#points", "10点");
        browser.clickAndLoad("[id='actions:enrol']");
        browser.waitForText("[id='messages']", "受講登録しました");
        browser.clickAndLoad("[id='actions:start']");
        browser.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!(window.manabiPlayer && manabiPlayer.state().current)")) ? true : null);
        browser.waitForText("#player-toc", "Golf Explained");
        browser.open(url("learn/my-learning.xhtml"));
        browser.checkAccessibility();
        browser.waitForText("#inProgress", "情報セキュリティ研修 (ゴルフ版)");
    }

    @Test
    void aTrainerCannotChangeAnotherTrainersCourse() throws Exception {
        long hrCourse = Api.as(this, HR, PASSWORD).uploadCourse(CORPUS.resolve("scorm12/RuntimeBasicCalls_SCORM12.zip"));
        Api trainer = Api.as(this, TRAINER, PASSWORD);
        assertEquals(403, trainer.post("api/courses/" + hrCourse + "/retire", "").statusCode(), "through the service");
        assertEquals(204, Api.as(this, HR, PASSWORD).post("api/courses/" + hrCourse + "/retire", "").statusCode());
        browser.signIn(this, TRAINER, PASSWORD);
        browser.open(url("courses/edit.xhtml?course=" + hrCourse));
        assertTrue(browser.title().contains("権限") || browser.driver.getPageSource().contains("権限がありません"),
                "through the address: " + browser.title());
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
