package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A course from upload to certificate: a trainer uploads a corpus package and a material and
 * publishes; an employee finds it, enrols, completes it and downloads the certificate; HR checks the
 * certificate's code. Also: a supervisor assigns a course to their staff with a due date, and a
 * trainer shares a course with a co-owner.
 */
class CourseLifecycleIT extends BrowserIT {

    private static final Path CORPUS = Path.of(System.getProperty("manabi.shared.dir", "../../shared"), "scorm-corpus");
    /** 係員 who takes the course in the first test and nowhere else. */
    private static final String LEARNER = "1064";
    /** The second trainer of the demo city (a 係員). */
    private static final String OTHER_TRAINER = "1069";

    @TempDir
    Path files;

    @Test
    void fromUploadToAVerifiedCertificate() throws Exception {
        String title = "住民情報の取扱い (修了証テスト)";
        browser.signIn(this, TRAINER, PASSWORD);
        browser.open(url("courses/upload.xhtml"));
        browser.typeInto("[id='upload:title']", title);
        browser.driver.findElement(By.id("upload:title")).sendKeys(org.openqa.selenium.Keys.TAB);
        browser.attach("input[type='file']", CORPUS.resolve("scorm12/RuntimeMinimumCalls_SCORM12.zip"));
        browser.waitForText("[id='messages']", "「" + title + "」を登録しました");
        browser.clickAndLoad("[id='editCourse']");
        browser.selectValue("course:category", "INFORMATION_SECURITY");
        browser.typeInto("[id='course:minutes']", "15");
        browser.typeInto("input[id$='points'][id*=':1:']", "12");
        browser.clickAndLoad("[id='course:save']");
        browser.waitForText("[id='messages']", "保存しました");

        Path handout = files.resolve("個人情報の取扱い.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(handout.toFile());
        }
        browser.attach("form[id='material'] input[type='file']", handout);
        browser.waitForText("#materials", "個人情報の取扱い.pdf");
        browser.clickAndLoad("[id='lifecycle:publish']");
        browser.waitForText("#courseStatus", "公開中");
        browser.checkAccessibility();
        long course = Long.parseLong(TestDatabase.value("SELECT id FROM course WHERE title = ?", title));

        browser.signIn(this, LEARNER, PASSWORD);
        browser.open(url("learn/courses.xhtml?category=INFORMATION_SECURITY"));
        browser.waitForText("#courseList", title);
        browser.driver.findElement(By.linkText(title)).click();
        browser.waitForPage();
        browser.waitForText("#materials", "個人情報の取扱い.pdf");
        browser.clickAndLoad("[id='actions:enrol']");
        browser.waitForText("[id='messages']", "受講登録しました");
        browser.clickAndLoad("[id='actions:start']");
        browser.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.manabiPlayer && manabiPlayer.state().current && !manabiPlayer.state().busy)")) ? true : null);
        // Every SCO of the package, in order: SCORM 1.2 records a SCO that finishes without a status as completed.
        for (int step = 0; step < 40 && browser.driver.findElement(By.id("player-next")).isEnabled(); step++) {
            String before = current();
            browser.click("#player-next");
            browser.until(d -> {
                Object now = ((JavascriptExecutor) d).executeScript("var s = manabiPlayer.state(); return s.busy ? null : s.current");
                return now != null && !now.equals(before) ? true : null;
            });
        }
        browser.driver.findElement(By.id("player-exit")).click();
        browser.waitForText("#player-status", "終了しました");
        assertEquals("12", TestDatabase.awaitValue("SELECT p.points FROM completion_points p JOIN completion k ON k.id = p.completion_id"
                + " JOIN employee e ON e.id = k.employee_id WHERE k.course_id = ? AND e.employee_number = ?", course, LEARNER));
        long completion = Long.parseLong(TestDatabase.value("SELECT k.id FROM completion k JOIN employee e ON e.id = k.employee_id"
                + " WHERE k.course_id = ? AND e.employee_number = ?", course, LEARNER));

        browser.open(url("learn/my-learning.xhtml"));
        browser.waitForText("#completed", title);
        browser.checkAccessibility();
        String href = browser.driver.findElement(By.cssSelector("#completed a.certificate")).getAttribute("href");
        assertTrue(href.endsWith("/certificates/" + completion), href);
        String text = pdfText(download(href));
        assertTrue(text.contains("修了証"), text);
        assertTrue(text.contains(title), text);
        assertTrue(text.contains("職員番号 " + LEARNER), text);
        assertTrue(text.contains("令和"), "the date in the Japanese era: " + text);
        Matcher code = Pattern.compile("検証コード: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})").matcher(text);
        assertTrue(code.find(), text);

        // Nobody else gets the certificate: another employee is refused, HR is not.
        browser.signIn(this, EMPLOYEE, PASSWORD);
        assertEquals(403L, status(href));
        browser.signIn(this, HR, PASSWORD);
        assertEquals(200L, status(href));

        browser.open(url("hr/certificates.xhtml"));
        browser.checkAccessibility();
        browser.typeInto("[id='check:number']", LEARNER);
        browser.typeInto("[id='check:code']", code.group(1).toLowerCase().replace("-", " "));
        browser.clickAndLoad("[id='check:verify']");
        browser.waitForText("[id='messages']", "この修了証は有効です");
        browser.waitForText("#result", title);
        browser.checkAccessibility();
        String forged = code.group(1).charAt(0) == '2' ? "3" + code.group(1).substring(1) : "2" + code.group(1).substring(1);
        browser.typeInto("[id='check:number']", LEARNER);
        browser.typeInto("[id='check:code']", forged);
        browser.clickAndLoad("[id='check:verify']");
        browser.waitForText("[id='messages']", "一致する修了の記録がありません");
        assertTrue(browser.driver.findElements(By.id("result")).isEmpty());
        browser.typeInto("[id='check:number']", LEARNER);
        browser.typeInto("[id='check:code']", "ABC");
        browser.clickAndLoad("[id='check:verify']");
        browser.waitForText("[id='messages']", "検証コードは英数字12文字");

