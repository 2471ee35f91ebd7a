package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pathwayplanner.pathways.AgreementJourney;
import org.pathwayplanner.pathways.AgreementJourney.AwaitingSignatures;
import org.pathwayplanner.pathways.PathwayFixtures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: an approved internship whose mentor is invited waits for its training agreement; the student
 * signs from their pathway, the guardian from their home page (a wrong name is refused beside the field), the mentor
 * from the e-mailed link, the counselor from their home page; with the last signature the pathway is active.
 */
@PlannerTest
class TrainingAgreementBrowserTest {

    static Browser browser;

    @Autowired
    PathwayService pathways;
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
    void theStudentTheGuardianTheMentorAndTheCounselorSignAndThePathwayStarts() {
        Proposer p = new PathwayFixtures(jdbc, people, progress, pathways).aMinorInGrade11();
        AgreementJourney journey = new AgreementJourney(application);
        AwaitingSignatures waiting = journey.awaitingSignatures(p, PathwayFixtures.internship(p.target()),
                "Dr. Lena Ortiz", "Hartford Hospital", "lortiz@hospital.example.org");
        long id = waiting.proposal().id();

        browser.signInAs(p.student().username());
        browser.open("/student/pathways/" + id);
        browser.clickToNextPage(By.id("open-agreement"));
        assertThat(browser.text("#agreement-text")).startsWith("TRAINING AGREEMENT").contains("Dr. Lena Ortiz");
        assertThat(browser.text("#party-MENTOR")).contains("Not signed yet");
        browser.screenshot("agreement-student");
        signAs(p.student().fullName());
        assertThat(browser.text("#party-STUDENT")).contains("Signed “" + p.student().fullName() + "”");
        assertThat(browser.text("#agreement-signed-by-you")).isNotBlank();

        browser.signInAs(p.guardian());
        browser.clickToNextPage(By.id("agreement-of-" + id));
        signAs("Someone Else");
        assertThat(browser.text("#fullName-error")).startsWith("Type your full name as the school has it");
        browser.screenshot("agreement-wrong-name");
        signAs(journey.nameOf(p.guardian()));
        assertThat(browser.text("#party-GUARDIAN")).contains("Signed");

        browser.signInAsMentor(waiting.mentorLink());
        browser.clickToNextPage(By.id("open-agreement"));
        assertThat(browser.path()).isEqualTo("/mentor/agreement");
        signAs("Dr. Lena Ortiz");
        assertThat(browser.text("#party-MENTOR")).contains("Signed “Dr. Lena Ortiz”");
        browser.driver.findElement(By.id("agreement-back")).click();
        browser.driver.findElement(By.id("mentor-sign-out")).click();

        browser.signInAs(p.counselor());
        browser.clickToNextPage(By.id("agreement-of-" + id));
        signAs(journey.nameOf(p.counselor()));

        assertThat(browser.text("#agreement-complete")).isNotBlank();
        assertThat(browser.driver.findElements(By.id("agreement-sign"))).isEmpty();
        browser.screenshot("agreement-complete");
        assertThat(journey.now(id).status()).isEqualTo("ACTIVE");
    }

    private static void signAs(String name) {
        browser.driver.findElement(By.id("fullName")).clear();
        browser.driver.findElement(By.id("fullName")).sendKeys(name);
        if (!browser.driver.findElement(By.id("agree")).isSelected()) {
            browser.driver.findElement(By.id("agree")).click();
        }
        browser.clickToNextPage(By.id("sign-agreement"));
    }
}
