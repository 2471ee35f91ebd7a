package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.casepackage.CasePackageExport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: the administrator uploads the district's CASE package with one state standard more, sees the
 * item types and what each becomes, runs the dry run (one new standard), imports it, and finds it in the log; then
 * uploads the package without it, and the dry run and import retire it, so the district is as it was.
 */
@PlannerTest
class CaseImportBrowserTest {

    static Browser browser;
    static final String CODE = "BROWSER.CASE." + System.nanoTime() % 100_000;

    @Autowired
    CasePackageExport export;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorUploadsMapsDryRunsAndImportsAFramework() throws Exception {
        ObjectNode pkg = export.cfPackage("http://localhost:" + port + "/ims/case/v1p1");
        ObjectNode withOneMore = pkg.deepCopy();
        ObjectNode standard = ((ArrayNode) withOneMore.get("CFItems")).addObject();
        standard.put("identifier", "5e1e0000-0000-4000-8000-" + String.format("%012d", System.nanoTime() % 1_000_000_000_000L));
        standard.put("uri", "urn:x");
        standard.put("fullStatement", "Explain a framework imported in a browser test.");
        standard.put("humanCodingScheme", CODE);
        standard.put("CFItemType", "State Standard");
        standard.put("aFieldNoSchemaHas", "ignored");
        Path file = Files.createTempFile("district-framework", ".json");
        Files.write(file, json.writeValueAsBytes(withOneMore));

        browser.signInAs("admin");
        browser.open("/admin/data");
        browser.driver.findElement(By.id("import-framework")).click();
        browser.driver.findElement(By.id("case-file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.id("case-read")).click();

        // the mapping step: each type with its count, examples and what it becomes (guessed from its name)
        assertThat(browser.text("#case-types")).contains("State Standard", "Learning Objective", "Content Area 7");
        Select standards = new Select(browser.driver.findElement(By.cssSelector("select[data-type='State Standard']")));
        assertThat(standards.getFirstSelectedOption().getText()).isEqualTo("State standard");
        browser.screenshot("case-import-mapping");
        browser.driver.findElement(By.id("case-dry-run")).click();

        assertThat(browser.text("#case-dry-run-summary") + "\n" + browser.text("#case-count-table"))
                .startsWith("The import would make 1 change.");
        assertThat(browser.text("#count-stateStandards")).isEqualTo("State standards 1 0 0 "
                + (pkg.get("CFItems").findValues("CFItemType").stream().filter(t -> t.asText().equals("State Standard"))
                .count()));
        assertThat(jdbc.queryForObject("select count(*) from state_standard where code = ?", Long.class, CODE)).isZero();
        browser.driver.findElement(By.id("case-import")).click();

        assertThat(browser.text("#case-imported")).isEqualTo("Imported: 1 change.");
        assertThat(jdbc.queryForObject("select count(*) from state_standard where code = ? and retired = false",
                Long.class, CODE)).isOne();
        browser.open("/admin/data");
        assertThat(browser.text("#data-exchanges")).contains("CASE 1.1", "district-framework");

        // the same package without it: the standard is retired, never deleted
        Files.write(file, json.writeValueAsBytes(pkg));
        browser.open("/admin/imports/framework");
        browser.driver.findElement(By.id("case-file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.id("case-read")).click();
        browser.driver.findElement(By.id("case-dry-run")).click();
        assertThat(browser.text("#count-stateStandards")).startsWith("State standards 0 0 1 ");
        browser.driver.findElement(By.id("case-import")).click();
        assertThat(browser.text("#case-imported")).isEqualTo("Imported: 1 change.");
        assertThat(jdbc.queryForObject("select retired from state_standard where code = ?", Boolean.class, CODE))
                .isTrue();
        Files.deleteIfExists(file);
    }

    @Test
    void aFileThatIsNotAPackageIsRefusedOnThePage() throws Exception {
        Path file = Files.createTempFile("roster", ".json");
        Files.writeString(file, "{\"users\": []}");

        browser.signInAs("admin");
        browser.open("/admin/imports/framework");
        browser.driver.findElement(By.id("case-file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.id("case-read")).click();

        assertThat(browser.text("#case-problems")).contains("it has no CFDocument with an identifier");
        Files.deleteIfExists(file);
    }
}
