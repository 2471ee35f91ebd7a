package org.pathwayplanner.people.roster;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The roster import's pages answer bad uploads with a clear 4xx, in the reader's language. */
@PlannerTest
class RosterImportPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheImportedDistrict() {
        OneRosterFixture.remove(jdbc, "rs-");
    }

    private MockMultipartFile zip(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/zip", content);
    }

    @Test
    void anEmptyUploadIsRefusedBesideTheField() throws Exception {
        mvc.perform(multipart("/admin/imports/roster").file(zip("empty.zip", new byte[0]))
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a OneRoster zip file to upload.")));
    }

    @Test
    void aFileThatIsNoZipIsAProblemOfTheUpload() throws Exception {
        mvc.perform(multipart("/admin/imports/roster").file(zip("notes.zip", "just text".getBytes()))
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("The upload is not a zip file.")))
                .andExpect(content().string(not(containsString("id=\"roster-import\""))));
    }

    @Test
    void theDryRunNamesEachProblemsLineAndColumnInSpanish() throws Exception {
        mvc.perform(multipart("/admin/imports/roster").file(zip("riverside.zip", OneRosterFixture.smallWithError().zip()))
                        .param("lang", "es").with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("users.csv línea 8, columna role")))
                .andExpect(content().string(containsString("no es un rol de OneRoster")));
    }

    @Test
    void aStagedUploadThatDoesNotExistIsNotFoundAndAJobNeither() throws Exception {
        mvc.perform(post("/admin/imports/roster/{token}/import", "made-up")
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/imports/roster/jobs/{id}/status", "made-up")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSetPasswordLinkIsOnlyForImportedAccounts() throws Exception {
        mvc.perform(post("/admin/imports/roster/password-links").param("username", "student1")
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is no enabled account student1 made by a roster import.")));
    }

    @Test
    void aLinkThatDoesNotWorkSaysSoToSomeoneNotSignedIn() throws Exception {
        mvc.perform(get("/set-password").param("token", "made-up"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link does not work")));
    }
}
