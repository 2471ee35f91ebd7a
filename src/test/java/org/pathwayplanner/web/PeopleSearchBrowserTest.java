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
import org.pathwayplanner.people.PeopleRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the administrator finds a student by the beginnings of their names, opens the page that
 * chooses their counselor, moves them to another caseload and is back on their search.
 */
@PlannerTest
class PeopleSearchBrowserTest {

    static Browser browser;

    @Autowired
    PeopleDirectory people;
    @Autowired
    PeopleRegistry registry;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorFindsAStudentByTheBeginningsOfTheirNamesAndChangesTheirCounselor() {
        var student = people.caseloadOf("counselor2").get(2);
        var counselor1 = people.staffOfAccount("counselor1").orElseThrow();
        String find = student.firstName().substring(0, 2).toLowerCase() + " " + student.lastName().substring(0, 3).toUpperCase();
        browser.signInAs("admin").open("/admin/people");

        browser.driver.findElement(By.id("find")).sendKeys(find);
        browser.driver.findElement(By.cssSelector("#people-search button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("find="));
        assertThat(browser.text("#find-hint")).contains("beginning of the first or last name");
        assertThat(browser.text("#found")).contains(student.fullName()).contains(student.studentNumber());

        browser.driver.findElement(By.id("change-counselor-" + student.id())).click();
        assertThat(browser.text("h1")).isEqualTo("Counselor of " + student.fullName());
        assertThat(browser.text("#choice-student")).contains("now with " + student.counselorName());
        browser.screenshot("admin-counselor-choice");
        browser.driver.findElement(By.cssSelector("label[for='counselor-" + counselor1.id() + "']")).click();
        browser.driver.findElement(By.id("choice-submit")).click();

        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/admin/people?"));
        assertThat(browser.text("[role=status]")).isEqualTo("The student is on the new counselor's caseload.");
        assertThat(browser.text("#found")).contains(student.fullName()).contains(counselor1.fullName());
        assertThat(people.counselorUsernameOf(student.id())).contains("counselor1");
        registry.assignCounselor(student.id(), people.staffOfAccount("counselor2").orElseThrow().id());   // as it was
    }
}
