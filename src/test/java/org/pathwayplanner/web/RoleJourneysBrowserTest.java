package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser: each role signs in and lands on its own page with real figures; roles stay apart. */
@PlannerTest
class RoleJourneysBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aStudentSeesTheirGraduationProgressWithRealFigures() {
        browser.signInAs("student1");

        assertThat(browser.path()).isEqualTo("/student");
        var student = people.studentOfAccount("student1").orElseThrow();
        var audit = progress.progressOf(student.id()).audit();
        assertThat(browser.text("h1")).isEqualTo("Hello, " + student.firstName());
        assertThat(browser.text("#audit-status")).contains(audit.earned().stripTrailingZeros().toPlainString() + " of "
                + audit.required().stripTrailingZeros().toPlainString() + " credits");
        assertThat(browser.driver.findElements(By.cssSelector("#audit-status [role=progressbar]"))).hasSize(
                audit.lines().size());
        assertThat(browser.text(".role-badge")).isEqualTo("Student");
        browser.screenshot("student-dashboard");
    }

    @Test
    void aCounselorSeesTheirCaseload() {
        browser.signInAs("counselor1");

        assertThat(browser.path()).isEqualTo("/counselor");
        assertThat(browser.text("main")).contains(people.caseloadOf("counselor1").size() + " students on your caseload");
        browser.screenshot("counselor-caseload");
    }

    @Test
    void aTeacherSeesTheirClasses() {
        browser.signInAs("teacher.math");

        assertThat(browser.path()).isEqualTo("/teacher");
        assertThat(browser.text("main")).contains("Mathematics 9").contains("Mathematics 12");
        browser.screenshot("teacher-classes");
    }

    @Test
    void aGuardianSeesTheirChild() {
        browser.signInAs("guardian1");

        assertThat(browser.path()).isEqualTo("/guardian");
        assertThat(browser.text("main")).contains(people.studentsOfGuardian("guardian1").get(0).fullName());
    }

    @Test
    void anAdministratorEditsRulesInACodeEditor() {
        browser.signInAs("admin");
        assertThat(browser.path()).isEqualTo("/admin");
        assertThat(browser.text("#competency-count")).isEqualTo("53");

        browser.open("/admin/rules/files/policy.drl");

        assertThat(browser.driver.findElements(By.cssSelector(".CodeMirror-linenumber"))).isNotEmpty();
        assertThat(browser.text(".CodeMirror")).contains("District policy");
        browser.screenshot("admin-rule-editor");
    }

    @Test
    void aStudentCannotOpenAnotherRolesPages() {
        browser.signInAs("student1");

        browser.open("/counselor");

        assertThat(browser.text("h1")).isEqualTo("Not yours to see");
    }

    @Test
    void theLanguageCanBeSwitchedToSpanishAndIsRemembered() {
        browser.signInAs("student1");

        browser.open("/student?lang=es");
        browser.open("/student");

        assertThat(browser.text("h2")).isEqualTo("Progreso hacia la graduación");
        browser.open("/student?lang=en");
    }
}
