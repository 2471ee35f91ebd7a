package org.pathwayplanner.evidence.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.pathwayplanner.evidence.gradebook.GradebookFiles.aFile;
import static org.pathwayplanner.evidence.gradebook.GradebookFiles.aTitle;
import static org.pathwayplanner.evidence.gradebook.GradebookFiles.yesterday;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The import page answers in the reader's language, refuses with 4xx, and imports only what it previewed. */
@PlannerTest
class EvidenceImportPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    FrameworkCatalog framework;

    @Test
    void aFileWithAProblemIsRefusedWithItsLineAndColumnInEnglishAndSpanish() throws Exception {
        String student = people.studentOfAccount("student.ahead").orElseThrow().studentNumber();
        byte[] file = aFile().score(student, framework.objectives().get(0).code(), "9", yesterday(), "TEST",
                aTitle("Quiz"), "teacher.math").bytes();

        mvc.perform(multipart("/admin/imports/evidence/dry-run").file(new MockMultipartFile("file", "quiz.csv",
                        "text/csv", file)).with(admin()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Line 2, column level: “9” is not a level of the district")));
        mvc.perform(multipart("/admin/imports/evidence/dry-run").file(new MockMultipartFile("file", "quiz.csv",
                        "text/csv", file)).param("lang", "es").with(admin()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Línea 2, columna level: “9” no es un nivel de la escala")));
    }

    @Test
    void aCleanFileIsPreviewedThenImportedFromItsTokenAndAStaleTokenIsRefused() throws Exception {
        String student = people.studentOfAccount("student.ahead").orElseThrow().studentNumber();
        byte[] file = aFile().score(student, framework.objectives().get(0).code(), "Developing", yesterday(), "TEST",
                aTitle("Quiz"), "teacher.math").bytes();

        String page = mvc.perform(multipart("/admin/imports/evidence/dry-run").file(new MockMultipartFile("file",
                        "quiz.csv", "text/csv", file)).with(admin()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("would create 1 pieces")))
                .andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*name=\"token\" value=\"([0-9a-f]+)\".*", "$1");
        String sha = page.replaceAll("(?s).*name=\"sha256\" value=\"([0-9a-f]+)\".*", "$1");
        assertThat(sha).isEqualTo(GradebookReader.sha256(file));

        mvc.perform(post("/admin/imports/evidence/import").param("token", token).param("sha256", sha)
                        .with(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/imports/evidence/import").param("token", token).param("sha256", sha)
                        .with(admin()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("That dry run is no longer available")));
    }

    @Test
    void anEmptyUploadIsRefused() throws Exception {
        mvc.perform(multipart("/admin/imports/evidence/dry-run").file(new MockMultipartFile("file", "empty.csv",
                        "text/csv", new byte[0])).with(admin()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a CSV file to check.")));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername("admin"));
    }
}
