package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core finds no serious or critical accessibility violation on any role's main pages. */
@PlannerTest
class AccessibilityBrowserTest {

    static Browser browser;

    @Autowired
    PeopleDirectory people;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void everyRolesMainPagesHaveNoSeriousOrCriticalViolations() {
        long section = people.sectionsOfTeacher("teacher.math").get(0).id();
        long student = people.studentOfAccount("student1").orElseThrow().id();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(null, List.of("/login"));
        pages.put("student1", List.of("/student", "/student/map", "/student/pathways", "/student/pathways/new",
                "/student/transcript", "/student/plan"));
        pages.put("teacher.math", List.of("/teacher", "/tasks", "/teacher/sections/" + section + "/evidence"));
        pages.put("counselor1", List.of("/counselor", "/students/" + student, "/students/" + student + "/plan"));
        pages.put("guardian1", List.of("/guardian"));
        pages.put("admin", List.of("/admin", "/admin/framework", "/admin/credits", "/admin/people", "/admin/rules",
                "/admin/rules/files/mastery.drl", "/admin/sign-ins"));
        List<String> found = new ArrayList<>();
        pages.forEach((user, paths) -> {
            if (user != null) {
                browser.signInAs(user);
            }
            for (String path : paths) {
                browser.open(path);
                Axe.seriousViolations(browser.driver).forEach(v -> found.add((user == null ? "anonymous" : user)
                        + " " + path + ": " + v));
            }
        });
        assertThat(found).isEmpty();
    }

    @Test
    void theAdministratorsChartsAreDrawnAboveTheirTables() {
        browser.signInAs("admin");
        browser.open("/admin");
        assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("#district-status .chart svg")))
                .isNotEmpty();
        assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("#pathway-pipeline .chart svg")))
                .isNotEmpty();
        browser.screenshot("admin-home-charts");
    }
}
