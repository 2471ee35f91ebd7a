package org.pathwayplanner.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A counselor prints the transcripts of a class of their caseload in one zip; nobody else sees the batch. */
@PlannerTest
class ClassTranscriptsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;

    @Test
    void aCounselorGetsOnePdfPerStudentOfTheClassOnTheirCaseloadInOneZip() throws Exception {
        List<StudentView> caseload = people.caseloadOf("counselor1");
        int year = caseload.stream().mapToInt(StudentView::graduationYear).min().orElseThrow();
        List<String> expected = caseload.stream().filter(s -> s.graduationYear() == year)
                .map(s -> "transcript-" + s.studentNumber() + ".pdf").sorted().toList();

        String jobPage = mvc.perform(post("/transcripts/class").param("graduationYear", String.valueOf(year))
                        .with(user(accounts.loadUserByUsername("counselor1"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String status = jobPage + "/status";
        waitUntilDone(status, "counselor1");
        mvc.perform(get(status).with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.total").value(expected.size()));
        mvc.perform(get(jobPage).with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(content().string(containsString("id=\"class-job-download\"")));

        MvcResult download = mvc.perform(get(jobPage + "/download")
                        .with(user(accounts.loadUserByUsername("counselor1"))))
                .andReturn();
        byte[] zip = mvc.perform(asyncDispatch(download)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(in.readNBytes(5))).isEqualTo("%PDF-");
            }
        }
        assertThat(names).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);

        for (String other : new String[] {"counselor2", "admin"}) {
            mvc.perform(get(jobPage).with(user(accounts.loadUserByUsername(other)))).andExpect(status().isNotFound());
            mvc.perform(get(jobPage + "/download").with(user(accounts.loadUserByUsername(other))))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aClassNotOnTheListIsRefusedBesideTheFieldAndTeachersMayNotPrintClasses() throws Exception {
        mvc.perform(post("/transcripts/class").param("graduationYear", "1999")
                        .with(user(accounts.loadUserByUsername("counselor1"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"graduation-year-error\"")));
        mvc.perform(get("/transcripts/class").with(user(accounts.loadUserByUsername("teacher.math"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/transcripts/class").param("graduationYear", "2027")
                        .with(user(accounts.loadUserByUsername("student1"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private void waitUntilDone(String status, String who) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String body = mvc.perform(get(status).with(user(accounts.loadUserByUsername(who))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!body.contains("RUNNING")) {
                assertThat(body).contains("DONE");
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The batch did not finish in 3 minutes");
    }
}
