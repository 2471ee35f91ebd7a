package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.security.DistrictProviderTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, the whole sign-in dance with the district's provider: the login page's button goes to the
 * provider, the provider sends the browser back, and the student lands on their own page; signing out ends it.
 */
class DistrictSignInBrowserTest extends DistrictProviderTest {

    static Browser browser;

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
    void aStudentSignsInWithTheDistrictAccountAndOutAgain() {
        String name = jdbc.queryForObject("select display_name from user_account where username = 'student1'",
                String.class);
        nextIdentity("google-4711", Map.of("email", "student1@students.district.example.org"));

        browser.open("/login");
        browser.screenshot("login-with-district-account");
        browser.driver.findElement(By.id("provider-district")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/student"));

        assertThat(browser.text("header")).contains(name);

        browser.driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login?logout"));
        browser.open("/student");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void someoneNotOnTheRosterIsToldSoOnTheLoginPage() {
        nextIdentity("google-0000", Map.of("email", "stranger@elsewhere.example.com"));

        browser.open("/login");
        browser.driver.findElement(By.id("provider-district")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sso="));

        assertThat(browser.text("#sso-refused")).contains("is not on the roster");
    }
}
