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
    @Autowired
    org.pathwayplanner.framework.FrameworkCatalog framework;

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

    @Test
    void aStudentsMapShowsEveryCompetencyAndExplainsWhyOneIsLocked() {
        browser.signInAs("student1");

        browser.open("/student/map");

        var nodes = browser.driver.findElements(By.cssSelector("#competency-map a.map-node"));
        assertThat(nodes).hasSize(53);
        browser.screenshot("student-competency-map");
        var locked = browser.driver.findElements(By.cssSelector("#competency-map a.map-node[data-status=LOCKED]"));
        assertThat(locked).isNotEmpty();
        browser.open(locked.get(0).getDomAttribute("href"));
        assertThat(browser.text("#why")).contains("is locked until");
    }

    @Test
    void evidenceRecordedByATeacherChangesTheStudentsMapAndDashboard() {
        var student = people.studentOfAccount("student.struggling").orElseThrow();
        var before = progress.progressOf(student.id());
        var open = before.competencies().stream().filter(c -> "IN_PROGRESS".equals(c.status()) && c.areaCode() != null
                && !"SCI".equals(c.areaCode()) && !"WL".equals(c.areaCode())).findFirst().orElseThrow();
        browser.signInAs("student.struggling");
        browser.open("/student/map");
        assertThat(browser.driver.findElement(By.cssSelector("a.map-node[href$='/competencies/" + open.id() + "']"))
                .getAttribute("data-status")).isEqualTo("IN_PROGRESS");

        String teacher = people.teachersOfStudentIn(student.id(), java.util.List.of(open.areaCode())).get(0);
        long section = people.sectionsOfTeacher(teacher).stream()
                .filter(s -> people.studentsOfSection(s.id()).stream().anyMatch(st -> st.id() == student.id()))
                .findFirst().orElseThrow().id();
        browser.signInAs(teacher);
        browser.open("/teacher/sections/" + section + "/evidence?competency=" + open.id());
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("kind"))).selectByValue("EXHIBITION");
        browser.driver.findElement(By.id("title")).sendKeys("Exhibition of learning");
        framework.objectives().stream().filter(o -> o.competencyId() == open.id()).forEach(o ->
                new org.openqa.selenium.support.ui.Select(browser.driver.findElement(
                        By.id("level-" + student.id() + "-" + o.id()))).selectByValue("4"));
        browser.screenshot("teacher-evidence-grid");
        browser.driver.findElement(By.cssSelector("#grid-form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[role=status], [role=alert]")).isEmpty());
        assertThat(browser.text("main")).contains("Evidence recorded for 1 ");

        browser.signInAs("student.struggling");
        browser.open("/student/map");
        assertThat(browser.driver.findElement(By.cssSelector("a.map-node[href$='/competencies/" + open.id() + "']"))
                .getAttribute("data-status")).isEqualTo("MASTERED");
        browser.open("/student");
        assertThat(browser.text("#recent-evidence")).contains("Exhibition of learning");
    }

    @Test
    void aStudentsTranscriptListsTheCompetenciesMastered() {
        var student = people.studentOfAccount("student.senior").orElseThrow();
        long mastered = progress.progressOf(student.id()).competencies().stream().filter(c -> c.mastered()).count();
        browser.signInAs("student.senior");

        browser.open("/student/transcript");

        assertThat(browser.text("#mastered-count")).isEqualTo(String.valueOf(mastered));
        assertThat(browser.driver.findElements(By.cssSelector("#transcript-competencies tbody tr"))).hasSize((int) mastered);
        browser.screenshot("student-transcript");
    }

    @Test
    void aGuardianOpensTheirChildsProgressButNotAnotherStudents() {
        browser.signInAs("guardian1");
        var child = people.studentsOfGuardian("guardian1").get(0);

        browser.open("/students/" + child.id());
        assertThat(browser.text("h1")).isEqualTo(child.fullName());
        browser.open("/students/" + (child.id() + 1));
        assertThat(browser.text("h1")).isEqualTo("Not yours to see");
    }
}
