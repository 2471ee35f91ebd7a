package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
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
 * In a real browser: the student's counselor invites the mentor from the student's page; the mentor opens the link
 * from their e-mail, presses the button and sees the one pathway they supervise; once they are in, the link is used.
 */
@PlannerTest
class MentorBrowserTest {

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
    void theCounselorInvitesTheMentorWhoOpensTheirPathwayFromTheLink() {
        Proposer p = new PathwayFixtures(jdbc, people, progress, pathways).aMinorInGrade11();
        ProposalView pathway = new PathwayJourney(pathways, tasks, taskService)
                .active(p, PathwayFixtures.internship(p.target()));

        browser.signInAs(p.counselor());
        browser.open("/students/" + p.student().id());
        browser.driver.findElement(By.xpath("//a[@id='mentor-of-" + pathway.id() + "']/ancestor::details/summary"))
                .click();
        browser.driver.findElement(By.id("mentor-of-" + pathway.id())).click();
        assertThat(browser.driver.findElement(By.id("mentorName")).getAttribute("value")).isEqualTo("Dr. Lena Ortiz");
        assertThat(browser.driver.findElement(By.id("organisation")).getAttribute("value")).isEqualTo("Hartford Hospital");
        assertThat(browser.driver.findElement(By.id("email")).getAttribute("value"))
                .as("the proposal's contact for the mentor").isEqualTo("lortiz@hospital.example.org");
        browser.driver.findElement(By.cssSelector("#mentor-invite button[type=submit]")).click();
        assertThat(browser.text("#mentor-current")).contains("Dr. Lena Ortiz").contains("lortiz@hospital.example.org")
                .doesNotContain("Invited by " + p.counselor());
        browser.screenshot("mentor-invitation");

        String link = new MentorMailbox(application).newLinkSentBy(PathwayFixtures.counselor(p.counselor()),
                p.student().id(), pathway.id());
        browser.signInAsMentor(link);

        assertThat(browser.text("h1")).isEqualTo(pathway.title());
        assertThat(browser.text("#mentor-pathway")).contains(p.student().fullName()).contains("Hartford Hospital");
        assertThat(browser.text("#mentor-who")).contains("Dr. Lena Ortiz");
        browser.screenshot("mentor-pathway");

        browser.clickToNextPage(By.id("mentor-sign-out"));
        browser.open(link);
        assertThat(browser.text("#mentor-link-unusable")).contains("used");
    }

    @Test
    void theMentorEvaluatesAndTheTeacherSeesItOnTheAssessment() {
        Proposer p = new PathwayFixtures(jdbc, people, progress, pathways).aMinorInGrade11();
        PathwayJourney journey = new PathwayJourney(pathways, tasks, taskService);
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        String link = new MentorMailbox(application).invitationSentBy(PathwayFixtures.teacher(p.teacher()),
                p.student().id(), pathway.id(), "Dr. Lena Ortiz", "Hartford Hospital", "lortiz@hospital.example.org");
        long target = p.target().id();

        browser.signInAsMentor(link);
        assertThat(browser.text("#mentor-evaluation-none")).isNotBlank();
        browser.clickToNextPage(By.id("open-evaluation"));
        browser.clickToNextPage(By.id("send-evaluation"));
        assertThat(browser.text("#level-" + target + "-error")).isEqualTo("Choose a level of the scale");
        browser.screenshot("mentor-evaluation-refused");
        new Select(browser.driver.findElement(By.id("level-" + target))).selectByValue("3");
        browser.driver.findElement(By.id("comment-" + target)).sendKeys("Reads lab orders carefully and asks when unsure");
        browser.driver.findElement(By.id("comment")).sendKeys("A reliable, curious intern");
        browser.screenshot("mentor-evaluation-form");
        browser.clickToNextPage(By.id("send-evaluation"));
        assertThat(browser.path()).isEqualTo("/mentor");
        assertThat(browser.text("#mentor-evaluation")).contains("3 Proficient").contains("A reliable, curious intern");
        browser.driver.findElement(By.id("mentor-sign-out")).click();

        journey.logsPlannedHours(p, pathway.id());
        new org.pathwayplanner.pathways.MentorConfirmation(application).confirmsEveryWeek(pathway.id());
        pathways.markComplete(p.viewer(), pathway.id(), "Done");
        browser.signInAs(p.teacher());
        browser.open("/tasks/" + journey.taskId(pathway.id(), "AssessPathway"));
        assertThat(browser.text("#mentor-evaluation")).contains("Dr. Lena Ortiz")
                .contains("Reads lab orders carefully and asks when unsure").contains("A reliable, curious intern");
        assertThat(browser.text("#mentor-said-" + target)).contains("3 Proficient");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()",
                browser.driver.findElement(By.id("mentor-evaluation")));
        browser.screenshot("assessment-mentor-evaluation");
    }
}
