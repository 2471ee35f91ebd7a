package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.Hypothesis;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a student proposes a pathway (watching the live what-if), the teacher and the counselor
 * approve it, the student sees it active, logs hours, attaches evidence and marks it complete; the teacher
 * assesses it; the student sees it completed with the credits it earned.
 */
@PlannerTest
class PathwayJourneyBrowserTest {

    static Browser browser;
    /** Unique, so the reviewers pick this proposal among the others the suite creates. */
    static final String TITLE = "Online statistics course " + System.nanoTime();

    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;
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
    void anEmptyProposalIsRefusedWithAMessageBesideEachField() {
        browser.signInAs("student.ahead");
        browser.open("/student/pathways/new");

        browser.driver.findElement(By.cssSelector("#proposal-form button[type=submit]")).click();

        assertThat(browser.text("#proposal-form .alert.error")).isEqualTo("Please correct the fields marked below.");
        assertThat(browser.driver.findElements(By.cssSelector(".field-error"))).extracting(WebElement::getText)
                .contains("Give the pathway a title", "Choose the kind of pathway",
                        "Pick at least one competency the pathway will demonstrate");
        WebElement title = browser.driver.findElement(By.id("title"));
        assertThat(title.getDomAttribute("aria-invalid")).isEqualTo("true");
        String describedBy = title.getDomAttribute("aria-describedby");
        assertThat(describedBy).isNotBlank();
        assertThat(browser.driver.findElement(By.id(describedBy.split(" ")[0])).getText()).isEqualTo("Give the pathway a title");
        assertThat(browser.driver.switchTo().activeElement().getText()).as("the error summary has the focus")
                .isEqualTo("Please correct the fields marked below.");
    }

