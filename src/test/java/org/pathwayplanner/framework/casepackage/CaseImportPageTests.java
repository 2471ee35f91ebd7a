package org.pathwayplanner.framework.casepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.exchange.DataExchange;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The import page: a file that is not a package is refused with where it breaks; the district's own package imports as no change. */
@PlannerTest
class CaseImportPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    CasePackageExport export;
    @Autowired
    DataExchangeLog log;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Test
    void aFileThatIsNotJsonIsRefusedWithItsLineAndTheRefusalIsLogged() throws Exception {
        String page = mvc.perform(as("admin", multipart("/admin/imports/framework")
                        .file(new MockMultipartFile("file", "broken.json", "application/json",
                                "{\n \"CFDocument\": {\n  \"identifier\": }".getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("broken.json line 3").contains("This is not a CASE package in readable JSON");
        assertThat(log.newest(1).get(0).outcome()).isEqualTo(DataExchange.Outcome.REFUSED);
        assertThat(log.newest(1).get(0).subject()).isEqualTo("broken.json");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedSayingTheLimit() throws Exception {
        byte[] large = new byte[1_000_001];
        java.util.Arrays.fill(large, (byte) ' ');

        String page = mvc.perform(as("admin", multipart("/admin/imports/framework")
                        .file(new MockMultipartFile("file", "large.json", "application/json", large))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The file is larger than 1,000 kB");
    }

    @Test
    void theDistrictsOwnPackageGoesThroughMappingAndDryRunAndImportsAsNoChange() throws Exception {
        byte[] own = json.writeValueAsBytes(export.cfPackage("http://localhost/ims/case/v1p1"));
        String mapping = mvc.perform(as("admin", multipart("/admin/imports/framework")
                        .file(new MockMultipartFile("file", "district.json", "application/json", own))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String token = mapping.substring(mapping.lastIndexOf('/') + 1);

        String mappingPage = mvc.perform(as("admin", get(mapping))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(mappingPage).contains("Learning Objective").contains("value=\"LEARNING_OBJECTIVE\" selected");

        String dryRun = mvc.perform(as("admin", post("/admin/imports/framework/" + token + "/dry-run")
                        .param("types", "Content Area", "Competency", "Learning Objective", "State Standard")
                        .param("targets", "CONTENT_AREA", "COMPETENCY", "LEARNING_OBJECTIVE", "STATE_STANDARD")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dryRun).contains("The import would make no change");
        String hash = dryRun.replaceAll("(?s).*name=\"hash\" value=\"([0-9a-f]{64})\".*", "$1");

        String imported = mvc.perform(as("admin", post("/admin/imports/framework/" + token + "/import")
                        .param("hash", hash)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(imported).contains("Imported: no change.");
        assertThat(log.newest(1).get(0).direction()).isEqualTo(DataExchange.Direction.IMPORT);

        // the upload is used up, and nobody else could have used it
        mvc.perform(as("admin", get(mapping))).andExpect(status().isNotFound());
    }

    @Test
    void anUploadIsOnlyForTheAdministratorWhoMadeIt() throws Exception {
        byte[] own = json.writeValueAsBytes(export.cfPackage("http://localhost/ims/case/v1p1"));
        String mapping = mvc.perform(as("admin", multipart("/admin/imports/framework")
                        .file(new MockMultipartFile("file", "district.json", "application/json", own))))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(mapping).with(user("admin2").roles("ADMIN"))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername(who))).with(csrf());
    }
}
