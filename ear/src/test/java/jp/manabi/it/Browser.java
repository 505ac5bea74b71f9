package jp.manabi.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver, in Japanese. Every page the tests open is
 * checked with axe-core for WCAG 2.1 A/AA violations (JIS X 8341-3) and for resources loaded from
 * another host (municipal networks have no internet).
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("manabi.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("manabi.chromedriver", "/usr/bin/chromedriver");
    private static String axeSource;

    final WebDriver driver;
    private final WebDriverWait wait;
    private final List<String> checkedPages = new ArrayList<>();

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=ja",
                "--window-size=1280,1000");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
        // Courses ask "resume where you left off?" with confirm(): the tests answer and read such dialogs themselves.
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String url) {
        driver.get(url);
        waitForPage();
    }

    void waitForPage() {
        until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")) ? true : null);
        if (!driver.findElements(By.cssSelector("body.server-error")).isEmpty()) {
            throw new AssertionError("The server failed on " + driver.getCurrentUrl() + " (see the server log)");
        }
    }

    /**
     * Waits until the condition gives a value (not null, not false). Courses ask "resume where you
     * left off?" with confirm(): the learner in these tests says yes; any other dialog (such as a
     * course's "could not store a value in the LMS") fails the test with its text.
     */
    <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return wait.until(d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.UnhandledAlertException e) {
                try {
                    org.openqa.selenium.Alert alert = d.switchTo().alert();
                    String text = alert.getText();
                    if (text == null || !text.contains("resume")) {
                        alert.accept();
                        throw new AssertionError("the course showed a dialog: " + text);
                    }
                    alert.accept();
                } catch (org.openqa.selenium.NoAlertPresentException gone) {
                    // answered meanwhile
                }
                return null;
            }
        });
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement byId(String id) {
        return find("[id='" + id + "']");
    }

    String text(String css) {
        return retrying(() -> find(css).getText());
    }

    String value(String css) {
        return retrying(() -> find(css).getAttribute("value"));
    }

    void type(String id, String text) {
        typeInto("[id='" + id + "']", text);
    }

    void typeInto(String css, String text) {
        retrying(() -> {
            WebElement input = find(css);
            input.clear();
            input.sendKeys(text);
            return null;
        });
    }

    void selectValue(String id, String value) {
        retrying(() -> {
            new org.openqa.selenium.support.ui.Select(byId(id)).selectByValue(value);
            return null;
        });
    }

    void selectText(String id, String text) {
        retrying(() -> {
            new org.openqa.selenium.support.ui.Select(byId(id)).selectByVisibleText(text);
            return null;
        });
    }

    /** Chooses a file in a (possibly hidden) file input. */
    void attach(String css, Path file) {
        retrying(() -> {
            driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().normalize().toString());
            return null;
        });
    }

    /** Clicks something that updates the page by ajax (no page load to wait for). */
    void click(String css) {
        retrying(() -> {
            find(css).click();
            return null;
        });
    }

    /**
     * ChromeDriver sometimes loses a node it has just found ("does not belong to the document") while
     * the page settles after a navigation: find it again and repeat, at most three times.
     */
    private <T> T retrying(java.util.function.Supplier<T> action) {
        for (int attempt = 1;; attempt++) {
            try {
                return action.get();
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!isLost(e) || attempt == 3) {
                    throw e;
                }
                waitForPage();
            }
        }
    }

    /** Waits until the element's text contains the expected text (after an ajax update, say). */
    void waitForText(String css, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> css + " to contain \"" + expected + "\"").until(d -> {
            try {
                List<WebElement> found = d.findElements(By.cssSelector(css));
                return !found.isEmpty() && found.get(0).getText().contains(expected);
            } catch (org.openqa.selenium.WebDriverException e) {
                if (isLost(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Clicks and waits for the next page to load. */
    void clickAndLoad(String css) {
        WebElement element = retrying(() -> {
            WebElement found = find(css);
            found.click();
            return found;
        });
        wait.until(d -> isGone(element));
        waitForPage();
    }

    /** Whether the page that held this element has been replaced. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return isLost(e);
        }
    }

    /** ChromeDriver reports a node of a replaced page as stale, or as one that "does not belong to the document". */
    private static boolean isLost(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    String title() {
        return driver.getTitle();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it stands and fails with the
     * violations listed; also fails if the page loaded anything from another host.
     */
    @SuppressWarnings("unchecked")
    void checkAccessibility() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        List<String> foreign = (List<String>) js.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => !n.startsWith(location.origin) && !n.startsWith('data:'));");
        if (!foreign.isEmpty()) {
            throw new AssertionError(driver.getCurrentUrl() + " loaded resources from other hosts: " + foreign);
        }
        js.executeScript(axe());
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '"
                        + " + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))}))"
                        + ".catch(e => done({error: String(e)}));");
        if (result.get("error") != null) {
            throw new AssertionError("axe-core failed on " + driver.getCurrentUrl() + ": " + result.get("error"));
        }
        List<String> violations = (List<String>) result.get("violations");
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + driver.getCurrentUrl() + ":\n  "
                    + String.join("\n  ", violations));
        }
        checkedPages.add(driver.getCurrentUrl());
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            Path file = Path.of(System.getProperty("manabi.web.dir", "../web"), "node_modules", "axe-core", "axe.min.js");
            try {
                axeSource = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core is installed by the web module's npm ci: " + file, e);
            }
        }
        return axeSource;
    }

    /** Signs in through the login page and lands on My page (or where the login was asked from). */
    void signIn(ManabiIT test, String login, String password) {
        // Start from no session at all, whatever an earlier (perhaps failed) test left behind.
        open(test.url("login.xhtml"));
        driver.manage().deleteAllCookies();
        open(test.url("my-page.xhtml"));
        byId("login:loginId");
        checkAccessibility();
        type("login:loginId", login);
        type("login:password", password);
        clickAndLoad("[id='login:signIn']");
    }

    void signOut() {
        clickAndLoad("[id='session:signOut']");
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