    @Test
    void aStudentProposesTheTeacherAndCounselorApproveAndTheStudentSeesItApproved() {
        String student = "student.ahead";
        browser.signInAs(student);
        browser.open("/student/pathways/new");
        new Select(browser.driver.findElement(By.id("type"))).selectByValue("ONLINE_COURSE");
        assertThat(browser.driver.findElements(By.cssSelector("#kind-limits li[data-kind]")))
                .filteredOn(WebElement::isDisplayed).extracting(WebElement::getText).singleElement()
                .satisfies(limits -> assertThat(limits).startsWith("Online course: ").contains("hours per credit"));
        type("title", TITLE);
        type("provider", "Open University");
        date("startDate", LocalDate.now().minusDays(7));
        date("endDate", LocalDate.now().plusDays(90));
        type("plannedHours", "30");
        type("requestedCredits", "0.5");
        new Select(browser.driver.findElement(By.id("creditAreaCode"))).selectByValue("STEM");
        long studentId = people.studentOfAccount(student).orElseThrow().id();
        WebElement target = browser.driver.findElements(By.cssSelector("input[name=competencyIds]")).stream()
                .filter(box -> masteredByOneAssessment(studentId, Long.parseLong(box.getDomAttribute("value"))))
                .findFirst().orElseThrow();
        long competencyId = Long.parseLong(target.getDomAttribute("value"));
        target.click();
        String newlyMastered = "Newly mastered: " + framework.competency(competencyId).orElseThrow().title();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("what-if")).getText().contains(newlyMastered));
        assertThat(browser.text("#what-if-table")).contains("Science, technology, engineering and mathematics");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("live-eligibility-summary")).getText()
                        .equals("The pathway rules are met so far."));
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('what-if').scrollIntoView()");
        browser.screenshot("student-pathway-what-if");
        browser.driver.findElement(By.cssSelector("#proposal-form button[type=submit]")).click();

        assertThat(browser.text("#proposal-status")).isEqualTo("In review");
        assertThat(browser.text("#waiting-TeacherReview")).startsWith("Teacher review waits for ").contains("Due ");
        String proposalPage = browser.path();
        browser.screenshot("student-proposal");

        String area = framework.competency(competencyId).orElseThrow().areaCode();
        List<String> teachers = people.teachersOfStudentIn(studentId, area == null ? List.of() : List.of(area));
        browser.signInAs(teachers.get(0));
        browser.open("/teacher");
        assertThat(browser.text("#home-tasks")).contains("Teacher review: " + TITLE);
        decide(teachers.get(0), "APPROVE");
        decide(people.counselorUsernameOf(studentId).orElseThrow(), "APPROVE");

        browser.signInAs(student);
        browser.open(proposalPage);
        assertThat(browser.text("#proposal-status")).isEqualTo("Active");
        assertThat(browser.text("#timeline")).contains("Approved by the teacher").contains("Approved by the counselor").contains("Active");

        logHours(LocalDate.now().minusDays(7), "24", "Units 1 to 4 and their quizzes");
        waitUntilText("#proposal-details", "24 of 30 hours logged");
        logHours(LocalDate.now().minusDays(6), "6", "Final project");
        waitUntilText("#proposal-details", "30 of 30 hours logged");
        assertThat(browser.text("#timesheet")).contains("Units 1 to 4 and their quizzes").contains("Final project");
        type("url", "https://portfolio.example.org/statistics");
        type("evidence-description", "Course certificate and final project");
        browser.driver.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
        waitUntilText("#evidence-list", "Course certificate and final project");
        browser.driver.findElement(By.id("complete-summary")).click();
        assertThat(browser.text("#complete-next")).startsWith("What happens next: you can no longer log hours");
        browser.driver.findElement(By.id("mark-complete")).click();
        waitUntilText("main", "Marked complete.");

        assess(teachers.get(0), competencyId, "4");

        browser.signInAs(student);
        browser.open(proposalPage);
        assertThat(browser.text("#proposal-status")).isEqualTo("Completed");
        assertThat(browser.text("#credits-requested")).isEqualTo("0.5 credits requested in Science, technology, engineering and mathematics");
        assertThat(browser.text("#credits-approved")).isEqualTo("0.5 credits approved");
        assertThat(browser.text("#credits-awarded")).isEqualTo("0.5 credits awarded");
        assertThat(browser.text("#timeline")).contains("Assessed by the teacher").contains("Completed");
        browser.screenshot("student-pathway-completed");
        browser.open("/student/transcript");
        assertThat(browser.text("main")).contains(TITLE);
        assertThat(browser.driver.findElement(By.xpath("//div[@id='transcript-pathways']/div[contains(., '" + TITLE
                + "')]")).getText()).contains("0.5 credits in");
    }

    private void assess(String teacher, long competencyId, String level) {
        browser.signInAs(teacher);
        browser.open("/tasks");
        browser.driver.findElement(By.xpath("//table[@id='inbox']//tr[td[contains(., '" + TITLE + "')]]//a")).click();
        assertThat(browser.text("#readiness")).contains(framework.competency(competencyId).orElseThrow().title());
        assertThat(browser.text("main")).contains("Course certificate and final project");
        browser.driver.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        waitUntilText("#decision-error", "Choose a decision: nothing is decided until you choose one");
        browser.driver.findElement(By.cssSelector("input[name=decision][value=ASSESS]")).click();
        browser.driver.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        waitUntilText("#levels-error", "Choose a level for every target competency of the pathway");
        browser.driver.findElement(By.cssSelector("input[name=decision][value=ASSESS]")).click();
        new Select(browser.driver.findElement(By.id("level-" + competencyId))).selectByValue(level);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('readiness').scrollIntoView()");
        browser.screenshot("teacher-pathway-assessment");
        browser.driver.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/tasks"));
        assertThat(browser.text("main")).contains("Your decision is recorded.");
    }

    /** The page changes after a click: waits until the (new) element shows the text. */
    private void waitUntilText(String css, String expected) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getText().contains(expected));
        assertThat(browser.text(css)).contains(expected);
    }

    private boolean masteredByOneAssessment(long studentId, long competencyId) {
        return progress.whatIf(studentId, new Hypothesis(List.of(new Hypothesis.HypotheticalScore(null, competencyId, 4)),
                List.of())).newlyMasteredCompetencyIds().contains(competencyId);
    }

    private void decide(String reviewer, String decision) {
        browser.signInAs(reviewer);
        browser.open("/tasks");
        browser.driver.findElement(By.xpath("//table[@id='inbox']//tr[td[contains(., '" + TITLE + "')]]//a")).click();
        browser.driver.findElement(By.cssSelector("input[name=decision][value=" + decision + "]")).click();
        browser.driver.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/tasks"));
        assertThat(browser.text("main")).contains("Your decision is recorded.");
    }

    private void type(String id, String value) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void logHours(LocalDate day, String hours, String activity) {
        date("workDate", day);
        type("hours", hours);
        type("activity", activity);
        browser.driver.findElement(By.cssSelector("#carry-out form button[type=submit]")).click();
    }

    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, value.toString());
    }
}
