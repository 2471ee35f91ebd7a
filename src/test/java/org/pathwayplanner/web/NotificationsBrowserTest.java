package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: the header says a notification waits, the list says what it is, opening it leads to the task
 * list, and the person chooses to hear about tasks once a day.
 */
@PlannerTest
class NotificationsBrowserTest {

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
    void aCounselorOpensANotificationAndChoosesADailyDigest() {
        jdbc.update("update notification set read_at = current_timestamp where recipient = 'counselor4'");
        jdbc.update("insert into notification (recipient, kind, step_key, about, link, created_at, email_state)"
                + " values ('counselor4', 'TASK_WAITING', 'pathways.step.CounselorApproval', 'Maya Lopez', '/tasks',"
                + " current_timestamp, 'NONE')");

        browser.signInAs("counselor4");
        assertThat(browser.text("#notifications-link")).isEqualTo("Notifications (1 new)");
        browser.driver.findElement(By.id("notifications-link")).click();
        assertThat(browser.text("#notifications")).contains("Counselor approval waits for you: Maya Lopez");
        browser.screenshot("notifications");

        browser.driver.findElement(By.cssSelector("#notifications li.unread button")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/tasks"));
        assertThat(browser.text("#notifications-link")).isEqualTo("Notifications");

        browser.open("/notifications/preferences");
        browser.driver.findElement(By.cssSelector("input[name=TASK_WAITING][value=DAILY]")).click();
        browser.driver.findElement(By.cssSelector("#notification-preferences button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("?saved"));
        assertThat(browser.driver.findElement(By.cssSelector("input[name=TASK_WAITING][value=DAILY]")).isSelected())
                .isTrue();
    }
}
