package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.transcript.release.RecipientMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * In a real browser, the journey of a transcript to a college: the student asks for it from their transcript page,
 * the counselor finds the request on their home page, reads the transcript and releases it, the recipient opens the
 * e-mailed link without an account and downloads the PDF and the signed CLR, and the student reads the disclosure (to whom, why, who
 * released it, the download) from their records-of-access page.
 */
@PlannerTest
class TranscriptReleaseBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext application;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aStudentAsksTheCounselorReleasesTheRecipientDownloadsAndTheStudentSeesTheDisclosure() throws Exception {
        String recipient = "Dr. Elena Ruiz";
        String address = "admissions" + System.nanoTime() + "@state-college.example";

        browser.signInAs("student1");
        browser.open("/student/transcript");
        browser.driver.findElement(By.id("transcript-release")).click();
        assertThat(browser.path()).isEqualTo("/student/transcript-releases");
        browser.driver.findElement(By.id("recipientName")).sendKeys(recipient);
        browser.driver.findElement(By.id("organisation")).sendKeys("Connecticut State College");
        browser.driver.findElement(By.id("email")).sendKeys("not an address");
        browser.driver.findElement(By.id("purpose")).sendKeys("College application");
        browser.driver.findElement(By.cssSelector("#release-request button[type=submit]")).click();
        assertThat(browser.text("#email-error")).isEqualTo("Not an e-mail address");
        browser.driver.findElement(By.id("email")).clear();
        browser.driver.findElement(By.id("email")).sendKeys(address);
        browser.driver.findElement(By.cssSelector("#release-request button[type=submit]")).click();
        assertThat(browser.text("#release-requested")).contains("counselor");
        assertThat(browser.text("#release-list")).contains(recipient, "Waiting for the counselor");

        browser.signInAs("counselor1");
        browser.open("/counselor");
        browser.driver.findElement(By.cssSelector("#home-transcript-releases"))
                .findElement(By.partialLinkText(recipient)).click();
        assertThat(browser.text("#release-recipient")).isEqualTo(recipient);
        assertThat(browser.driver.findElements(By.cssSelector("#release-transcript .transcript-sheet"))).hasSize(1);
        browser.screenshot("transcript-release-counselor-review");
        browser.driver.findElement(By.id("release-release")).click();
        assertThat(browser.text("#release-decided")).startsWith("Released");
        assertThat(browser.text("#release-status")).isEqualTo("Released");

        String token = RecipientMailbox.deliverAndReadLinkTo(application, address);
        browser.driver.manage().deleteAllCookies();
        browser.open("/released/" + token);
        assertThat(browser.text("#release-for")).contains(recipient, "Connecticut State College");
        String pdfLink = browser.driver.findElement(By.id("download-PDF")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String clrLink = browser.driver.findElement(By.id("download-CLR")).getAttribute("href");
        HttpResponse<String> clr = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(clrLink)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(clr.statusCode()).isEqualTo(200);
        assertThat(clr.body()).contains("ClrCredential", "eddsa-rdfc-2022");
        browser.open("/released/" + token);
        assertThat(browser.text("#release-documents")).contains("2 downloads left");
        assertThat(browser.driver.findElement(By.id("release-verify")).getAttribute("href")).endsWith("/verify");
        browser.screenshot("transcript-release-recipient");

        browser.signInAs("student1");
        browser.open("/student/access-report");
        browser.driver.findElement(By.id("access-report-disclosures")).click();
        assertThat(browser.path()).isEqualTo("/student/transcript-releases");
        browser.open("/student/transcript-releases#release-disclosures");
        String disclosures = browser.text("#release-list");
        assertThat(disclosures).contains(recipient, "Connecticut State College", "College application", "Released",
                "by counselor1", "Transcript (PDF), downloaded once",
                "Comprehensive Learner Record (signed), downloaded once");
        browser.screenshot("transcript-release-student-disclosures");
    }
}
