package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the administrator uploads a gradebook file with a mistake, is told its line and column, fixes
 * it, checks it again, imports it, finds the evidence on the student's page, and undoes the import (the evidence
 * stays in the history, shown as no longer counting).
 */
@PlannerTest
class GradebookImportBrowserTest {

    static Browser browser;
    static final String TITLE = "Browser lab " + System.nanoTime() % 100_000;

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
    void anAdministratorImportsGradebookEvidenceAfterFixingTheFileAndUndoesIt() throws Exception {
        var roster = people.roster();
        StudentView student = people.student(roster.get(roster.size() - 6).studentId()).orElseThrow();
        String objective = framework.objectives().get(0).code();
        String yesterday = LocalDate.now().minusDays(1).toString();
        String header = "student,competency,level,date,kind,title,assessor\n";
        Path wrong = file("gradebook-wrong", header
                + student.studentNumber() + "," + objective + ",3," + yesterday + ",TEST," + TITLE + ",teacher.math\n"
                + student.studentNumber() + ",NOT.A.CODE,2," + yesterday + ",TEST," + TITLE + ",teacher.math\n");
        Path fixed = file("gradebook-fixed", header
                + student.studentNumber() + "," + objective + ",3," + yesterday + ",TEST," + TITLE + ",teacher.math\n");

        browser.signInAs("admin");
        browser.open("/admin/data");
        browser.driver.findElement(By.id("import-evidence")).click();
        assertThat(browser.text("h1")).isEqualTo("Evidence from the gradebook");

        browser.driver.findElement(By.id("file")).sendKeys(wrong.toAbsolutePath().toString());
        browser.driver.findElement(By.id("dry-run")).click();
        assertThat(browser.text("#problem-count")).startsWith("1 problem");
        assertThat(browser.text("#problems")).isEqualTo(
                "Line 3, column competency: No competency or learning objective has the CASE identifier or code “NOT.A.CODE”.");
        assertThat(browser.driver.findElements(By.id("import"))).isEmpty();

        browser.driver.findElement(By.id("file")).sendKeys(fixed.toAbsolutePath().toString());
        browser.driver.findElement(By.id("dry-run")).click();
        assertThat(browser.text("#preview-counts")).contains("would create 1 pieces of evidence");
        browser.driver.findElement(By.id("import")).click();
        waitFor("#import-done");
        assertThat(browser.text("#import-done")).contains("1 pieces of evidence created");

        browser.open("/students/" + student.id());
        assertThat(browser.text("#recent-evidence")).contains(TITLE);

        browser.open("/admin/imports/evidence");
        browser.driver.findElement(By.cssSelector("#evidence-imports tbody tr:first-child button")).click();
        waitFor("#undo-done");
        assertThat(browser.text("#undo-done")).contains("1 pieces of evidence withdrawn");
        assertThat(browser.text("#evidence-imports tbody tr:first-child")).contains("Undone by admin");

        browser.open("/students/" + student.id());
        var row = browser.driver.findElement(By.xpath("//table[@id='recent-evidence']//tr[contains(., '" + TITLE + "')]"));
        assertThat(row.getAttribute("class")).contains("muted");
        assertThat(row.getText()).contains("withdrawn (import undone)");
    }

    private static Path file(String name, String content) throws Exception {
        Path file = Files.createTempFile(name, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private static void waitFor(String css) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }
}
