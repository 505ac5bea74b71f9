package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * HR's screens in the browser: an employee's record with a promotion from a future 1 April, the
 * organisation chart, and the ability targets; and the same record as a supervisor and as another
 * employee sees it (read-only, and refused).
 */
public class HrScreensIT extends BrowserIT {

    private long idOf(String number) throws Exception {
        return Api.as(this, HR, PASSWORD).json("api/staff?text=" + number).getJsonArray("rows").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void hrRecordsAPromotionFromTheNextFirstOfApril() throws Exception {
        long id = idOf("1062");
        browser.signIn(this, HR, PASSWORD);
        browser.open(url("employee.xhtml?id=" + id));
        assertEquals(1, browser.driver.findElements(By.cssSelector("[id='grades'] tbody tr")).size());
        browser.checkAccessibility();
        browser.selectValue("grade:newGrade", "SENIOR_STAFF");
        browser.click("[id='grade:changeGrade']");
        browser.waitForText("[id='messages']", "付けの職位を登録しました");
        browser.waitForText("[id='grades']", "主任職");
        assertEquals(2, browser.driver.findElements(By.cssSelector("[id='grades'] tbody tr")).size(),
                "the old grade stays in the history until the day before the promotion");
        assertTrue(browser.text("[id='grades']").contains("令和"), browser.text("[id='grades']"));
        browser.checkAccessibility();

        // The promotion lies in the future: today the employee still holds 係員.
        assertEquals("係員", Api.as(this, HR, PASSWORD).json("api/employees/" + id).getJsonArray("gradeHistory")
                .getJsonObject(0).getString("gradeNameJa"));
        assertEquals("STAFF", Api.as(this, HR, PASSWORD).json("api/employees/" + id).getString("currentGradeCode"));
    }

    @Test
    void hrEditsARecordAndABadSupervisorIsRefused() throws Exception {
        long id = idOf("1063");
        browser.signIn(this, HR, PASSWORD);
        browser.open(url("employee.xhtml?id=" + id));
        browser.type("edit:supervisor", "99999");
        browser.click("[id='edit:save']");
        browser.waitForText("[id='messages']", "上司の職員番号 99999 の職員が見つかりません");
        browser.type("edit:supervisor", "1031");
        browser.type("edit:email", "new.address@example.jp");
        browser.click("[id='edit:save']");
        browser.waitForText("[id='messages']", "保存しました");
        assertEquals("new.address@example.jp", Api.as(this, HR, PASSWORD).json("api/employees/" + id).getString("email"));
        assertEquals("1031", Api.as(this, HR, PASSWORD).json("api/employees/" + id).getString("supervisorNumber"));
    }

    @Test
    void aSupervisorReadsTheRecordOfTheirStaffButCannotEditIt() throws Exception {
        long id = idOf(EMPLOYEE);
        browser.signIn(this, SUPERVISOR, PASSWORD);
        browser.open(url("employee.xhtml?id=" + id));
        assertTrue(browser.text("[id='recordHeading']").contains(EMPLOYEE));
        assertTrue(browser.driver.findElements(By.id("edit")).isEmpty(), "no edit form for a supervisor");
        browser.checkAccessibility();
        browser.open(url("employee.xhtml?id=" + idOf(HR)));
        assertTrue(browser.text("main h1").contains("権限がありません"));
    }

    @Test
    void hrAddsADepartmentAndAStaleCodeIsRefused() {
        browser.signIn(this, HR, PASSWORD);
        browser.open(url("hr/departments.xhtml"));
        assertTrue(browser.text("[id='tree']").contains("人事係"));
        browser.checkAccessibility();
        browser.type("add:code", "GA1");
        browser.type("add:nameJa", "重複課");
        browser.click("[id='add:create']");
        browser.waitForText("[id='messages']", "部署コード GA1 はすでに使われています");
        browser.type("add:code", "GA3");
        browser.type("add:nameJa", "デジタル推進課");
        browser.type("add:nameEn", "Digital Transformation Section");
        browser.selectText("add:parent", "GA 総務部");
        browser.click("[id='add:create']");
        browser.waitForText("[id='tree']", "GA3 デジタル推進課");
    }

    @Test
    void hrSetsTheAbilityTargetsOfAYear() {
        browser.signIn(this, HR, PASSWORD);
        browser.open(url("hr/targets.xhtml"));
        browser.checkAccessibility();
        browser.typeInto("table.grid-table input[type='text']", "-5");
        browser.click("[id='targets:save']");
        browser.waitForText("[id='targets:messages']", "目標ポイントは0から");
        browser.typeInto("table.grid-table input[type='text']", "55");
        browser.click("[id='targets:save']");
        browser.waitForText("[id='targets:messages']", "能力目標を保存しました");
        browser.open(url("hr/targets.xhtml"));
        assertEquals("55", browser.value("table.grid-table input[type='text']"));
        assertFalse(browser.text("main").isEmpty());
    }

    @Test
    void hrFiltersTheStaffListByDepartmentAndGrade() {
        browser.signIn(this, HR, PASSWORD);
        browser.open(url("hr/staff.xhtml"));
        browser.typeInto("[id='staff:department_input']", "人事");
        browser.click(".ui-autocomplete-panel li[data-item-label^='GA1A']");
        browser.selectValue("staff:grade", "SENIOR_STAFF");
        browser.click("[id='staff:apply']");
        browser.waitForText("[id='staff:list']", "1041");
        String list = browser.text("[id='staff:list'] tbody");
        assertFalse(list.contains("1031"), "the 係長 of 人事係 is not 主任職: " + list);
        assertFalse(list.contains("1042"), "情報政策係 is another department: " + list);
        browser.checkAccessibility();
    }
}
