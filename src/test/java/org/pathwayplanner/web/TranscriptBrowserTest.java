package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a student opens a competency's evidence on the transcript and finds the PDF and the Print button
 * (its script runs under the page's policy); a counselor makes the transcripts of a class of the caseload, follows the
 * progress bar to the end and finds the zip.
 */
@PlannerTest
class TranscriptBrowserTest {

    static Browser browser;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aStudentOpensTheEvidenceOfACompetencyAndFindsTheirPdf() {
        browser.signInAs("student.senior");
        browser.consoleMessages();

        browser.open("/student/transcript");

        WebElement first = browser.driver.findElement(By.cssSelector(".transcript-competencies details"));
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElements(By.cssSelector("li"))).isNotEmpty();
        assertThat(browser.driver.findElement(By.id("transcript-print")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("transcript-pdf")).getAttribute("href"))
                .endsWith("/student/transcript.pdf");
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
        browser.screenshot("student-transcript-evidence");
    }

    @Test
    void aCounselorMakesTheTranscriptsOfAClassAndFollowsTheProgress() {
        browser.signInAs("counselor1");
        browser.open("/counselor");
        browser.consoleMessages();
        browser.driver.findElement(By.linkText("Class transcripts")).click();
        assertThat(browser.path()).isEqualTo("/transcripts/class");

        browser.driver.findElement(By.cssSelector("#class-transcripts-form button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(120))
                .until(d -> !d.findElements(By.id("class-job-done")).isEmpty());

        assertThat(browser.text("#class-job-done")).containsPattern("transcripts? (is|are) ready");
        assertThat(browser.driver.findElement(By.id("class-job-download")).getAttribute("href"))
                .contains("/transcripts/class/jobs/").endsWith("/download");
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
        browser.screenshot("counselor-class-transcripts");
    }
}
