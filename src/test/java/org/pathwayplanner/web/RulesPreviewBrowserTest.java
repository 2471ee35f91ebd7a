package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.policy.DistrictPreviews;
import org.pathwayplanner.policy.PreviewHold;
import org.pathwayplanner.policy.RulePublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: an administrator edits a rule and previews it over the district; the preview's page shows the
 * students evaluated so far (the page's script moves the bar and the count) and then the impact in the editor, ready
 * to publish; another preview is cancelled half-way and the page says after how many students. The previews are held
 * after a given student (the service's test hook) so that the page is seen while they run.
 */
@PlannerTest
class RulesPreviewBrowserTest {

    static Browser browser;

    @Autowired
    RulePublisher publisher;
    @Autowired
    DistrictPreviews previews;
    @Autowired
    PeopleDirectory people;

    final CountDownLatch letGo = new CountDownLatch(1);

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void discardTheDraft() {
        letGo.countDown();
        previews.pace(null);
        browser.open("/admin/rules/files/policy.json");
        if (!browser.driver.findElements(By.id("discard-draft")).isEmpty()) {
            browser.driver.findElement(By.id("discard-draft")).click();
        }
    }

    @Test
    void anAdministratorWatchesThePreviewsProgressThenSeesTheImpactInTheEditor() {
        holdAfter(20);
        editPolicyAndPreview();

        wait(d -> d.getCurrentUrl().contains("/admin/rules/previews/"));
        String students = String.valueOf(people.countStudents());
        wait(d -> d.findElement(By.id("preview-job-text")).getText().equals("Evaluated 20 of " + students + " students"));
        assertThat(browser.driver.findElement(By.id("preview-job-bar")).getAttribute("value"))
                .isEqualTo(String.valueOf(2000 / Integer.parseInt(students)));
        assertThat(browser.driver.findElements(By.id("preview-job-cancel"))).hasSize(1);
        browser.screenshot("rules-preview-progress");
        letGo.countDown();

        wait(d -> d.getCurrentUrl().contains("/admin/rules/files/policy.json?preview="));
        wait(d -> !d.findElements(By.id("impact")).isEmpty());
        assertThat(browser.text("#preview-passed")).contains("may be published");
        assertThat(browser.text("#impact-competencies")).contains("Students losing its mastery");
        assertThat(editorText()).contains("\"districtMethod\" : \"MEAN\"");
        assertThat(browser.driver.findElements(By.cssSelector("button[value=publish]"))).hasSize(1);
        browser.screenshot("rules-preview-done");
    }

    @Test
    void anAdministratorCancelsAPreviewHalfWay() {
        holdAfter(10);
        editPolicyAndPreview();

        wait(d -> d.getCurrentUrl().contains("/admin/rules/previews/"));
        wait(d -> d.findElement(By.id("preview-job-text")).getText().startsWith("Evaluated 10 of"));
        browser.driver.findElement(By.id("preview-job-cancel")).click();
        wait(d -> d.findElements(By.id("preview-job-cancel")).isEmpty());
        assertThat(browser.text("#preview-job-text")).startsWith("Cancelling");
        letGo.countDown();

        wait(d -> !d.findElements(By.id("preview-job-cancelled")).isEmpty());
        assertThat(browser.text("#preview-job-cancelled"))
                .matches("Cancelled after \\d+ of " + people.countStudents() + " students\\..*");
        assertThat(browser.driver.findElements(By.id("impact"))).as("no part of the district as the impact").isEmpty();
        browser.screenshot("rules-preview-cancelled");
        browser.driver.findElement(By.id("preview-job-editor")).click();
        wait(d -> d.getCurrentUrl().contains("/admin/rules/files/policy.json?preview="));
        assertThat(editorText()).as("the draft is kept").contains("\"districtMethod\" : \"MEAN\"");
    }

    private void editPolicyAndPreview() {
        browser.signInAs("admin").open("/admin/rules/files/policy.json");
        String policy = publisher.activeVersion().getFiles().get("policy.json");
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
                policy.replace("\"districtMethod\" : \"MOST_RECENT\"", "\"districtMethod\" : \"MEAN\""));
        browser.driver.findElement(By.cssSelector("button[value=preview]")).click();
    }

    private void holdAfter(int students) {
        previews.pace(PreviewHold.after(students, letGo));
    }

    private static String editorText() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getValue();");
    }

    private static void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(90))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(condition::apply);
    }
}
