package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the administrator creates a competency with an objective and a prerequisite, sees a
 * cycle refused, puts the competency in a new credit bundle, edits the bundle and sees everything listed;
 * then retires both, so the rest of the suite finds the district as it was.
 */
@PlannerTest
class AdminFrameworkBrowserTest {

    static Browser browser;
    /** Unique, so a second run against the same database does not collide with the first. */
    static final String SUFFIX = String.valueOf(System.nanoTime() % 100_000);
    static final String CODE = "BT-" + SUFFIX;
    static final String BUNDLE = "BTB-" + SUFFIX;

    @Autowired
    FrameworkCatalog framework;
    @Autowired
    CreditCatalog credits;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorBuildsACompetencyWithAnObjectiveAndAPrerequisiteAndEditsABundle() {
        browser.signInAs("admin");
        browser.open("/admin/framework");
        browser.driver.findElement(By.id("new-competency")).click();

        // an empty form is refused with the reasons beside the fields
        browser.driver.findElement(By.id("save-competency")).click();
        assertThat(browser.text("#competency-form .alert.error")).isEqualTo("Please correct the fields marked below.");
        assertThat(browser.driver.findElements(By.cssSelector("#competency-form .field-error")))
                .extracting(WebElement::getText).contains("Required.");

        type("code", CODE);
        type("title", "Interpret data from a survey");
        new Select(browser.driver.findElement(By.id("areaId"))).selectByVisibleText("Arts");
        type("expectedGrade", "11");
        browser.driver.findElement(By.id("save-competency")).click();
        waitForPath("/admin/framework/competencies/\\d+");
        assertThat(browser.text("h1")).isEqualTo(CODE + " Interpret data from a survey");
        String competencyPage = browser.path();

        type("objective-title", "Design an unbiased survey question");
        type("objective-points", "2");
        browser.driver.findElement(By.id("add-objective")).click();
        waitForText("#objectives table", "Design an unbiased survey question");
        assertThat(browser.text("#objectives table")).contains(CODE + ".1");
        // the demo district's competencies have three to six objectives; this one keeps to that
        for (String objective : java.util.List.of("Chart the answers", "Present what the survey found")) {
            type("objective-title", objective);
            browser.driver.findElement(By.id("add-objective")).click();
            waitForText("#objectives table", objective);
        }
        assertThat(browser.text("#objectives table")).contains(CODE + ".2", CODE + ".3", "Present what the survey found");

        browser.driver.findElement(By.xpath(
                "//select[@id='prerequisiteId']/option[starts-with(normalize-space(.), 'MATH-01 ')]")).click();
        browser.driver.findElement(By.id("add-prerequisite")).click();
        waitForText("#prerequisites ul", "MATH-01");

        // MATH-01 cannot require the new competency: that would close a cycle, and the page names it
        long math1 = framework.competencies().stream().filter(c -> c.code().equals("MATH-01")).findFirst()
                .orElseThrow().id();
        browser.open("/admin/framework/competencies/" + math1);
        browser.driver.findElement(By.xpath(
                "//select[@id='prerequisiteId']/option[starts-with(normalize-space(.), '" + CODE + " ')]")).click();
        browser.driver.findElement(By.id("add-prerequisite")).click();
        waitForText("#prerequisite-error", "cycle");
        assertThat(browser.text("#prerequisite-error")).contains("MATH-01 requires " + CODE + " requires MATH-01");

        browser.open("/admin/framework");
        WebElement row = browser.driver.findElement(By.xpath("//table[@id='competencies']//tr[contains(., '" + CODE + "')]"));
        assertThat(row.getText()).contains("Interpret data from a survey", "Arts", "MATH-01",
                "Design an unbiased survey question");

        // a bundle with the new competency, then edited
        browser.open("/admin/credits");
        browser.driver.findElement(By.id("new-bundle")).click();
        type("code", BUNDLE);
        type("name", "Survey design");
        new Select(browser.driver.findElement(By.id("areaId"))).selectByVisibleText("Electives");
        type("credits", "0.5");
        browser.driver.findElement(By.xpath("//fieldset[@id='competencies']//label[contains(., '" + CODE + "')]/input"))
                .click();
        browser.driver.findElement(By.id("save-bundle")).click();
        waitForPath("/admin/credits#bundles");
        assertThat(browser.text("#bundles-table")).contains(BUNDLE, "Survey design", CODE);

        browser.driver.findElement(By.linkText(BUNDLE)).click();
        type("name", "Survey design and statistics");
        type("credits", "1.5");
        browser.driver.findElement(By.id("save-bundle")).click();
        waitForPath("/admin/credits#bundles");
        WebElement bundleRow = browser.driver.findElement(By.xpath("//table[@id='bundles-table']//tr[contains(., '" + BUNDLE + "')]"));
        assertThat(bundleRow.getText()).contains("Survey design and statistics", "Electives", "1.5", CODE);
        assertThat(credits.bundles()).filteredOn(b -> b.code().equals(BUNDLE)).singleElement()
                .satisfies(b -> assertThat(b.credits()).isEqualByComparingTo("1.5"));
        browser.screenshot("admin-credit-rules");

        // retire both: they leave the evaluations; the pages still show them, marked
        browser.driver.findElement(By.linkText(BUNDLE)).click();
        browser.driver.findElement(By.id("retire")).click();
        waitForPath("/admin/credits#bundles");
        assertThat(browser.driver.findElement(By.xpath("//table[@id='bundles-table']//tr[contains(., '" + BUNDLE + "')]"))
                .getText()).contains("Retired");
        browser.open(competencyPage);
        browser.screenshot("admin-competency");
        browser.driver.findElement(By.id("retire")).click();
        waitForText("#retired-note", "Retired");
        assertThat(framework.competencies()).noneMatch(c -> c.code().equals(CODE));
        assertThat(credits.bundles()).noneMatch(b -> b.code().equals(BUNDLE));
    }

    /** Whatever happened above, the suite goes on with the district as it was: both retired, through the pages. */
    @org.junit.jupiter.api.AfterEach
    void retireWhatThisTestCreated() throws Exception {
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("admin"));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        for (var bundle : credits.bundles().stream().filter(b -> b.code().equals(BUNDLE)).toList()) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .post("/admin/credits/bundles/{id}/retire", bundle.id()).with(admin).with(csrf));
        }
        for (var competency : framework.competencies().stream().filter(c -> c.code().equals(CODE)).toList()) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .post("/admin/framework/competencies/{id}/retire", competency.id()).with(admin).with(csrf));
        }
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    /** A click that submits a form returns before the next page is there: wait for its address. */
    private static void waitForPath(String regex) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> browser.path().matches(regex));
    }

    private static void waitForText(String css, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> browser.text(css).contains(text));
    }

    private static void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
