package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayJourney;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayTasks;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, work-based learning with files and the catalog: a student attaches a PDF to their active pathway
 * and their teacher downloads it from the student's page; a counselor publishes an opportunity, a student filters the
 * catalog, starts a proposal pre-filled from it and submits it, and the counselor sees the applicant and the seats left.
 */
@PlannerTest
class WorkBasedLearningBrowserTest {

    static Browser browser;

    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aStudentAttachesAFileToTheirPathwayAndTheirTeacherDownloadsIt(@TempDir Path folder) throws Exception {
        Proposer student = new PathwayFixtures(jdbc, people, progress, pathways).aHighSchoolStudent();
        ProposalView pathway = new PathwayJourney(pathways, tasks, taskService).active(student,
                PathwayFixtures.onlineCourse(student.target()));
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Path report = Files.write(folder.resolve("week 3 report.pdf"), pdf);

        browser.signInAs(student.student().username()).open("/student/pathways/" + pathway.id());
        browser.driver.findElement(By.id("pathway-files-link")).click();
        assertThat(browser.text("#file-limits")).contains("20 MB", "20 more files");
        browser.driver.findElement(By.id("file")).sendKeys(report.toString());
        browser.driver.findElement(By.id("description")).sendKeys("Week 3 project report");
        browser.driver.findElement(By.id("attach-button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("file-attached")).isEmpty());
        assertThat(browser.text("#file-attached")).isEqualTo("Attached: week 3 report.pdf");
        assertThat(browser.text("#file-list")).contains("week 3 report.pdf", "Week 3 project report",
                student.student().fullName());
        browser.screenshot("student-pathway-files");

        browser.signInAs(student.teacher()).open("/students/" + student.student().id());
        WebElement link = browser.driver.findElement(By.cssSelector("#student-files a[id^=student-file-]"));
        assertThat(link.getText()).isEqualTo("week 3 report.pdf");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(link.getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + browser.driver.manage().getCookieNamed("JSESSIONID").getValue())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("week");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aCounselorPublishesAStudentStartsAPrefilledProposalAndTheCounselorSeesTheApplicant() {
        Proposer student = new PathwayFixtures(jdbc, people, progress, pathways).aHighSchoolStudent();
        String word = "Quill" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Data journalism online " + word;

        browser.signInAs(student.counselor()).open("/opportunities");
        browser.driver.findElement(By.id("publish-link")).click();
        new Select(browser.driver.findElement(By.id("kind"))).selectByValue("ONLINE_COURSE");
        type("title", title);
        type("description", "Report a local story with public data, one module a week.");
        type("provider", "Connecticut State Online");
        type("mentorName", "Ms. Ida Tarbell");
        type("mentorEmail", "itarbell@ctonline.example.org");
        date("startDate", LocalDate.now().plusDays(10));
        date("endDate", LocalDate.now().plusDays(80));
        type("plannedHours", "20");
        type("credits", "0.5");
        new Select(browser.driver.findElement(By.id("creditAreaCode"))).selectByValue("STEM");
        type("seats", "2");
        type("minGrade", "9");
        type("maxGrade", "12");
        new Select(browser.driver.findElement(By.id("competencyIds")))
                .selectByValue(String.valueOf(student.target().id()));
        browser.driver.findElement(By.id("publish-button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().matches(".*/opportunities/\\d+$"));
        assertThat(browser.text("h1")).isEqualTo(title);
        assertThat(browser.text("#seats-left")).isEqualTo("2 of 2 seats left");
        String opportunityPath = browser.path();

        browser.signInAs(student.student().username()).open("/student");
        browser.driver.findElement(By.id("opportunities-link")).click();
        new Select(browser.driver.findElement(By.id("kind"))).selectByValue("ONLINE_COURSE");
        browser.driver.findElement(By.id("q")).sendKeys(word);
        browser.driver.findElement(By.id("filter-button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("q="));
        assertThat(browser.path()).contains("kind=ONLINE_COURSE").contains("q=" + word);
        assertThat(browser.text("#catalog-total")).isEqualTo("1 opportunity");
        assertThat(browser.text("#catalog-list")).contains(title, "Connecticut State Online", "2 of 2 seats left");
        browser.driver.findElement(By.linkText(title)).click();
        browser.driver.findElement(By.id("propose-button")).click();
        waitForPath("/revise");

        assertThat(browser.path()).matches("/student/pathways/\\d+/revise");
        assertThat(browser.text("#from-opportunity")).startsWith("Filled in from the opportunity");
        assertThat(browser.driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
        assertThat(browser.driver.findElement(By.id("provider")).getAttribute("value"))
                .isEqualTo("Connecticut State Online");
        browser.driver.findElement(By.cssSelector("#proposal-form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/revise"));
        assertThat(browser.path()).matches("/student/pathways/\\d+");

        browser.signInAs(student.counselor()).open(opportunityPath);
        assertThat(browser.text("#applicant-list")).contains(student.student().fullName());
        assertThat(browser.text("#seats-left")).isEqualTo("1 of 2 seats left");

        browser.signInAs(student.student().username()).open("/opportunities?q=" + word);
        browser.screenshot("opportunity-catalog");
        browser.open("/opportunities");
        browser.screenshot("opportunity-catalog-demo");
    }

    private void waitForPath(String part) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains(part));
    }

    private void type(String id, String value) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, value.toString());
    }
}
