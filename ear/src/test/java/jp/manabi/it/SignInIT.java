package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Each demo role signs in through the login page, sees My page and the menus of its role, and signs out. */
public class SignInIT extends BrowserIT {

    private boolean hasLink(String path) {
        return !browser.driver.findElements(By.cssSelector("nav a[href$='" + path + "']")).isEmpty();
    }

    @Test
    void anEmployeeSeesMyPageInJapanese() {
        browser.signIn(this, EMPLOYEE, PASSWORD);
        assertTrue(browser.currentUrl().contains("my-page.xhtml"), browser.currentUrl());
        assertEquals("マイページ", browser.text("main h1"));
        assertEquals(EMPLOYEE, browser.text("#myNumber"));
        assertEquals("菅原 愛 (1061)", browser.text(".app-user"), "the header names who is signed in");
        assertEquals("係員 (一般職)", browser.text("#myGrade"));
        assertTrue(browser.text("#myDepartment").contains("商工係"), browser.text("#myDepartment"));
        assertTrue(browser.text("[id='expectations']").contains("業務遂行"));
        assertTrue(browser.text("[id='targets']").contains("政策形成能力"));
        assertTrue(browser.text("main").contains("令和"), "dates in the Japanese era");
        assertFalse(hasLink("/hr/staff.xhtml"), "no HR menu for an employee");
        assertFalse(hasLink("/team.xhtml"), "no team menu for an employee");
        browser.checkAccessibility();
        browser.screenshot("my-page-employee");
        browser.signOut();
        assertTrue(browser.currentUrl().contains("login.xhtml"));
    }

    @Test
    void aSupervisorSeesTheirTeam() {
        browser.signIn(this, SUPERVISOR, PASSWORD);
        assertEquals("係長職 (管理職・監督者)", browser.text("#myGrade"));
        assertTrue(hasLink("/team.xhtml"));
        browser.clickAndLoad("nav a[href$='/team.xhtml']");
        assertTrue(browser.text("[id='team']").contains(EMPLOYEE), "their 係員 is in the team");
        browser.checkAccessibility();
        browser.signOut();
    }

    @Test
    void hrAndAdminSeeTheHrMenusAndATrainerDoesNot() {
        for (String login : new String[] {HR, ADMIN}) {
            browser.signIn(this, login, PASSWORD);
            assertTrue(hasLink("/hr/staff.xhtml"), login + " sees the staff list");
            browser.clickAndLoad("nav a[href$='/hr/staff.xhtml']");
            browser.waitForText("[id='staff:list']", "1001");
            browser.checkAccessibility();
            browser.signOut();
        }
        browser.signIn(this, TRAINER, PASSWORD);
        assertFalse(hasLink("/hr/staff.xhtml"));
        browser.open(url("hr/staff.xhtml"));
        assertTrue(browser.text("main h1").contains("権限がありません"), "the URL is refused, not only the menu hidden");
        browser.checkAccessibility();
        browser.open(url("my-page.xhtml"));
        browser.signOut();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.open(url("login.xhtml"));
        browser.type("login:loginId", EMPLOYEE);
        browser.type("login:password", "not-the-password");
        browser.clickAndLoad("[id='login:signIn']");
        assertTrue(browser.text("[id='login:messages']").contains("職員番号またはパスワードが正しくありません"));
        browser.checkAccessibility();
    }

    @Test
    void theLanguageCanBeSwitchedToEnglish() {
        browser.signIn(this, EMPLOYEE, PASSWORD);
        browser.clickAndLoad("[id='session:language']");
        assertEquals("My page", browser.text("main h1"));
        assertEquals("Staff (General staff)", browser.text("#myGrade"));
        browser.checkAccessibility();
        browser.clickAndLoad("[id='session:language']");
        assertEquals("マイページ", browser.text("main h1"));
        browser.signOut();
    }
}
