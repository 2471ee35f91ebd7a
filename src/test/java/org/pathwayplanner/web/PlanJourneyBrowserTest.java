package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.PrerequisiteEdge;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: a student drafts a plan with a prerequisite error, sees it named, fixes it watching the live
 * check, and submits; the counselor asks for a change; the student revises and submits again; the counselor approves
 * and the guardian acknowledges.
 */
@PlannerTest
class PlanJourneyBrowserTest {

    static Browser browser;

    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;
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
    void aStudentFixesAPrerequisiteErrorSubmitsRevisesAndTheCounselorApprovesAndTheGuardianAcknowledges() {
        StudentView student = aStudentWithoutAPlanWithAGuardianAccount();
        String counselor = people.counselorUsernameOf(student.id()).orElseThrow();
        String guardian = people.guardiansOf(student.id()).stream().map(g -> g.username()).filter(u -> u != null)
                .findFirst().orElseThrow();
        PrerequisiteEdge edge = aPrerequisiteNotMasteredBy(student);
        String prerequisite = framework.competency(edge.prerequisiteId()).orElseThrow().title();

        // the student plans the competency in the second term and its prerequisite in the last: an order error
        browser.signInAs(student.username());
        browser.open("/student/plan");
        List<String> terms = options("term");
        add(terms.get(1), "COMPETENCY", "competencyId", edge.competencyId());
        add(terms.get(terms.size() - 1), "COMPETENCY", "competencyId", edge.prerequisiteId());
        assertThat(findings()).anyMatch(f -> f.contains("before its prerequisite " + prerequisite));
        browser.screenshot("plan-board-order-error");

        // moving the prerequisite to the first term: the live check says the error goes, before anything is saved
        WebElement item = itemTitled(prerequisite);
        String itemId = item.getDomAttribute("data-item-id");
        new Select(item.findElement(By.cssSelector("select.move-term"))).selectByValue(terms.get(0));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("plan-live-summary")).isEmpty());
        assertThat(browser.text("#plan-live-result")).doesNotContain("before its prerequisite");
        assertThat(findings()).as("nothing saved yet").anyMatch(f -> f.contains("before its prerequisite"));
        submit(By.cssSelector("li[data-item-id='" + itemId + "'] .move-form button"));
        assertThat(findings()).noneMatch(f -> f.contains("before its prerequisite"));

        browser.driver.findElement(By.id("goal-postsecondary")).sendKeys("Community college, then a nursing degree");
        submit(By.cssSelector("#goals button[type=submit]"));
        submit(By.cssSelector("#submit-plan button[type=submit]"));
        assertThat(browser.text("#plan-status")).contains("With the counselor");

        // the counselor finds the review on their home page and asks for a change
        browser.signInAs(counselor);
        browser.open("/counselor");
        submit(By.xpath("//div[@id='home-plan-reviews']//a[contains(., '"
                + student.fullName() + "')]"));
        assertThat(browser.text("#plan-check")).isNotBlank();
        assertThat(browser.text("#plan-goals")).contains("Community college, then a nursing degree");
        browser.screenshot("plan-counselor-review");
        browser.driver.findElement(By.id("comment")).sendKeys("Add a flexible pathway for your career interest");
        submit(By.cssSelector("#plan-decision button[value=CHANGES]"));
        assertThat(browser.text("#plan-decided")).isEqualTo("The student is asked for changes.");

        // the student reads the comment, adds a pathway and submits again
        browser.signInAs(student.username());
        browser.open("/student/plan");
        assertThat(browser.text("#plan-changes-asked")).contains("Add a flexible pathway for your career interest");
        new Select(browser.driver.findElement(By.id("term"))).selectByValue(terms.get(terms.size() - 1));
        new Select(browser.driver.findElement(By.id("kind"))).selectByValue("PATHWAY");
        new Select(browser.driver.findElement(By.id("pathwayKind"))).selectByValue("SERVICE_LEARNING");
        browser.driver.findElement(By.id("title")).sendKeys("Hospital volunteering");
        new Select(browser.driver.findElement(By.id("creditAreaCode"))).selectByValue("ELECTIVES");
        browser.driver.findElement(By.id("credits")).sendKeys("0.5");
        submit(By.cssSelector("#add-item button[type=submit]"));
        assertThat(browser.text("#plan-board")).contains("Hospital volunteering");
        submit(By.cssSelector("#submit-plan button[type=submit]"));

        // the counselor approves; the guardian acknowledges from their home page
        browser.signInAs(counselor);
        browser.open("/students/" + student.id() + "/plan");
        submit(By.cssSelector("#plan-decision button[value=APPROVE]"));
        assertThat(browser.text("#plan-status")).contains("Approved, waiting for a guardian");

        browser.signInAs(guardian);
        browser.open("/guardian");
        submit(By.xpath("//div[@id='home-plan-reviews']//a[contains(., '"
                + student.fullName() + "')]"));
        submit(By.cssSelector("#plan-acknowledge button[type=submit]"));
        assertThat(browser.text("#plan-status")).contains("Approved");
        assertThat(browser.text("#plan-versions")).contains("Changes asked for").contains("Approved");
        browser.screenshot("plan-approved");
    }

    /** Clicks a button that loads a new page, and waits for it. */
    private void submit(By button) {
        WebElement clicked = browser.driver.findElement(button);
        clicked.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(clicked));
    }

    private void add(String term, String kind, String field, long id) {
        new Select(browser.driver.findElement(By.id("term"))).selectByValue(term);
        new Select(browser.driver.findElement(By.id("kind"))).selectByValue(kind);
        new Select(browser.driver.findElement(By.id(field))).selectByValue(String.valueOf(id));
        submit(By.cssSelector("#add-item button[type=submit]"));
    }

    private List<String> options(String select) {
        return new Select(browser.driver.findElement(By.id(select))).getOptions().stream()
                .map(o -> o.getDomAttribute("value")).toList();
    }

    private List<String> findings() {
        return browser.driver.findElements(By.cssSelector("#plan-findings li")).stream().map(WebElement::getText)
                .toList();
    }

    private WebElement itemTitled(String title) {
        return browser.driver.findElements(By.cssSelector("#plan-board li[data-item-id]")).stream()
                .filter(li -> li.findElement(By.className("item-title")).getText().endsWith(title)).findFirst()
                .orElseThrow();
    }

    private StudentView aStudentWithoutAPlanWithAGuardianAccount() {
        Long id = jdbc.queryForObject("""
                select max(s.id) from student s join staff_member c on c.id = s.counselor_id
                 where s.grade_level between 9 and 10 and s.account_id is not null and c.account_id is not null
                   and not exists (select 1 from student_plan p where p.student_id = s.id)
                   and exists (select 1 from student_guardian sg join guardian g on g.id = sg.guardian_id
                                where sg.student_id = s.id and g.account_id is not null)""", Long.class);
        return people.student(id).orElseThrow();
    }

    /** A prerequisite the student has not mastered, of a competency they have not mastered and can otherwise start. */
    private PrerequisiteEdge aPrerequisiteNotMasteredBy(StudentView student) {
        Set<Long> mastered = progress.progressOf(student.id()).competencies().stream().filter(c -> c.mastered())
                .map(c -> c.id()).collect(Collectors.toSet());
        List<PrerequisiteEdge> edges = framework.prerequisites();
        return edges.stream().filter(e -> !mastered.contains(e.competencyId())
                && !mastered.contains(e.prerequisiteId())
                && edges.stream().filter(o -> o.competencyId() == e.prerequisiteId())
                        .allMatch(o -> mastered.contains(o.prerequisiteId()))
                && edges.stream().filter(o -> o.competencyId() == e.competencyId()
                        && o.prerequisiteId() != e.prerequisiteId()).allMatch(o -> mastered.contains(o.prerequisiteId())))
                .findFirst().orElseThrow();
    }
}
