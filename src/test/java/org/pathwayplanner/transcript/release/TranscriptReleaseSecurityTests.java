package org.pathwayplanner.transcript.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.ADMIN;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.COUNSELOR;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.EN;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.GUARDIAN;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.OTHER_COUNSELOR;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.STUDENT;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.TEACHER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may ask, decide, read and download, tried as an attacker: the counselor's task is the student's counselor's (an
 * administrator may also act) and nobody else can see, claim or complete it — not another counselor, a teacher, the
 * student or a guardian, whether through the service, a signed-in session or HTTP Basic; the recipient's link works
 * only while live and a limited number of times.
 */
@PlannerTest
class TranscriptReleaseSecurityTests {

    @Autowired
    TranscriptReleases releases;
    @Autowired
    RecipientMail mail;
    @Autowired
    TaskService tasks;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    long studentId;

    @BeforeEach
    void student() {
        studentId = ReleaseFixtures.student1(people);
    }

    @Test
    void onlyTheStudentsCounselorIsACandidateAndNobodyElseDecidesThroughTheService() {
        long id = releases.request(STUDENT, studentId, ReleaseFixtures.toStateCollege(), EN);
        String process = processInstanceOf(id);

        assertThat(tasks.createTaskQuery().processInstanceId(process).taskCandidateUser(COUNSELOR.username()).count())
                .isEqualTo(1);
        for (Viewer attacker : List.of(OTHER_COUNSELOR, TEACHER, STUDENT, GUARDIAN)) {
            assertThat(tasks.createTaskQuery().processInstanceId(process).taskCandidateUser(attacker.username())
                    .count()).as(attacker.username()).isZero();
            assertThat(releases.waitingFor(attacker)).as(attacker.username()).noneMatch(r -> r.id() == id);
            assertThatThrownBy(() -> releases.decide(attacker, id, TranscriptReleases.Decision.RELEASE, null, EN))
                    .as(attacker.username()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> releases.forDecider(attacker, id)).as(attacker.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(statusOf(id)).isEqualTo("REQUESTED");

        releases.decide(ADMIN, id, TranscriptReleases.Decision.DECLINE, "Sent by the registrar instead", EN);
        assertThat(statusOf(id)).isEqualTo("DECLINED");
        assertThat(releases.seenBy(ADMIN)).as("the administrators' list").anyMatch(r -> r.id() == id);
        assertThat(releases.seenBy(COUNSELOR)).as("the caseload's list").anyMatch(r -> r.id() == id);
        assertThat(releases.seenBy(OTHER_COUNSELOR)).as("another caseload's list").noneMatch(r -> r.id() == id);
        assertThatThrownBy(() -> releases.seenBy(TEACHER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void attackersGetNoPageAndCompleteNothingBySessionOrByBasic() throws Exception {
        long id = releases.request(STUDENT, studentId, ReleaseFixtures.toStateCollege(), EN);

        for (String attacker : List.of("counselor2", "teacher.math", "student1", "guardian1")) {
            mvc.perform(get("/transcripts/releases/{id}", id).with(signedIn(attacker))).andExpect(status().isForbidden());
            mvc.perform(post("/transcripts/releases/{id}/decision", id).param("decision", "RELEASE")
                    .with(csrf()).with(signedIn(attacker))).andExpect(status().isForbidden());
            mvc.perform(post("/transcripts/releases/{id}/decision", id).param("decision", "RELEASE")
                    .with(httpBasic(attacker, "demo"))).andExpect(status().is4xxClientError());
        }
        // pages take no HTTP Basic, not even the counselor's own
        mvc.perform(post("/transcripts/releases/{id}/decision", id).param("decision", "RELEASE").with(csrf())
                .with(httpBasic("counselor1", "demo"))).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("REQUESTED");

        mvc.perform(get("/transcripts/releases/{id}", id).with(signedIn("counselor1"))).andExpect(status().isOk());
        mvc.perform(post("/transcripts/releases/{id}/decision", id).param("decision", "RELEASE").with(csrf())
                .with(signedIn("counselor1"))).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("RELEASED");
    }

    @Test
    void aStudentAsksOnlyForThemselvesAndAGuardianOnlyForALinkedStudent() {
        long other = jdbc.queryForObject("select min(id) from student where id <> ? and id not in (select"
                + " student_id from student_guardian sg join guardian g on g.id = sg.guardian_id join user_account a"
                + " on a.id = g.account_id where a.username = 'guardian1')", Long.class, studentId);
        assertThatThrownBy(() -> releases.request(STUDENT, other, ReleaseFixtures.toStateCollege(), EN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> releases.request(GUARDIAN, other, ReleaseFixtures.toStateCollege(), EN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> releases.request(COUNSELOR, studentId, ReleaseFixtures.toStateCollege(), EN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> releases.ofStudent(OTHER_COUNSELOR, studentId))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFormWithMistakesComesBackWithEachErrorBesideItsField() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from transcript_release", Integer.class);
        String page = mvc.perform(post("/student/transcript-releases").param("recipientName", "Dr. Okafor")
                        .param("organisation", "").param("email", "not-an-address").param("purpose", "College")
                        .with(csrf()).with(signedIn("student1")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"organisation-error\"", "id=\"email-error\"", "Not an e-mail address",
                "value=\"Dr. Okafor\"").doesNotContain("id=\"recipientName-error\"");
        assertThat(jdbc.queryForObject("select count(*) from transcript_release", Integer.class)).isEqualTo(before);
    }

    @Test
    void theLinkServesEachDocumentALimitedNumberOfTimesUntilItExpiresOrIsRevoked() {
        long id = releases.request(STUDENT, studentId, ReleaseFixtures.toStateCollege(), EN);
        releases.decide(COUNSELOR, id, TranscriptReleases.Decision.RELEASE, null, EN);
        ReleaseFixtures.Outbox smtp = new ReleaseFixtures.Outbox();
        mail.send(smtp);
        String token = smtp.tokenSentTo("admissions@ctstate.example");
        long document = releases.open(token).orElseThrow().documents().get(0).id();

        for (int i = 0; i < 3; i++) {
            assertThat(releases.download(token, document)).as("download " + (i + 1)).isPresent();
        }
        assertThat(releases.download(token, document)).as("a fourth download").isEmpty();
        assertThat(releases.open("x".repeat(43))).isEmpty();

        assertThatThrownBy(() -> releases.revoke(OTHER_COUNSELOR, id)).isInstanceOf(AccessDeniedException.class);
        releases.sendAgain(COUNSELOR, id);
        mail.send(smtp);
        String second = smtp.tokenSentTo("admissions@ctstate.example");
        assertThat(releases.open(token)).as("the first link, after a new one was sent").isEmpty();
        assertThat(releases.open(second)).isPresent();

        jdbc.update("update transcript_release set link_expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), id);
        assertThat(releases.open(second)).as("expired").isEmpty();
        jdbc.update("update transcript_release set link_expires_at = ? where id = ?",
                Timestamp.from(Instant.now().plusSeconds(3600)), id);
        assertThat(releases.open(second)).isPresent();

        releases.revoke(COUNSELOR, id);
        assertThat(releases.open(second)).as("revoked").isEmpty();
        assertThat(releases.download(second, document)).isEmpty();
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from transcript_release where id = ?", String.class, id);
    }

    private String processInstanceOf(long id) {
        return jdbc.queryForObject("select process_instance_id from transcript_release where id = ?", String.class,
                id);
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
