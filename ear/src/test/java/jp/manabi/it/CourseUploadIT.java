package jp.manabi.it;

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
        browser.attach("input[type='file']", CORPUS.resolve("scorm2004/ContentPackagingMetadata_SCORM20043rdEdition.zip"));
        browser.waitForText("[id='messages']", "「情報セキュリティ研修 (ゴルフ版)」を登録しました");
        browser.checkAccessibility();

        browser.signIn(this, EMPLOYEE, PASSWORD);
        browser.open(url("learn/courses.xhtml"));
        browser.checkAccessibility();
        browser.waitForText("#courseList", "情報セキュリティ研修 (ゴルフ版)");
        browser.clickAndLoad("#courseList a[href*='player.xhtml']:last-of-type");
        browser.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!(window.manabiPlayer && manabiPlayer.state().current)")) ? true : null);
        browser.waitForText("#player-toc", "Golf Explained");
        browser.waitForText("h1", "情報セキュリティ研修 (ゴルフ版)");
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
