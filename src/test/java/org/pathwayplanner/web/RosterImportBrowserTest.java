package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.roster.OneRosterFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: an administrator uploads a OneRoster zip with one mistake and is told its line; uploads the
 * fixed zip, reads the dry run, imports it, follows the progress to the end and issues a set-password link; the
 * imported student opens the link, chooses a password, signs in and sees their home page.
 */
@PlannerTest
class RosterImportBrowserTest {

    static Browser browser;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterAll
    static void removeTheImportedDistrict(@Autowired JdbcTemplate jdbc) {
        OneRosterFixture.remove(jdbc, "rs-");
    }

    private void upload(java.nio.file.Path zip, String counselors) {
        browser.open("/admin/imports/roster");
        browser.driver.findElement(By.id("file")).sendKeys(zip.toAbsolutePath().toString());
        browser.driver.findElement(By.id("counselors")).sendKeys(counselors);
        browser.driver.findElement(By.cssSelector("#roster-upload button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("dry-run-outcome")).isEmpty());
    }

    @Test
    void anAdministratorImportsARosterAndAnImportedStudentSignsIn() {
        browser.signInAs("admin");
        browser.open("/admin/data");
        browser.consoleMessages(); // the pages before are not this test's
        browser.driver.findElement(By.id("import-roster")).click();
        assertThat(browser.path()).isEqualTo("/admin/imports/roster");

        upload(OneRosterFixture.smallWithError().zipFile("riverside.zip"), "");
        assertThat(browser.text("#dry-run-outcome")).startsWith("Not imported");
        assertThat(browser.text("#dry-run-problems"))
                .contains("users.csv line 8, column role: “techer” is not a OneRoster role.");
        assertThat(browser.driver.findElements(By.id("roster-import"))).as("no Import button").isEmpty();

        upload(OneRosterFixture.small().zipFile("riverside.zip"), "rs-c-baptiste");
        assertThat(browser.text("#dry-run-outcome")).contains("No problems");
        assertThat(browser.text("#dry-run-counts")).contains("users.csv 9 0 0 0");
        browser.screenshot("roster-dry-run");
        browser.driver.findElement(By.cssSelector("#roster-import button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("roster-job-done")).isEmpty());
        assertThat(browser.text("#roster-job-done")).contains("riverside.zip imported");
        assertThat(browser.consoleMessages()).as("the progress script runs under the page's policy")
                .noneMatch(m -> m.contains("Content Security Policy"));

        browser.driver.findElement(By.id("link-username")).sendKeys("rn.amara");
        browser.driver.findElement(By.cssSelector("#password-link-form button[type=submit]")).click();
        String link = browser.driver.findElement(By.id("password-link")).getAttribute("value");
        assertThat(link).contains("/set-password?token=");

        browser.driver.manage().deleteAllCookies();
        browser.driver.get(link);
        assertThat(browser.text("#set-password-form")).contains("rn.amara");
        browser.driver.findElement(By.id("password")).sendKeys("river sunrise lantern");
        browser.driver.findElement(By.id("repeated")).sendKeys("river sunrise lantern");
        browser.driver.findElement(By.cssSelector("#set-password-form button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login"));

        browser.driver.findElement(By.id("username")).sendKeys("rn.amara");
        browser.driver.findElement(By.id("password")).sendKeys("river sunrise lantern");
        browser.driver.findElement(By.cssSelector("button[type=submit].primary")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(browser.text(".user-name")).isEqualTo("Amara Diallo");
        assertThat(browser.text("main")).contains("Amara");

        browser.driver.get(link);
        assertThat(browser.text("#set-password-invalid")).contains("does not work");
    }
}
