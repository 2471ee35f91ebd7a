package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * In a real browser: a guardian opens the consent task of their minor's off-campus internship and reads what
 * they consent to, how the student gets there included, before choosing; consenting keeps that on the timeline.
 */
@PlannerTest
class GuardianConsentBrowserTest {

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

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void theGuardianReadsHowTheStudentGetsThereBeforeConsenting() {
        PathwayFixtures fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        PathwayJourney journey = new PathwayJourney(pathways, tasks, taskService);
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.internship(p.target()));
        journey.decide(PathwayFixtures.teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);
        journey.decide(PathwayFixtures.counselor(p.counselor()), proposal.id(), "CounselorApproval", "APPROVE", null);
        String taskId = journey.taskId(proposal.id(), "GuardianConsent");

        browser.signInAs(p.guardian());
        browser.open("/tasks/" + taskId);

        assertThat(browser.text("#consent-statement")).contains("Hartford Hospital, off campus")
                .contains("Getting there and back: Public transit (Bus 61 from the school, 20 minutes).");
        assertThat(browser.text("#transport")).isEqualTo("Getting there and back: Public transit (Bus 61 from the school, 20 minutes)");
        assertThat(browser.driver.findElements(By.cssSelector("input[name=decision]:checked"))).isEmpty();
        browser.screenshot("guardian-consent");
        browser.driver.findElement(By.cssSelector("input[name=decision][value=CONSENT]")).click();
        browser.driver.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/tasks"));

        assertThat(pathways.proposal(PathwayFixtures.counselor(p.counselor()), proposal.id()).timeline())
                .filteredOn(e -> e.action().equals("GUARDIAN_CONSENTED")).singleElement()
                .satisfies(e -> assertThat(e.comment()).contains("travel: public transit (Bus 61 from the school, 20 minutes)"));
    }
}