        // The trainer sees who took the course and how far they got.
        browser.signIn(this, TRAINER, PASSWORD);
        browser.open(url("courses/edit.xhtml?course=" + course));
        browser.waitForText("#enrolled", LEARNER);
        browser.waitForText("#enrolled", "修了");
        browser.checkAccessibility();
    }

    @Test
    void aSupervisorAssignsACourseWithADueDate() throws Exception {
        long course = Api.as(this, HR, PASSWORD).uploadCourse(CORPUS.resolve("scorm12/RuntimeBasicCalls_SCORM12.zip"));
        String title = TestDatabase.value("SELECT title FROM course WHERE id = ?", course);
        TestDatabase.update("UPDATE course SET self_study = FALSE WHERE id = ?", course);
        LocalDate due = LocalDate.now().plusDays(30);

        browser.signIn(this, SUPERVISOR, PASSWORD);
        browser.open(url("learn/course.xhtml?course=" + course));
        browser.clickAndLoad("[id='actions:assign']");
        browser.checkAccessibility();
        // Someone outside the supervisor's staff is refused, and nothing is written.
        browser.typeInto("[id='assign:numbers']", HR);
        setDate("assign:due", due);
        browser.clickAndLoad("[id='assign:submit']");
        browser.waitForText("[id='messages']", "あなたの部下ではない");
        assertEquals("0", TestDatabase.value("SELECT count(*) FROM enrollment WHERE course_id = ?", course));
        browser.driver.findElement(By.id("assign:numbers")).clear();
        browser.driver.findElement(By.cssSelector("input[type='checkbox'][value='" + EMPLOYEE + "']")).click();
        setDate("assign:due", due);
        browser.clickAndLoad("[id='assign:submit']");
        browser.waitForText("[id='messages']", "1人に割り当てました");
        browser.checkAccessibility();

        browser.signIn(this, EMPLOYEE, PASSWORD);
        browser.open(url("learn/my-learning.xhtml"));
        browser.waitForText("#assigned", title);
        assertTrue(browser.text("#assigned").contains("まで"), browser.text("#assigned"));
        assertTrue(browser.driver.findElements(By.cssSelector("#assigned li.overdue")).isEmpty());
        // The due date passes.
        TestDatabase.update("UPDATE enrollment SET due_on = ? WHERE course_id = ?", LocalDate.now().minusDays(1), course);
        browser.open(url("learn/my-learning.xhtml"));
        browser.waitForText("#assigned li.overdue", "期限切れ");
        browser.checkAccessibility();
        // Not open to self-study, but open to the employee it was assigned to.
        browser.open(url("learn/course.xhtml?course=" + course));
        assertFalse(browser.driver.findElements(By.id("actions:start")).isEmpty(), "the assigned employee may start it");
    }

    @Test
    void aTrainerSharesACourseWithACoOwner() throws Exception {
        long course = Api.as(this, TRAINER, PASSWORD).uploadCourse(CORPUS.resolve("scorm12/ContentPackagingSingleSCO_SCORM12.zip"));
        assertEquals(403, Api.as(this, OTHER_TRAINER, PASSWORD).post("api/courses/" + course + "/retire", "").statusCode());

        browser.signIn(this, TRAINER, PASSWORD);
        browser.open(url("courses/edit.xhtml?course=" + course));
        browser.typeInto("[id='owners:newOwner']", EMPLOYEE);
        browser.clickAndLoad("[id='owners:add']");
        browser.waitForText("[id='messages']", "研修担当 (トレーナー) の権限がありません");
        browser.typeInto("[id='owners:newOwner']", OTHER_TRAINER);
        browser.clickAndLoad("[id='owners:add']");
        browser.waitForText("[id='messages']", "共同管理者に追加しました");
        browser.waitForText("#ownerList", OTHER_TRAINER);
        browser.waitForText("#history", "共同管理者を追加");
        browser.checkAccessibility();

        assertEquals(204, Api.as(this, OTHER_TRAINER, PASSWORD).post("api/courses/" + course + "/retire", "").statusCode(),
                "a co-owner may change the course");
        browser.signIn(this, OTHER_TRAINER, PASSWORD);
        browser.open(url("courses/index.xhtml"));
        browser.waitForText("body", TestDatabase.value("SELECT title FROM course WHERE id = ?", course));
    }

    private String current() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return manabiPlayer.state().current");
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                date.toString());
    }

    /** The HTTP status of a GET in the browser's session. */
    private long status(String href) {
        return (Long) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status), e => done(0));", href);
    }

    /** Fetches a file in the browser's session and hands its bytes over. */
    private byte[] download(String href) {
        String base64 = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.ok ? r.blob() : Promise.reject(r.status))"
                        + ".then(b => { const f = new FileReader(); f.onload = () => done(f.result.split(',')[1]); f.readAsDataURL(b); })"
                        + ".catch(e => done('ERROR ' + e));", href);
        assertFalse(base64.startsWith("ERROR"), base64);
        return Base64.getDecoder().decode(base64);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("certificate", ".pdf");
        try {
            Files.write(file, pdf);
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(document);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
