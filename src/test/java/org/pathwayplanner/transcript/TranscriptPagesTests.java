package org.pathwayplanner.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The transcript as its readers get it: the student's own page and PDF, a guardian's and staff's copy of a student they
 * may see, and nobody else's.
 */
@PlannerTest
class TranscriptPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    Transcripts transcripts;

    @Test
    void theStudentsTranscriptShowsEveryMasteredCompetencyByAreaTheCreditsAndTheKeyToTheScale() throws Exception {
        long senior = people.studentOfAccount("student.senior").orElseThrow().id();
        long mastered = progress.progressOf(senior).competencies().stream().filter(c -> c.mastered()).count();
        TranscriptDocument doc = transcripts.of(new Viewer("student.senior", Role.STUDENT), senior);

        assertThat(doc.competenciesMastered()).isEqualTo(mastered).isPositive();
        assertThat(doc.areas()).allSatisfy(a -> assertThat(a.competencies()).isNotEmpty());
        assertThat(doc.scale()).extracting(TranscriptDocument.ScaleLevel::label)
                .contains("Beginning", "Proficient");
        assertThat(doc.methods()).isNotEmpty();
        mvc.perform(get("/student/transcript").with(user(accounts.loadUserByUsername("student.senior"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Riverside Unified School District")))
                .andExpect(content().string(containsString("id=\"mastered-count\">" + mastered + "<")))
                .andExpect(content().string(containsString("How to read this transcript")))
                .andExpect(content().string(containsString("href=\"/student/transcript.pdf\"")));
    }

    @Test
    void theStudentDownloadsATaggedPdfWithTheFontsInsideInTheirLanguage() throws Exception {
        var student = people.studentOfAccount("student.senior").orElseThrow();

        byte[] pdf = mvc.perform(get("/student/transcript.pdf").param("lang", "es")
                        .with(user(accounts.loadUserByUsername("student.senior"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        containsString("transcript-" + student.studentNumber() + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(student.firstName() + " " + student.lastName(),
                    "Expediente basado en el dominio", "Cómo leer este expediente");
            TranscriptPdfTest.assertAccessibleWithEmbeddedFonts(document);
            screenshotOfTheFirstPage(document, "transcript-pdf-es");
        }
    }

    /** The first page as docs/screenshots shows it (target/screenshots, like the browser tests' screenshots). */
    private static void screenshotOfTheFirstPage(PDDocument document, String name) throws IOException {
        java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 96);
        assertThat(page.getWidth()).isGreaterThan(700);
        java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        javax.imageio.ImageIO.write(page, "png", folder.resolve(name + ".png").toFile());
    }

    @Test
    void aGuardianAndTheStudentsStaffGetTheTranscriptOfTheirStudentOnly() throws Exception {
        long student1 = people.studentOfAccount("student1").orElseThrow().id();
        long senior = people.studentOfAccount("student.senior").orElseThrow().id();

        for (String who : new String[] {"guardian1", "teacher.math", "counselor1", "admin"}) {
            mvc.perform(get("/students/{id}/transcript", student1).with(user(accounts.loadUserByUsername(who))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/students/" + student1 + "/transcript.pdf\"")));
        }
        mvc.perform(get("/students/{id}/transcript.pdf", student1).with(user(accounts.loadUserByUsername("guardian1"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/students/{id}/transcript.pdf", senior).with(user(accounts.loadUserByUsername("guardian1"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/students/{id}/transcript", senior).with(user(accounts.loadUserByUsername("student1"))))
                .andExpect(status().isForbidden());
    }
}
