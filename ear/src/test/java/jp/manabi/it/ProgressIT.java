package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Progress against the grade targets: an employee's chart moves when they pass a starter module, a
 * supervisor sees the team table, HR the per-grade view and who is behind; and nobody reads the
 * progress of someone who is not theirs to see.
 */
class ProgressIT extends BrowserIT {

    /** 係員 who takes the security module here and nowhere else. */
    private static final String LEARNER = "1066";

    @Test
    void theChartMovesWhenAnEmployeePassesAStarterModule() throws Exception {
        browser.signIn(this, LEARNER, PASSWORD);
        browser.waitForText("[id='targets']", "専門実務能力");
        browser.checkAccessibility();
        int before = earned("PROFESSIONAL_PRACTICE");
        assertEquals(before, chartValue(2), "the chart shows what the table shows");

        long course = Long.parseLong(TestDatabase.value("SELECT id FROM course WHERE code = 'starter-security'"));
        // The module supports the 係員's role of improving the work (a trainer ticks it on the course page).
        TestDatabase.update("INSERT INTO course_expectation (course_id, grade_code, role_code) VALUES (?, 'STAFF', 'WORK_IMPROVEMENT')",
                course);
        Api learner = Api.as(this, LEARNER, PASSWORD);
        String activity = learner.json("api/player/courses/" + course).getString("startAt");
        HttpResponse<String> launched = learner.post("api/player/courses/" + course + "/launch?activity=" + activity, "");
        assertEquals(200, launched.statusCode(), launched.body());
        String token = read(launched.body()).getString("token");
        HttpResponse<String> committed = learner.post("api/player/sessions/" + token + "/commits",
                "{\"seq\":1,\"terminate\":true,\"cmi\":{\"cmi.completion_status\":\"completed\",\"cmi.success_status\":\"passed\","
                        + "\"cmi.score.scaled\":\"1\",\"cmi.score.raw\":\"7\",\"cmi.session_time\":\"PT5M\"}}");
        assertEquals(200, committed.statusCode(), committed.body());

        browser.open(url("my-page.xhtml"));
        browser.waitForText("[id='targets']", "専門実務能力");
        assertEquals(before + 10, earned("PROFESSIONAL_PRACTICE"), "the module gives 10 points");
        assertEquals(before + 10, chartValue(2));
        browser.open(url("progress.xhtml"));
        browser.waitForText("#evidence", "情報セキュリティ基礎");
        browser.waitForText("#expectations", "情報セキュリティ基礎");
        browser.checkAccessibility();
    }

    @Test
    void aSupervisorSeesTheTeamTable() {
        browser.signIn(this, SUPERVISOR, PASSWORD);
        browser.open(url("team.xhtml"));
        String name = TestDatabase.value("SELECT family_name || ' ' || given_name FROM employee WHERE employee_number = ?", EMPLOYEE);
        browser.waitForText("#teamProgress", name);
        assertTrue(browser.text("#teamProgress").contains("/"), browser.text("#teamProgress"));
        browser.checkAccessibility();
        browser.clickAndLoad("#teamProgress a[href*='employee=" + id(EMPLOYEE) + "']");
        browser.waitForText("[id='targets']", "政策法務能力");
        browser.checkAccessibility();
    }

    @Test
    void hrSeesTheShareThatMetEachTargetAndWhoIsBehind() {
        browser.signIn(this, HR, PASSWORD);
        browser.open(url("hr/progress.xhtml"));
        browser.waitForText("#gradeReport", "%");
        browser.checkAccessibility();
        browser.clickAndLoad("#gradeReport a[id$='open']");
        browser.waitForText("#behindHeading", "未達");
        assertTrue(!browser.driver.findElements(By.cssSelector("[id='report:behind'] tbody tr")).isEmpty());
        browser.checkAccessibility();

        // Copy the targets into next year, save, and the change is in the log.
        java.time.LocalDate today = java.time.LocalDate.now();
        int next = (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) + 1;
        browser.open(url("hr/targets.xhtml"));
        browser.selectValue("targets:year", Integer.toString(next));
        browser.until(d -> d.findElement(By.id("targets:year")).getAttribute("value").equals(Integer.toString(next)) ? true : null);
        browser.click("[id='targets:copy']");
        browser.waitForText("[id='targets:messages']", "確かめて「保存」を押してください");
        browser.click("[id='targets:save']");
        browser.waitForText("[id='targets:messages']", "能力目標を保存しました");
        browser.waitForText("[id='targets:targetHistory']", "→");
        browser.checkAccessibility();
        assertEquals(TestDatabase.value("SELECT sum(points) FROM ability_target WHERE fiscal_year = ?", next - 1),
                TestDatabase.value("SELECT sum(points) FROM ability_target WHERE fiscal_year = ?", next));
    }

    @Test
    void nobodyReadsProgressThatIsNotTheirs() throws Exception {
        long report = id(EMPLOYEE);
        long hr = id(HR);
        assertEquals(200, Api.as(this, EMPLOYEE, PASSWORD).status("api/progress/me"));
        assertEquals(403, Api.as(this, EMPLOYEE, PASSWORD).status("api/progress/employees/" + hr), "another employee's");
        assertEquals(200, Api.as(this, SUPERVISOR, PASSWORD).status("api/progress/employees/" + report), "a report's");
        assertEquals(403, Api.as(this, SUPERVISOR, PASSWORD).status("api/progress/employees/" + hr), "not a report");
        assertEquals(403, Api.as(this, EMPLOYEE, PASSWORD).status("api/progress/team"), "not a supervisor");
        assertEquals(403, Api.as(this, SUPERVISOR, PASSWORD).status("api/progress/grades"), "HR only");
        assertEquals(200, Api.as(this, HR, PASSWORD).status("api/progress/grades"));
        assertEquals(200, Api.as(this, HR, PASSWORD).status("api/progress/employees/" + report));
        List<?> team = Json.createReader(new StringReader(Api.as(this, SUPERVISOR, PASSWORD).get("api/progress/team").body()))
                .readArray();
        assertTrue(!team.isEmpty());
        browser.signIn(this, EMPLOYEE, PASSWORD);
        browser.open(url("progress.xhtml?employee=" + hr));
        assertTrue(browser.driver.getPageSource().contains("権限がありません"), browser.title());
    }

    private static long id(String number) {
        return Long.parseLong(TestDatabase.value("SELECT id FROM employee WHERE employee_number = ?", number));
    }

    /** The points earned shown in the table for an ability (its row holds the ability's name). */
    private int earned(String ability) {
        String name = TestDatabase.value("SELECT name_ja FROM ability WHERE code = ?", ability);
        String cell = browser.driver.findElement(By.xpath("//div[@id='targets']//tr[td[1][contains(., '" + name + "')]]/td[2]"))
                .getText().strip();
        return Integer.parseInt(cell);
    }

    /** The earned value the chart draws for the ability at this position. */
    private int chartValue(int index) {
        Object value = browser.until(d -> ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('[id$=\"progressChart\"] canvas');"
                        + "var chart = c && window.Chart && Chart.getChart(c);"
                        + "return chart ? chart.data.datasets[0].data[arguments[0]] : null;", index));
        return ((Number) value).intValue();
    }

    private static JsonObject read(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
