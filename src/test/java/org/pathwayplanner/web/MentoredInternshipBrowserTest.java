package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.AgreementJourney;
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
 * Issue 19's whole journey in a real browser: the counselor invites the mentor while the internship is in review;
 * once it is approved the student, the guardian, the counselor and the mentor sign the training agreement and the
 * pathway starts; the student logs a week; the mentor disputes it, the student corrects the day, the mentor confirms
 * the week; the mentor evaluates; the student marks the pathway complete and the teacher assesses it beside the
 * mentor's evaluation.
 */
@PlannerTest
class MentoredInternshipBrowserTest {

    static final String MENTOR = "Dr. Lena Ortiz";

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
    void aMentoredInternshipFromTheInvitationToTheTeachersAssessment() {
        Proposer p = new PathwayFixtures(jdbc, people, progress, pathways).aMinorInGrade11();
        PathwayJourney journey = new PathwayJourney(pathways, tasks, taskService);
        AgreementJourney agreement = new AgreementJourney(application);
        MentorMailbox mailbox = new MentorMailbox(application);
        ProposalView pathway = journey.submitted(p, PathwayFixtures.internship(p.target()));
        long id = pathway.id();
        long target = p.target().id();
        journey.decide(PathwayFixtures.teacher(p.teacher()), id, "TeacherReview", "APPROVE", null);

        // the counselor invites the mentor while the proposal is in review, then approves it; the guardian consents
        browser.signInAs(p.counselor());
        browser.open("/students/" + p.student().id());
        browser.driver.findElement(By.xpath("//a[@id='mentor-of-" + id + "']/ancestor::details/summary")).click();
        browser.clickToNextPage(By.id("mentor-of-" + id));
        browser.clickToNextPage(By.cssSelector("#mentor-invite button[type=submit]"));
        assertThat(browser.text("#mentor-current")).contains(MENTOR);
        journey.decide(PathwayFixtures.counselor(p.counselor()), id, "CounselorApproval", "APPROVE", null);
        journey.decide(PathwayFixtures.guardian(p.guardian()), id, "GuardianConsent", "CONSENT", null);
        assertThat(agreement.now(id).status()).as("an invited mentor means an agreement first").isNotEqualTo("ACTIVE");

        // every party signs the training agreement; the mentor's signature is the last and the pathway starts
        browser.signInAs(p.student().username());
        browser.open("/student/pathways/" + id);
        browser.clickToNextPage(By.id("open-agreement"));
        assertThat(browser.text("#agreement-text")).contains(MENTOR).contains("Hartford Hospital");
        signAgreementAs(p.student().fullName());
        browser.signInAs(p.guardian());
        browser.clickToNextPage(By.id("agreement-of-" + id));
        signAgreementAs(agreement.nameOf(p.guardian()));
        browser.signInAs(p.counselor());
        browser.clickToNextPage(By.id("agreement-of-" + id));
        signAgreementAs(agreement.nameOf(p.counselor()));
        browser.signInAsMentor(mailbox.newLinkSentBy(PathwayFixtures.counselor(p.counselor()), p.student().id(), id));
        browser.clickToNextPage(By.id("open-agreement"));
        signAgreementAs(MENTOR);
        assertThat(browser.text("#agreement-complete")).isNotBlank();
        assertThat(agreement.now(id).status()).isEqualTo("ACTIVE");

        // the student logs a week of work, one day wrongly
        LocalDate monday = pathway.startDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String week = monday.toString();
        browser.signInAs(p.student().username());
        browser.open("/student/pathways/" + id);
        for (int day = 0; day < 4; day++) {
            browser.logHours(monday.plusDays(day), "8", "Sample analysis with the lab team, day " + (day + 1));
        }
        browser.logHours(monday.plusDays(4), "10", "Inventory of the reagents");

        // the mentor disputes Friday; the student corrects it; the mentor confirms the week
        browser.signInAsMentor(mailbox.newLinkSentBy(PathwayFixtures.counselor(p.counselor()), p.student().id(), id));
        browser.clickToNextPage(By.id("open-timesheets"));
        browser.driver.findElement(By.id("comment-" + week)).sendKeys("Friday was 8 hours: the lab closed at 4 pm");
        browser.clickToNextPage(By.id("dispute-" + week));
        assertThat(browser.text("#week-state-" + week)).isEqualTo("Disputed");

        browser.signInAs(p.student().username());
        browser.open("/student/pathways/" + id);
        assertThat(browser.text("#dispute-comment-" + week)).contains("the lab closed at 4 pm");
        WebElement friday = browser.driver.findElement(By.xpath("//*[@id='dispute-" + week + "']//form[starts-with("
                + "@id,'correct-')][.//input[@name='workDate' and @value='" + monday.plusDays(4) + "']]"));
        String line = friday.getAttribute("id").substring("correct-".length());
        WebElement hours = browser.driver.findElement(By.id("hours-" + line));
        hours.clear();
        hours.sendKeys("8");
        browser.clickToNextPage(By.id("correct-button-" + line));
        assertThat(browser.text("#week-state-" + week)).isEqualTo("Waiting for the mentor");

        browser.signInAsMentor(mailbox.newLinkSentBy(PathwayFixtures.counselor(p.counselor()), p.student().id(), id));
        browser.clickToNextPage(By.id("open-timesheets"));
        browser.clickToNextPage(By.id("confirm-" + week));
        assertThat(browser.text("#week-state-" + week)).isEqualTo("Confirmed");
        assertThat(browser.text("#hours-confirmed")).contains("40");

        // the mentor evaluates the target competency
        browser.clickToNextPage(By.id("back-to-mentor-home"));
        browser.clickToNextPage(By.id("open-evaluation"));
        new Select(browser.driver.findElement(By.id("level-" + target))).selectByValue("3");
        browser.driver.findElement(By.id("comment-" + target)).sendKeys("Runs the analyses carefully, asks when unsure");
        browser.driver.findElement(By.id("comment")).sendKeys("A reliable intern");
        browser.clickToNextPage(By.id("send-evaluation"));
        assertThat(browser.text("#mentor-evaluation")).contains("3 Proficient");

        // the student marks it complete: the confirmed hours are the planned ones
        browser.signInAs(p.student().username());
        browser.open("/student/pathways/" + id);
        assertThat(browser.driver.findElements(By.id("shortfall-hint"))).isEmpty();
        browser.driver.findElement(By.id("complete-summary")).click();
        browser.clickToNextPage(By.id("mark-complete"));
        assertThat(browser.text("main")).contains("Marked complete.");

        // the teacher assesses, the mentor's evaluation beside the level, and keeps the final word
        browser.signInAs(p.teacher());
        browser.open("/tasks/" + journey.taskId(id, "AssessPathway"));
        assertThat(browser.text("#mentor-said-" + target)).contains("3 Proficient");
        assertThat(browser.text("#timesheet-weeks")).contains("Confirmed");
        browser.driver.findElement(By.cssSelector("input[name=decision][value=ASSESS]")).click();
        new Select(browser.driver.findElement(By.id("level-" + target))).selectByValue("4");
        browser.screenshot("mentored-internship-assessment");
        browser.driver.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/tasks"));
        assertThat(agreement.now(id).status()).isEqualTo("COMPLETED");
    }

    private static void signAgreementAs(String name) {
        browser.driver.findElement(By.id("fullName")).sendKeys(name);
        browser.driver.findElement(By.id("agree")).click();
        browser.clickToNextPage(By.id("sign-agreement"));
        assertThat(browser.text("#agreement-signed-by-you")).isNotBlank();
    }
}
