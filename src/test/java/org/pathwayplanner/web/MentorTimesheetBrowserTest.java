package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.MentorMailbox;
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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: the student logs hours in two weeks; the mentor confirms one week and disputes the other with a
 * comment; the student sees the comment and corrects the week; the mentor confirms it, and attaches a file.
 */
@PlannerTest
class MentorTimesheetBrowserTest {

    static Browser browser;

    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext application;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void theMentorConfirmsOneWeekDisputesAnotherTheStudentCorrectsItAndTheMentorAttachesAFile() throws Exception {
        Proposer p = new PathwayFixtures(jdbc, people, progress, pathways).aMinorInGrade11();
        ProposalView pathway = new PathwayJourney(pathways, tasks, taskService)
                .active(p, PathwayFixtures.internship(p.target()));
        MentorMailbox mailbox = new MentorMailbox(application);
        String link = mailbox.invitationSentBy(PathwayFixtures.teacher(p.teacher()), p.student().id(), pathway.id(),
                "Dr. Lena Ortiz", "Hartford Hospital", "lortiz@hospital.example.org");
        LocalDate firstDay = pathway.startDate();
        LocalDate aWeekLater = firstDay.plusDays(7);
        String firstWeek = monday(firstDay);
        String secondWeek = monday(aWeekLater);

        // the student logs a day in each of two weeks
        browser.signInAs(p.student().username());
        browser.open("/student/pathways/" + pathway.id());
        browser.logHours(firstDay, "6", "Sample intake with the lab team");
        browser.logHours(aWeekLater, "8", "Analysis of the week's samples");

        // the mentor confirms the first week and disputes the second, saying why
        browser.signInAsMentor(link);
        browser.clickToNextPage(By.id("open-timesheets"));
        browser.clickToNextPage(By.id("confirm-" + firstWeek));
        assertThat(browser.text("#week-state-" + firstWeek)).isEqualTo("Confirmed");
        browser.clickToNextPage(By.id("dispute-" + secondWeek));
        assertThat(browser.text("#comment-" + secondWeek + "-error")).isNotBlank();
        browser.driver.findElement(By.id("comment-" + secondWeek)).sendKeys("You left at noon that day: 4 hours");
        browser.screenshot("mentor-timesheet-dispute");
        browser.clickToNextPage(By.id("dispute-" + secondWeek));
        assertThat(browser.text("#week-state-" + secondWeek)).isEqualTo("Disputed");

        // the student sees the dispute and corrects the week
        browser.signInAs(p.student().username());
        browser.open("/student/pathways/" + pathway.id());
        assertThat(browser.text("#dispute-comment-" + secondWeek)).contains("You left at noon that day: 4 hours");
        WebElement form = browser.driver.findElement(By.cssSelector("#dispute-" + secondWeek + " form[id^='correct-']"));
        String line = form.getAttribute("id").substring("correct-".length());
        WebElement hours = browser.driver.findElement(By.id("hours-" + line));
        hours.clear();
        hours.sendKeys("4");
        browser.screenshot("student-timesheet-dispute");
        browser.clickToNextPage(By.id("correct-button-" + line));
        assertThat(browser.driver.findElements(By.id("dispute-" + secondWeek))).isEmpty();
        assertThat(browser.text("#week-state-" + secondWeek)).isEqualTo("Waiting for the mentor");

        // the mentor confirms the corrected week and attaches a file
        browser.signInAsMentor(mailbox.newLinkSentBy(PathwayFixtures.teacher(p.teacher()), p.student().id(), pathway.id()));
        browser.clickToNextPage(By.id("open-timesheets"));
        browser.clickToNextPage(By.id("confirm-" + secondWeek));
        assertThat(browser.text("#week-state-" + secondWeek)).isEqualTo("Confirmed");
        assertThat(browser.text("#hours-confirmed")).contains("10");
        browser.screenshot("mentor-timesheet-confirmed");
        browser.clickToNextPage(By.id("back-to-mentor-home"));
        browser.clickToNextPage(By.id("open-files"));
        Path pdf = Files.createTempFile("supervision-notes", ".pdf");
        Files.write(pdf, ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids []"
                + " /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        browser.driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.driver.findElement(By.id("description")).sendKeys("Supervision notes");
        browser.clickToNextPage(By.id("attach-button"));
        assertThat(browser.text("#file-attached")).contains("supervision-notes");
        assertThat(browser.text("#file-list")).contains("Supervision notes").contains("Dr. Lena Ortiz");
        browser.screenshot("mentor-files");
        Files.deleteIfExists(pdf);
    }



    private static String monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    }
}
