package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The two starter modules, installed on the first start: an employee finds each in the catalogue,
 * reads two pages, suspends, comes back to the same page, passes the quiz and finishes; the
 * completion carries the module's ability points.
 */
class StarterCoursesIT extends BrowserIT {

    private static final String LEARNER = "1063";

    @ParameterizedTest
    @CsvSource({"情報セキュリティ基礎, starter-security, PROFESSIONAL_PRACTICE, INFORMATION_SECURITY, password",
            "政策法務入門, starter-policy-legal, POLICY_LEGAL, POLICY_LEGAL, "})
    void anEmployeeSuspendsResumesAndPasses(String title, String code, String ability, String category, String secondPage)
            throws Exception {
        browser.signIn(this, LEARNER, PASSWORD);
        // Narrowed by category: the catalogue is paged, newest first, and other tests add courses.
        browser.open(url("learn/courses.xhtml?category=" + category));
        browser.waitForText("#courseList", title);
        browser.driver.findElement(By.linkText(title)).click();
        browser.waitForPage();
        browser.checkAccessibility();
        browser.waitForText("#points", "10点");
        browser.clickAndLoad("[id='actions:start']");
        String second = inSco(d -> {
            d.findElement(By.id("next")).click();
            return (String) ((JavascriptExecutor) d).executeScript(
                    "return Array.from(document.querySelectorAll('section.page')).find(s => !s.hidden).id");
        });
        if (secondPage != null && !secondPage.isBlank()) {
            assertEquals(secondPage, second);
        }
        inSco(d -> {
            d.findElement(By.id("suspend")).click();
            return null;
        });
        browser.waitForText("#player-status", "中断しました");
        assertEquals("suspend", value("SELECT a.exit_value FROM activity_attempt a JOIN registration r ON r.id = a.registration_id"
                + " JOIN course c ON c.id = r.course_id JOIN user_account u ON u.employee_id = r.employee_id"
                + " WHERE c.code = ? AND u.login = ?", code));

        browser.open(url("learn/my-learning.xhtml"));
        browser.waitForText("#inProgress", title);
        browser.driver.findElement(By.linkText(title)).click();
        browser.waitForPage();
        String resumedAt = inSco(d -> {
            browser.until(x -> Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(
                    "return !!Array.from(document.querySelectorAll('section.page')).find(s => !s.hidden)")) ? true : null);
            return (String) ((JavascriptExecutor) d).executeScript(
                    "return Array.from(document.querySelectorAll('section.page')).find(s => !s.hidden).id");
        });
        assertEquals(second, resumedAt, "the module reopens on the page the learner left");
        inSco(d -> {
            JavascriptExecutor js = (JavascriptExecutor) d;
            while (!Boolean.TRUE.equals(js.executeScript("return !document.getElementById('quiz').hidden"))) {
                d.findElement(By.id("next")).click();
            }
            js.executeScript("document.querySelectorAll('fieldset.question').forEach(q =>"
                    + " document.getElementById(q.dataset.question + '-' + q.dataset.correct).click());");
            d.findElement(By.id("submit")).click();
            browser.until(x -> Boolean.TRUE.equals(js.executeScript("return !document.getElementById('finish').hidden")) ? true : null);
            d.findElement(By.id("finish")).click();
            return null;
        });
        browser.waitForText("#player-status", "終了しました");
        assertEquals("10", TestDatabase.awaitValue("SELECT p.points FROM completion_points p JOIN completion k ON k.id = p.completion_id"
                + " JOIN course c ON c.id = k.course_id JOIN user_account u ON u.employee_id = k.employee_id"
                + " WHERE c.code = ? AND u.login = ? AND p.ability_code = '" + ability + "'", code, LEARNER));
        assertEquals("passed", value("SELECT a.success_status FROM activity_attempt a JOIN registration r ON r.id = a.registration_id"
                + " JOIN course c ON c.id = r.course_id JOIN user_account u ON u.employee_id = r.employee_id"
                + " WHERE c.code = ? AND u.login = ? ORDER BY a.id DESC LIMIT 1", code));
        browser.open(url("learn/my-learning.xhtml"));
        browser.checkAccessibility();
        browser.waitForText("#completed", title);
        String certificate = browser.driver.findElement(By.xpath("//table[@id='completed']//tr[td[contains(., '" + title
                + "')]]//a[contains(@class, 'certificate')]")).getAttribute("href");
        long status = (Long) ((JavascriptExecutor) browser.driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.blob().then(b => done(r.ok && r.headers.get('Content-Type') === 'application/pdf'"
                + " && b.size > 1000 ? 200 : r.status)), e => done(0));", certificate);
        assertEquals(200L, status, "the certificate downloads as a PDF: " + certificate);
    }

    private interface Steps {
        String run(WebDriver driver) throws Exception;
    }

    private String inSco(Steps steps) throws Exception {
        WebDriver d = browser.driver;
        browser.until(x -> {
            x.switchTo().defaultContent();
            Object ready = ((JavascriptExecutor) x).executeScript(
                    "return !!(window.manabiPlayer && manabiPlayer.state().current && !manabiPlayer.state().busy)");
            if (!Boolean.TRUE.equals(ready)) {
                return null;
            }
            x.switchTo().frame("player-frame");
            return Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(
                    "return document.readyState === 'complete' && !!document.getElementById('next')")) ? true : null;
        });
        try {
            return steps.run(d);
        } finally {
            d.switchTo().defaultContent();
        }
    }

    private static String value(String sql, String code) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, code);
            s.setString(2, LEARNER);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
