package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.transcript.credential.ClrCredentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, not signed in, as a college registrar: the signed transcript a student sent is uploaded on the
 * verification page and found authentic (issued by the district, when, for whom); a copy with one level changed is
 * refused with the reason.
 */
@PlannerTest
class CredentialVerificationBrowserTest {

    static Browser browser;

    @Autowired
    ClrCredentials credentials;
    @Autowired
    PeopleDirectory people;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aRegistrarUploadsASignedTranscriptAndThenATamperedCopy(@TempDir Path folder) throws Exception {
        long senior = people.studentOfAccount("student.senior").orElseThrow().id();
        String signed = credentials.signedClr(new Viewer("student.senior", Role.STUDENT), senior);
        Path original = Files.writeString(folder.resolve("transcript.clr.json"), signed, StandardCharsets.UTF_8);
        Path tampered = Files.writeString(folder.resolve("tampered.clr.json"),
                signed.replaceFirst("\"achievedLevel\" : \"[^\"]+\"", "\"achievedLevel\" : \"urn:uuid:0\""),
                StandardCharsets.UTF_8);
        browser.driver.manage().deleteAllCookies();

        browser.open("/verify");
        browser.consoleMessages();
        browser.driver.findElement(By.id("verify-file")).sendKeys(original.toString());
        browser.driver.findElement(By.id("verify-submit")).click();

        assertThat(browser.text("#verification-verdict")).isEqualTo("Authentic");
        assertThat(browser.text("#verification-issuer")).isEqualTo("Riverside Unified School District");
        assertThat(browser.text("#verification-learner")).isEqualTo(
                people.student(senior).orElseThrow().firstName() + " " + people.student(senior).orElseThrow().lastName());
        assertThat(browser.text("#verification-issued")).isNotBlank();
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
        browser.screenshot("verify-page");

        browser.driver.findElement(By.id("verify-file")).sendKeys(tampered.toString());
        browser.driver.findElement(By.id("verify-submit")).click();

        assertThat(browser.text("#verification-verdict")).isEqualTo("Not verified");
        assertThat(browser.text("#verification-reason")).contains("was changed after the district signed it");
        assertThat(browser.driver.findElements(By.id("verification-details"))).isEmpty();
        browser.screenshot("verify-page-tampered");
    }
}
