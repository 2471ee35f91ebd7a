package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pathwayplanner.PlannerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, as the district's administrator: the signing keys page, a rotation (refused until confirmed),
 * the rotated key still published, then retired and gone from the DID document.
 */
@PlannerTest
class CredentialKeysBrowserTest {

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
    void anAdministratorRotatesTheSigningKeyAndRetiresTheOldOne() {
        browser.signInAs("admin");
        browser.driver.findElement(By.linkText("Signing keys")).click();
        assertThat(browser.path()).isEqualTo("/admin/credential-keys");
        String signing = signingKey();

        browser.driver.findElement(By.id("rotate-confirm")).click();
        browser.driver.findElement(By.id("rotate-key")).click();

        assertThat(browser.text("#keys-done")).contains("signs from now on");
        String rotatedOut = signing;
        assertThat(signingKey()).isNotEqualTo(rotatedOut);
        WebElement old = row(rotatedOut);
        assertThat(old.getText()).contains("Rotated out, still verifies");
        browser.screenshot("admin-credential-keys");

        old.findElement(By.cssSelector("button[id^=retire-]")).click();

        assertThat(browser.text("#keys-done")).contains("is retired");
        assertThat(row(rotatedOut).getText()).contains("Retired, no longer verifies");
        String current = signingKey();
        browser.open("/.well-known/did.json");
        assertThat(browser.driver.getPageSource()).doesNotContain(rotatedOut).contains(current);
    }

    private static String signingKey() {
        return browser.driver.findElements(By.cssSelector("#signing-keys tbody tr")).stream()
                .filter(r -> r.getText().contains("Signs new credentials"))
                .map(r -> r.findElement(By.tagName("code")).getText()).findFirst().orElseThrow();
    }

    private static WebElement row(String key) {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#signing-keys tbody tr"));
        return rows.stream().filter(r -> r.findElement(By.tagName("code")).getText().equals(key)).findFirst()
                .orElseThrow();
    }
}
