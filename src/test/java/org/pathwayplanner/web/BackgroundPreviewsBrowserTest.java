package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.policy.DistrictPreviews;
import org.pathwayplanner.policy.PreviewHold;
import org.pathwayplanner.policy.RulePublisher;
import org.pathwayplanner.policy.ShippedRulesRelease;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * In a real browser (issue 20): the policy form's preview and the shipped rules' preview run in the background like
 * the editor's — the preview's page shows the students evaluated so far, then the outcome opens where the
 * administrator started it: the form with what they chose, the shipped rules ready to adopt. The previews are held
 * after a given student (the service's test hook) so that the page is seen while they run.
 */
@PlannerTest
class BackgroundPreviewsBrowserTest {

    static Browser browser;

    @Autowired
    RulePublisher publisher;
    @Autowired
    DistrictPreviews previews;
    @Autowired
    PeopleDirectory people;
    @Autowired
    ApplicationContext context;

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
    void noLongerHeld() {
        letGo.countDown();
        previews.pace(null);
    }

    @Test
    void thePolicyFormsPreviewShowsItsProgressThenTheImpactInTheFormAsChosen() {
        int inUse = publisher.activeVersion().getVersionNo();
        holdAfter(15);
        browser.signInAs("admin").open("/admin/rules/policy");
        new Select(browser.driver.findElement(By.name("mastery.districtMethod"))).selectByValue("MEAN");
        browser.driver.findElement(By.cssSelector("#policy-form button[value=preview]")).click();

        wait(d -> d.getCurrentUrl().contains("/admin/rules/previews/"));
        String students = String.valueOf(people.countStudents());
        wait(d -> d.findElement(By.id("preview-job-text")).getText().equals("Evaluated 15 of " + students + " students"));
        assertThat(browser.text("#preview-job-who")).contains("from the policy form");
        assertThat(browser.driver.findElements(By.id("preview-job-cancel"))).hasSize(1);
        browser.screenshot("policy-form-preview-progress");
        letGo.countDown();

        wait(d -> d.getCurrentUrl().contains("/admin/rules/policy?preview="));
        wait(d -> !d.findElements(By.id("impact")).isEmpty());
        assertThat(browser.text("#preview-passed")).contains("may be published");
        assertThat(new Select(browser.driver.findElement(By.name("mastery.districtMethod")))
                .getFirstSelectedOption().getAttribute("value")).as("the form as the administrator chose it")
                .isEqualTo("MEAN");
        assertThat(browser.driver.findElements(By.cssSelector("#policy-form button[value=publish]"))).hasSize(1);
        browser.screenshot("policy-form-preview-done");
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
    }

    @Test
    void theShippedRulesPreviewShowsItsProgressThenTheImpactBesideTheShippedRules() {
        int inUse = publisher.activeVersion().getVersionNo();
        try (ShippedRulesRelease release = ShippedRulesRelease.shippingFlagsWith(context,
                "\n// release 2027.3: previewed in a browser\n")) {
            holdAfter(15);
            browser.signInAs("admin").open("/admin/rules/shipped");
            browser.driver.findElement(By.cssSelector("#shipped-form button[value=preview]")).click();

            wait(d -> d.getCurrentUrl().contains("/admin/rules/previews/"));
            String students = String.valueOf(people.countStudents());
            wait(d -> d.findElement(By.id("preview-job-text")).getText()
                    .equals("Evaluated 15 of " + students + " students"));
            assertThat(browser.text("#preview-job-who")).contains("the rules shipped with this release");
            letGo.countDown();

            wait(d -> d.getCurrentUrl().contains("/admin/rules/shipped?preview="));
            wait(d -> !d.findElements(By.id("impact")).isEmpty());
            assertThat(browser.text("#preview-passed")).contains("may be published");
            assertThat(browser.driver.findElements(By.cssSelector("#shipped-form button[value=publish]"))).hasSize(1);
            assertThat(browser.text("#shipped-intro")).contains("version " + inUse);
            browser.screenshot("shipped-rules-preview-done");
        }
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
    }

    private void holdAfter(int students) {
        previews.pace(PreviewHold.after(students, letGo));
    }

    private static void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(90))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(condition::apply);
    }
}
