package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser that enforces the Content-Security-Policy: the pages whose scripts matter (the rule editor with
 * CodeMirror, the rules page, the proposal form's live what-if, the progress bars) work and the console reports no
 * violation; Cockpit, under Camunda's own policy, still opens for an administrator.
 */
@PlannerTest
class ContentSecurityPolicyBrowserTest {

    static Browser browser;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void givenTheScriptedPagesThenTheyWorkAndNothingViolatesThePolicy() {
        browser.signInAs("admin").consoleMessages();
        browser.open("/admin/rules/files/mastery.drl");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".CodeMirror-linenumber")).isEmpty());
        browser.open("/admin/rules");
        browser.open("/admin/sign-ins");
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));

        browser.open("/camunda/app/cockpit/default/");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("Cockpit") || d.getTitle().contains("Cockpit"));
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));

        browser.signInAs("student1").open("/student");
        assertThat(browser.driver.findElements(By.cssSelector("progress.bar"))).isNotEmpty();
        browser.open("/student/pathways/new");
        browser.driver.findElement(By.cssSelector("input[name=competencyIds]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("what-if-table")).isEmpty());
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
