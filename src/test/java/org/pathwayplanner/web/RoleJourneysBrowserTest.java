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
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

        browser.open("/student?lang=es");
        assertThat(browser.text("#audit-status")).as("the same figures, as Spanish writes them")
                .contains(new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(
                        new java.util.Locale("es"))).format(audit.earned()) + " de ")
                .contains("de los créditos requeridos obtenidos").contains(": al día");
        browser.screenshot("student-dashboard-es");
        browser.open("/student?lang=en");
    }

    @Test
    void aCounselorSeesTheirCaseload() {
        browser.signInAs("counselor1");

        assertThat(browser.path()).isEqualTo("/counselor");
        var caseload = people.caseloadOf("counselor1");
        assertThat(browser.text("main")).contains(caseload.size() + " students on your caseload");
        assertThat(browser.driver.findElements(By.cssSelector("#caseload tbody tr"))).hasSize(caseload.size());
        var byStatus = progress.summaries(caseload.stream().map(s -> s.id()).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s.auditStatus(), java.util.stream.Collectors.counting()));
        for (String status : java.util.List.of("OFF_TRACK", "AT_RISK", "ON_TRACK", "MET")) {
            assertThat(browser.text("#status-chart text.count[data-status=" + status + "]"))
                    .isEqualTo(String.valueOf(byStatus.getOrDefault(status, 0L)));
        }
        assertThat(browser.text(".role-badge")).isEqualTo("Counselor");
        browser.screenshot("counselor-caseload");
    }

    @Test
    void aCounselorOpensAStudentWithCreditsByAreaUnderHeaders() {
        var student = people.caseloadOf("counselor1").get(0);
        var audit = progress.progressOf(student.id()).audit();
        browser.signInAs("counselor1");

        browser.driver.findElement(By.cssSelector("#caseload a[href$='/students/" + student.id() + "']")).click();

        assertThat(browser.text("h1")).isEqualTo(student.fullName());
        assertThat(browser.driver.findElements(By.cssSelector("#credit-areas thead th")))
                .extracting(e -> e.getText()).containsExactly("Credit area", "Progress", "Earned", "Required", "Still needed");
        var rows = browser.driver.findElements(By.cssSelector("#credit-areas tbody tr"));
        assertThat(rows).hasSize(audit.lines().size());
        for (int i = 0; i < rows.size(); i++) {
            var line = audit.lines().get(i);
            var cells = rows.get(i).findElements(By.cssSelector("td.num"));
            assertThat(rows.get(i).findElement(By.cssSelector("th")).getText()).isEqualTo(line.includedIn() == null
                    ? line.areaName() : line.areaName() + " (within " + line.includedIn() + ")");
            assertThat(cells.get(0).getText()).isEqualTo(line.earned().stripTrailingZeros().toPlainString());
            assertThat(cells.get(1).getText()).isEqualTo(line.required().stripTrailingZeros().toPlainString());
            assertThat(cells.get(2).getText()).isEqualTo(line.outstanding().stripTrailingZeros().toPlainString());
        }
        browser.screenshot("counselor-student-detail");
    }

    @Test
    void theLanguageSwitchKeepsTheCaseloadsFiltersAndWorksFromTheKeyboard() {
        var grade = people.caseloadOf("counselor1").get(0).gradeLevel();
        browser.signInAs("counselor1");
        browser.open("/counselor?grade=" + grade + "&sort=name&desc=false");

        var picker = browser.driver.findElement(By.id("lang"));
        picker.sendKeys("Español");
        assertThat(browser.path()).as("choosing alone does not leave the page").contains("grade=" + grade);
        browser.driver.findElement(By.id("lang-apply")).sendKeys(org.openqa.selenium.Keys.ENTER);

        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("lang=es"));
        assertThat(browser.path()).startsWith("/counselor?").contains("grade=" + grade).contains("sort=name")
                .contains("desc=false");
        assertThat(browser.text("h1")).isEqualTo("Mis estudiantes asignados");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("grade")))
                .getFirstSelectedOption().getText()).isEqualTo(String.valueOf(grade));
        browser.open("/counselor?lang=en");
    }

    @Test
    void aTeacherSeesTheirClassesAndHowManyStudentsAreFlagged() {
        browser.signInAs("teacher.math");

        assertThat(browser.path()).isEqualTo("/teacher");
        assertThat(browser.text("main")).contains("Mathematics 9").contains("Mathematics 12");
        var students = people.studentsOfTeacher("teacher.math");
        long flagged = progress.summaries(students.stream().map(s -> s.id()).toList()).stream()
                .filter(s -> s.interventions() > 0 || s.readyToAccelerate()).count();
        assertThat(flagged).isPositive();
        assertThat(browser.text("#flagged-count")).isEqualTo(flagged + " of your " + students.size() + " students");
        assertThat(browser.driver.findElements(By.cssSelector("#flagged tbody tr")))
                .hasSize((int) Math.min(flagged, 20));
        assertThat(browser.text("#students-shown")).isEqualTo(students.size() + " of " + students.size() + " students shown");
        assertThat(browser.driver.findElements(By.cssSelector("#students tbody tr"))).hasSize(Math.min(students.size(), 50));
        assertThat(browser.text(".role-badge")).isEqualTo("Teacher");
        browser.screenshot("teacher-classes");
    }

    @Test
    void aGuardianSeesEachChildsCreditsEarned() {
        browser.signInAs("guardian1");

        assertThat(browser.path()).isEqualTo("/guardian");
        var children = people.studentsOfGuardian("guardian1");
        assertThat(children).isNotEmpty();
        for (var child : children) {
            var audit = progress.progressOf(child.id()).audit();
            assertThat(browser.text("main")).contains(child.fullName());
            assertThat(browser.text("#glance-" + child.id() + " .credits")).isEqualTo(
                    audit.earned().stripTrailingZeros().toPlainString() + " of "
                            + audit.required().stripTrailingZeros().toPlainString() + " credits");
        }
        assertThat(browser.text(".role-badge")).isEqualTo("Guardian");
        browser.screenshot("guardian-students");
    }

    @Test
    void anAdministratorEditsRulesInACodeEditor() {
        browser.signInAs("admin");
        assertThat(browser.path()).isEqualTo("/admin");
        assertThat(browser.text("#competency-count")).isEqualTo(String.valueOf(framework.countCompetenciesInUse()));
        assertThat(browser.text("#student-count")).isEqualTo(String.valueOf(people.countStudents()));
        assertThat(browser.text("#school-count")).isEqualTo(String.valueOf(people.countSchools()));
        assertThat(browser.text(".role-badge")).isEqualTo("Administrator");

        browser.open("/admin/rules/files/mastery.drl");

        assertThat(browser.driver.findElements(By.cssSelector(".CodeMirror-linenumber"))).isNotEmpty();
        assertThat(browser.text(".CodeMirror")).contains("which calculation method applies");
        browser.screenshot("admin-rule-editor");
    }

    @Test
    void anAdministratorFindsPeopleAndOpensACounselorsCaseload() {
        browser.signInAs("admin");
        browser.open("/admin/people");

        Integer teachers = jdbc.queryForObject("select count(*) from staff_member where kind = 'TEACHER'", Integer.class);
        assertThat(browser.driver.findElements(By.cssSelector("#teachers tbody tr"))).hasSize(teachers);
        assertThat(browser.driver.findElements(By.cssSelector("#counselors tbody tr"))).hasSize(people.counselorLoads().size());
        browser.screenshot("admin-people");

        var child = people.studentsOfGuardian("guardian1").get(0);
        browser.driver.findElement(By.id("find")).sendKeys("guardian1");
        browser.driver.findElement(By.cssSelector("#people-search button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("find=guardian1"));
        assertThat(browser.text("#guardians")).contains(child.fullName());

        var counselor = people.staffOfAccount("counselor1").orElseThrow();
        browser.open("/admin/people/counselors/" + counselor.id());
        assertThat(browser.text("h1")).isEqualTo("Caseload of " + counselor.fullName());
        assertThat(browser.driver.findElements(By.cssSelector("#caseload-members tbody tr")))
                .hasSize(people.caseloadOf("counselor1").size());
    }

    @Test
    void aRequestThePageCannotServeGetsTheFriendlyPageNotTheFrameworksWords() {
        browser.signInAs("admin");

        browser.open("/admin/people/1/counselor");   // a form's address, opened instead of posted

        assertThat(browser.text("h1")).isEqualTo("This request could not be completed");
        assertThat(browser.text("main")).contains("cannot be used that way").doesNotContain("Request method")
                .doesNotContain("Whitelabel");
        assertThat(browser.text(".role-badge")).isEqualTo("Administrator");

        browser.open("/no/such/page");

        assertThat(browser.text("h1")).isEqualTo("Page not found");
    }

    @Test
    void aStudentCannotOpenAnotherStudentsPages() {
        var other = people.studentOfAccount("student2").orElseThrow();
        var audit = progress.progressOf(other.id()).audit();
        browser.signInAs("student1");

        for (String page : java.util.List.of("/students/" + other.id(), "/api/students/" + other.id() + "/progress")) {
            browser.open(page);
            assertThat(browser.driver.getPageSource()).doesNotContain(other.fullName())
                    .doesNotContain(audit.why().reason());
        }
        browser.open("/students/" + other.id());
        assertThat(browser.text("h1")).isEqualTo("Not yours to see");
        assertThat(browser.text("main")).doesNotContain(other.fullName())
                .doesNotContain(audit.earned().stripTrailingZeros().toPlainString() + " of ");
        browser.open("/student");
        assertThat(browser.text("h1")).isEqualTo("Hello, " + people.studentOfAccount("student1").orElseThrow().firstName());
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
        assertThat(browser.driver.findElements(By.cssSelector("#competency-map path.map-arrow"))).isNotEmpty();
        assertThat(arrowsThroughOtherBoxes()).isEmpty();
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
        assertThat(browser.driver.findElements(By.cssSelector(".transcript-competencies tbody tr"))).hasSize((int) mastered);
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

    /** The browser's own geometry of the drawn map: points along each arrow that lie inside a box it does not join. */
    @SuppressWarnings("unchecked")
    private java.util.List<String> arrowsThroughOtherBoxes() {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                const boxes = [...document.querySelectorAll('#competency-map a.map-node')].map(a => {
                  const r = a.querySelector('rect').getBBox();
                  return {id: a.dataset.id, x: r.x + 1, y: r.y + 1, right: r.x + r.width - 1, bottom: r.y + r.height - 1};
                });
                const found = [];
                for (const path of document.querySelectorAll('#competency-map path.map-arrow')) {
                  const length = path.getTotalLength();
                  for (let at = 0; at <= length; at += 2) {
                    const p = path.getPointAtLength(at);
                    const inside = boxes.find(b => b.id !== path.dataset.from && b.id !== path.dataset.to
                        && p.x > b.x && p.x < b.right && p.y > b.y && p.y < b.bottom);
                    if (inside) { found.push(path.dataset.from + '->' + path.dataset.to + ' crosses ' + inside.id); break; }
                  }
                }
                return found;
                """);
    }
}
