package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.policy.RulePublisher;
import org.pathwayplanner.rules.CalculationMethods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, the typo story of issue 12: the policy form offers only the real calculation methods, refuses a
 * value out of range beside its field, and in the code editor a misspelt method is refused by Validate on its line.
 */
@PlannerTest
class PolicyFormBrowserTest {

    static Browser browser;

    @Autowired
    RulePublisher publisher;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void theFormOffersOnlyRealMethodsAndTheEditorRefusesAMisspeltOneOnItsLine() {
        int inUse = publisher.activeVersion().getVersionNo();
        browser.signInAs("admin").open("/admin/rules");
        browser.driver.findElement(By.cssSelector("#policy-form-link a")).click();
        wait(d -> d.getCurrentUrl().endsWith("/admin/rules/policy"));

        Select district = new Select(browser.driver.findElement(By.name("mastery.districtMethod")));
        assertThat(district.getOptions()).extracting(o -> o.getAttribute("value"))
                .containsExactlyElementsOf(CalculationMethods.ALL);
        assertThat(district.getFirstSelectedOption().getAttribute("value")).isEqualTo("MOST_RECENT");
        WebElement weight = browser.driver.findElement(By.name("mastery.decayingAverageWeight"));
        weight.clear();
        weight.sendKeys("1.5");
        district.selectByValue("MEAN");
        browser.driver.findElement(By.cssSelector("#policy-form button[value=validate]")).click();
        wait(d -> !d.findElements(By.id("form-errors")).isEmpty());
        assertThat(browser.driver.findElement(By.name("mastery.decayingAverageWeight"))
                .findElement(By.xpath("..")).getText()).contains("Outside the allowed range: 0.01 to 1.");
        assertThat(new Select(browser.driver.findElement(By.name("mastery.districtMethod")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("MEAN");
        browser.screenshot("policy-form-error");

        browser.open("/admin/rules/files/policy.json");
        String policy = publisher.activeVersion().getFiles().get("policy.json");
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
                policy.replace("\"districtMethod\" : \"MOST_RECENT\"", "\"districtMethod\" : \"MOST_MEENRECENT\""));
        browser.driver.findElement(By.cssSelector("button[value=validate]")).click();
        wait(d -> !d.findElements(By.id("problems")).isEmpty());

        assertThat(browser.text("#problems")).contains("policy.json:3")
                .contains("Unknown calculation method MOST_MEENRECENT");
        assertThat(browser.driver.findElements(By.id("valid"))).isEmpty();
        browser.screenshot("policy-typo-refused");
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
    }

    private static void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }
}
