package org.pathwayplanner.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayJourney;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayTasks;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Files over HTTP: uploaded on the page, downloaded by session and by HTTP Basic only by those who may see the
 * student, sent so that no browser runs them, each download recorded as an export; a too-large upload is a 413 with
 * a sentence, never a 500.
 */
@PlannerTest
class PathwayFilesWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PathwayFiles files;
    @LocalServerPort
    int port;

    PathwayFixtures fixtures;
    Proposer student;
    ProposalView pathway;

    @BeforeEach
    void anActivePathway() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        student = fixtures.aHighSchoolStudent();
        pathway = new PathwayJourney(pathways, tasks, taskService).active(student,
                PathwayFixtures.onlineCourse(student.target()));
    }

    @Test
    void theStudentUploadsOnThePageAndTheTeacherDownloadsAnAttachmentThatNoBrowserRuns() throws Exception {
        mvc.perform(multipart("/pathways/{id}/files", pathway.id())
                        .file(new MockMultipartFile("file", "report \"final\".pdf", "text/html", EvidenceFiles.pdf()))
                        .param("description", "Final report").with(session(student.student().username())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long fileId = onlyFile();

        mvc.perform(get("/pathways/{p}/files/{f}", pathway.id(), fileId).with(session(student.teacher())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("report")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.startsWith("sandbox")))
                .andExpect(content().bytes(EvidenceFiles.pdf()));
        mvc.perform(get("/api/pathways/{p}/files/{f}", pathway.id(), fileId).with(httpBasic(student.teacher(), "demo")))
                .andExpect(status().isOk()).andExpect(content().bytes(EvidenceFiles.pdf()));

        assertThat(exportsBy(student.teacher())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anotherStudentGetsNoFileBySessionNorByBasic() throws Exception {
        long fileId = files.attach(student.viewer(), pathway.id(),
                new IncomingFile("a.pdf", EvidenceFiles.pdf(), null)).id();
        String other = fixtures.aHighSchoolStudent().student().username();

        mvc.perform(get("/pathways/{p}/files/{f}", pathway.id(), fileId).with(session(other)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pathways/{p}/files", pathway.id()).with(session(other))).andExpect(status().isForbidden());
        mvc.perform(get("/api/pathways/{p}/files/{f}", pathway.id(), fileId).with(httpBasic(other, "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/pathways/{p}/files", pathway.id()).with(httpBasic(other, "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTeacherGetsTheFilesOfTheirStudentsOnly() throws Exception {
        long fileId = files.attach(student.viewer(), pathway.id(),
                new IncomingFile("a.pdf", EvidenceFiles.pdf(), null)).id();
        String stranger = jdbc.queryForObject("""
                select min(a.username) from staff_member t join user_account a on a.id = t.account_id
                 where t.kind = 'TEACHER' and not exists (
                   select 1 from class_section cs join section_enrollment e on e.section_id = cs.id
                    where cs.teacher_id = t.id and e.student_id = ?)""", String.class, student.student().id());

        mvc.perform(get("/pathways/{p}/files/{f}", pathway.id(), fileId).with(session(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/pathways/{p}/files/{f}", pathway.id(), fileId).with(httpBasic(stranger, "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/pathways/{p}/files", pathway.id()).with(httpBasic(student.teacher(), "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndASentence() throws Exception {
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(EvidenceFiles.pdf(), 0, large, 0, EvidenceFiles.pdf().length);

        String page = mvc.perform(multipart("/pathways/{id}/files", pathway.id())
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", large))
                        .with(session(student.student().username())).with(csrf()))
                .andExpect(status().isPayloadTooLarge()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The file is larger than the 20 MB a file may be.");
        assertThat(jdbc.queryForObject("select count(*) from pathway_file where proposal_id = ?", Integer.class,
                pathway.id())).isZero();
    }

    @Test
    void anUploadLargerThanTheRouteTakesIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pathways/" + pathway.id()
                                + "/files"))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[22 * 1024 * 1024])).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void aWrongKindOfFileIsRefusedOnThePageWith400() throws Exception {
        String page = mvc.perform(multipart("/pathways/{id}/files", pathway.id())
                        .file(new MockMultipartFile("file", "notes.pdf", "application/pdf", EvidenceFiles.html()))
                        .with(session(student.student().username())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("This file is text/html, which is not taken");
    }

    private long onlyFile() {
        return jdbc.queryForObject("select id from pathway_file where proposal_id = ?", Long.class, pathway.id());
    }

    /** Downloads recorded as exports (the records of access write in the background: waited for). */
    private int exportsBy(String username) throws InterruptedException {
        int found = 0;
        for (int tries = 0; tries < 50 && found < 2; tries++) {
            found = jdbc.queryForObject("select count(*) from student_record_access where username = ? and action ="
                    + " 'EXPORT' and route like '%/files/{fileId}'", Integer.class, username);
            Thread.sleep(100);
        }
        return found;
    }

    private RequestPostProcessor session(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
