package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.policy.RulePublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: an administrator previews a policy change per competency, publishes it and watches the
 * recomputation's progress bar (moved by the page's script) reach the end, then rolls back from the page; a draft
 * typed in the editor is kept while they are away, and publishes only once its preview passed.
 */
@PlannerTest
class RulesBrowserTest {

    static Browser browser;

    @Autowired
    RulePublisher publisher;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorPreviewsPublishesWatchesTheRecomputationAndRollsBack() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        browser.signInAs("admin").open("/admin/rules/files/policy.json");
        String policy = publisher.activeVersion().getFiles().get("policy.json");
        setEditorText(policy.replace("\"districtMethod\" : \"MOST_RECENT\"", "\"districtMethod\" : \"MEAN\""));

        browser.driver.findElement(By.cssSelector("button[value=preview]")).click();
        wait(d -> !d.findElements(By.id("impact")).isEmpty());
        assertThat(browser.text("#impact-competencies")).contains("Students losing its mastery");
        assertThat(browser.driver.findElements(By.cssSelector("#impact-students .lost"))).isNotEmpty();
        browser.screenshot("rules-preview");

        assertThat(browser.text("#preview-passed")).contains("may be published");
        if (!browser.driver.findElements(By.id("confirmRevocations")).isEmpty()) {
            String count = browser.text("#revocations h2").replaceAll("\\D.*", "");
            browser.driver.findElement(By.id("confirmRevocations")).sendKeys(count);
        }
        browser.driver.findElement(By.id("comment")).sendKeys("Mean of all scores, as the board voted");
        browser.driver.findElement(By.cssSelector("button[value=publish]")).click();
        wait(d -> d.getCurrentUrl().endsWith("/admin/rules"));
        assertThat(browser.driver.findElements(By.id("recomputation-bar"))).hasSize(1);
        wait(d -> d.findElement(By.id("recomputation-text")).getText().startsWith("Every student's results are recomputed"));
        assertThat(browser.driver.findElement(By.id("recomputation-bar")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.text("#audit tbody tr")).contains("policy.json changed");
        browser.screenshot("rules-published");

        browser.driver.findElement(By.id("why-" + original)).sendKeys("Back to the most recent score");
        browser.driver.findElement(By.cssSelector("form[action$='/versions/" + original + "/rollback'] button"))
                .click();
        wait(d -> d.findElement(By.cssSelector("p.alert.ok")).getText().contains("back in use"));
        assertThat(publisher.activeVersion().getComment()).startsWith("Roll back to version " + original);
        wait(d -> publisher.recomputation().state().equals(RulePublisher.Recomputation.DONE));
        TimeUnit.MILLISECONDS.sleep(100);
    }

    @Test
    void aDraftTypedInTheEditorIsRestoredAfterLeavingAndPublishedOnlyAfterItsPreviewPassed() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        browser.signInAs("admin").open("/admin/rules/files/flags.drl");
        String flags = publisher.activeVersion().getFiles().get("flags.drl");
        setEditorText(flags + "\n// Flags reviewed by the board\n");
        wait(d -> d.findElement(By.id("draft-status")).getText().startsWith("Draft saved at"));

        browser.open("/admin/rules");
        assertThat(browser.text("#drafts")).contains("flags.drl");
        browser.open("/admin/rules/files/flags.drl");
        assertThat(browser.text("#draft-restored")).startsWith("Restored your draft from");
        assertThat(editorText()).contains("// Flags reviewed by the board");

        browser.driver.findElement(By.id("comment")).sendKeys("The board reviewed the flags");
        browser.driver.findElement(By.cssSelector("button[value=publish]")).click();
        wait(d -> !d.findElements(By.id("publish-refused")).isEmpty());
        assertThat(browser.text("#publish-refused")).contains("preview");
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(original);

        browser.driver.findElement(By.cssSelector("button[value=preview]")).click();
        wait(d -> !d.findElements(By.id("preview-passed")).isEmpty());
        browser.screenshot("rules-preview-passed");
        browser.driver.findElement(By.id("comment")).clear();
        browser.driver.findElement(By.id("comment")).sendKeys("The board reviewed the flags");
        browser.driver.findElement(By.cssSelector("button[value=publish]")).click();
        wait(d -> d.getCurrentUrl().endsWith("/admin/rules"));
        assertThat(publisher.activeVersion().getFiles().get("flags.drl")).contains("// Flags reviewed by the board");
        assertThat(browser.driver.findElements(By.id("drafts"))).as("a published draft ends").isEmpty();

        wait(d -> !publisher.recomputation().state().equals(RulePublisher.Recomputation.RUNNING));
        publisher.rollback("admin", original, "Back after the browser test").recomputed().get(2, TimeUnit.MINUTES);
    }

    private static String editorText() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getValue();");
    }

    private static void setEditorText(String text) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", text);
    }

    private static void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)   // the page is being replaced
                .until(condition::apply);
    }
}
