package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a counselor opens a student's page; the administrator finds that visit by the student's number
 * and the counselor's account on the records of access; the student reads it on their own report.
 */
@PlannerTest
class RecordsOfAccessBrowserTest {

    static Browser browser;

    @Autowired
    PeopleDirectory people;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorFindsACounselorsVisitAndTheStudentSeesIt() {
        StudentView student = people.studentOfAccount("student1").orElseThrow();
        browser.signInAs("counselor1").open("/students/" + student.id());
        assertThat(browser.text("h1")).contains(student.lastName());

        browser.signInAs("admin").open("/admin/people");
        browser.driver.findElement(By.id("access-log-link")).click();
        browser.driver.findElement(By.id("student")).sendKeys(student.studentNumber());
        browser.driver.findElement(By.id("account")).sendKeys("counselor1");
        // the writer writes in the background: search again until the visit is there
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> {
            d.findElement(By.cssSelector("#access-search button[type=submit]")).click();
            return !d.findElements(By.id("access-lines")).isEmpty();
        });
        String lines = browser.text("#access-lines");
        assertThat(lines).contains(student.fullName(), "counselor1", "Counselor", "Read", "GET /students/{id}");
        assertThat(browser.text("#access-total")).matches("\\d+ lines?");
        assertThat(browser.path()).contains("student=" + student.studentNumber()).contains("account=counselor1");

        browser.driver.findElement(By.id("student")).clear();
        browser.driver.findElement(By.id("student")).sendKeys("no-such-student");
        browser.driver.findElement(By.cssSelector("#access-search button[type=submit]")).click();
        assertThat(browser.text("#unknown-student")).isEqualTo("No student has the number or username no-such-student.");

        browser.signInAs("student1").open("/student");
        browser.driver.findElement(By.linkText("Who saw my records")).click();
        assertThat(browser.text("h1")).isEqualTo("Who has seen the records of " + student.fullName());
        assertThat(browser.text("#access-lines")).contains("counselor1", "Counselor", "GET /students/{id}");
    }
}
