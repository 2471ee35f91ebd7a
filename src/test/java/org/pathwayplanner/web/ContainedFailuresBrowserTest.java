package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.pathwayplanner.progress.RulesFailingFor;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, with rules in use that cannot evaluate one student: the teacher records the class grid and is
 * told the evidence is saved and progress will follow, and the administrator's home page names the student.
 */
@PlannerTest
class ContainedFailuresBrowserTest {

    static Browser browser;

    @Autowired
    StudentEvaluator evaluator;
    @Autowired
    DistrictEvaluation district;
    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void theTeacherIsToldProgressWillFollowAndTheAdministratorSeesTheFailingStudent() {
        var section = people.sectionsOfTeacher("teacher.art").get(0);
        // the last of the class, on a date a month ago: other tests read the first students' latest evidence
        var students = people.studentsOfSection(section.id());
        var student = students.get(students.size() - 1);
        var competency = framework.competencies().stream().filter(c -> "ART".equals(c.areaCode())).findFirst()
                .orElseThrow();

        try (RulesFailingFor rules = RulesFailingFor.student(student.id(), evaluator, district)) {
            browser.signInAs("teacher.art");
            browser.open("/teacher/sections/" + section.id() + "/evidence?competency=" + competency.id());
            new Select(browser.driver.findElement(By.id("kind"))).selectByValue("EXHIBITION");
            browser.driver.findElement(By.id("title")).sendKeys("Portrait studies");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('assessedOn').value = arguments[0];",
                    java.time.LocalDate.now().minusDays(30).toString());
            framework.objectives().stream().filter(o -> o.competencyId() == competency.id()).forEach(o ->
                    new Select(browser.driver.findElement(By.id("level-" + student.id() + "-" + o.id())))
                            .selectByValue("3"));
            browser.driver.findElement(By.cssSelector("#grid-form button[type=submit]")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.id("recorded-stale")).isEmpty());
            assertThat(browser.text("#recorded-stale")).startsWith("Saved; progress will update when the rules are fixed");
            browser.screenshot("evidence-saved-progress-stale");

            browser.signInAs("admin");
            browser.open("/admin");
            assertThat(browser.text("#stale-banner")).contains("1 student cannot be evaluated by the rules in use")
                    .contains(student.fullName()).contains(RulesFailingFor.REASON);
            browser.screenshot("admin-stale-banner");
            browser.driver.findElement(By.linkText(student.fullName())).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.id("progress-stale")).isEmpty());
            assertThat(browser.text("#progress-stale")).contains("The progress shown is from before");
        }
    }
}
