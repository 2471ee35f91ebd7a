package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone 390 px wide, no page of any role scrolls sideways and the header folds into a menu button; on paper the
 * transcript and the progress page print without the site's header, menus and forms.
 */
@PlannerTest
class PhoneAndPrintBrowserTest {

    static final int PHONE_WIDTH = 390;

    static Browser browser;

    /** The innermost elements reaching past the screen's right edge, to say what is too wide. */
    static final String WIDEST = """
            return Array.from(document.querySelectorAll('body *'))
              .filter(e => e.getBoundingClientRect().right > 391)
              .filter(e => !e.parentElement.closest('table') || getComputedStyle(e.parentElement.closest('table')).overflowX === 'visible')
              .slice(0, 8).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' '
                        + Math.round(e.getBoundingClientRect().right)).join(', ');""";

    @Autowired
    PeopleDirectory people;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void noMainPageOfAnyRoleScrollsSidewaysAtPhoneWidth() {
        long section = people.sectionsOfTeacher("teacher.math").get(0).id();
        long student = people.studentOfAccount("student1").orElseThrow().id();
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("student1", List.of("/student", "/student/map", "/student/pathways", "/student/pathways/new",
                "/student/transcript", "/student/plan"));
        pages.put("teacher.math", List.of("/teacher", "/tasks", "/teacher/sections/" + section + "/evidence"));
        pages.put("counselor1", List.of("/counselor", "/students/" + student, "/students/" + student + "/plan"));
        pages.put("guardian1", List.of("/guardian"));
        pages.put("admin", List.of("/admin", "/admin/framework", "/admin/credits", "/admin/people", "/admin/rules",
                "/admin/sign-ins"));
        List<String> tooWide = new ArrayList<>();
        pages.forEach((user, paths) -> {
            browser.signInAs(user);
            for (String path : paths) {
                browser.open(path);
                long width = ((Number) ((JavascriptExecutor) browser.driver)
                        .executeScript("return document.documentElement.scrollWidth")).longValue();
                if (width > PHONE_WIDTH) {
                    tooWide.add(user + " " + path + ": " + width + " px " + ((JavascriptExecutor) browser.driver)
                            .executeScript(WIDEST));
                }
            }
        });
        assertThat(tooWide).isEmpty();
    }

    @Test
    void theHeaderFoldsIntoAMenuButtonThatOpensTheLinks() {
        browser.signInAs("student1");
        browser.open("/student");
        org.openqa.selenium.WebElement header = browser.driver.findElement(org.openqa.selenium.By.cssSelector(".site-header"));
        org.openqa.selenium.WebElement button = browser.driver.findElement(org.openqa.selenium.By.id("menu-button"));
        org.openqa.selenium.WebElement map = browser.driver.findElement(org.openqa.selenium.By.cssSelector(".role-nav a[href='/student/map']"));

        assertThat(header.getSize().getHeight()).isLessThan(80);
        assertThat(map.isDisplayed()).isFalse();
        browser.screenshot("phone-student-dashboard");
        button.click();
        assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(map.isDisplayed()).isTrue();
        browser.screenshot("phone-student-menu");
        map.click();
        assertThat(browser.path()).isEqualTo("/student/map");
    }

    @Test
    void aPlanPrintsEveryTermOneBelowTheOtherForAFamilyConference() {
        long student = people.studentOfAccount("student2").orElseThrow().id();
        browser.signInAs(people.counselorUsernameOf(student).orElseThrow());
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        try {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.open("/students/" + student + "/plan");
            assertThat(browser.driver.findElement(org.openqa.selenium.By.cssSelector(".site-header")).isDisplayed())
                    .isFalse();
            assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector(".term-column")))
                    .isNotEmpty().allSatisfy(term -> assertThat(term.isDisplayed()).isTrue());
            assertThat(browser.driver.findElement(org.openqa.selenium.By.id("plan-check")).isDisplayed()).isTrue();
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theTranscriptAndTheProgressPagePrintWithoutTheSitesChrome() {
        browser.signInAs("student1");
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        try {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            for (String page : List.of("/student/transcript", "/student")) {
                browser.open(page);
                assertThat(browser.driver.findElement(org.openqa.selenium.By.cssSelector(".site-header")).isDisplayed())
                        .as(page).isFalse();
                assertThat(browser.driver.findElement(org.openqa.selenium.By.tagName("h1")).isDisplayed()).as(page).isTrue();
            }
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
