package org.pathwayplanner.transcript.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.ADMIN;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.COUNSELOR;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.EN;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.GUARDIAN;
import static org.pathwayplanner.transcript.release.ReleaseFixtures.STUDENT;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.transcript.release.ReleaseViews.ReleaseView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * processes/transcript-release.bpmn through the real engine and the demo district, one test per path: released (the
 * PDF stored, the disclosure recorded, the recipient e-mailed a link, the family told), declined with a reason (the
 * family told why), and not decided in time (the counselor reminded, the administrators told; the request still
 * waits).
 */
@PlannerTest
class TranscriptReleaseProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TranscriptReleases releases;
    @Autowired
    RecipientMail mail;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;

    long studentId;

    @BeforeEach
    void engine() {
        init(engine);
        studentId = ReleaseFixtures.student1(people);
    }

    @Test
    void theCounselorReleasesThePdfAndTheSignedClrWhichAreStoredRecordedAndE_mailedToTheRecipient() {
        long id = releases.request(STUDENT, studentId, ReleaseFixtures.toStateCollege(), EN);
        ProcessInstance process = processOf(id);
        assertThat(process).isWaitingAt(TranscriptReleases.RELEASE_TASK);
        assertThat(task(process)).hasCandidateUser(COUNSELOR.username());
        assertThat(releases.waitingFor(COUNSELOR)).extracting(ReleaseView::id).contains(id);
        assertThat(jdbc.queryForList("select recipient from notification where kind = 'TASK_WAITING' and step_key = ?"
                + " and link = ?", String.class, "release.step.ReleaseTranscript", "/transcripts/releases/" + id))
                .containsExactly(COUNSELOR.username());

        releases.decide(COUNSELOR, id, TranscriptReleases.Decision.RELEASE, null, EN);

        assertThat(process).isEnded().hasPassedInOrder(TranscriptReleases.RELEASE_TASK, "ReleaseDocuments",
                "TranscriptReleased");
        ReleaseView release = releases.forDecider(COUNSELOR, id);
        assertThat(release.status()).isEqualTo(ReleaseStatus.RELEASED);
        assertThat(release.decidedBy()).isEqualTo(COUNSELOR.username());
        assertThat(release.documents()).extracting(d -> d.kind() + " " + d.mediaType())
                .containsExactly("PDF application/pdf", "CLR application/json");
        assertThat(notified(id, "TRANSCRIPT_RELEASE_DECIDED", "release.outcome.RELEASED"))
                .contains("student1", "guardian1");

        ReleaseFixtures.Outbox smtp = new ReleaseFixtures.Outbox();
        assertThat(mail.send(smtp)).isGreaterThanOrEqualTo(1);
        String token = smtp.tokenSentTo("admissions@ctstate.example");
        assertThat(smtp.sent.get(smtp.sent.size() - 1).getText()).contains("Dr. Maya Okafor", "College application");
        var page = releases.open(token).orElseThrow();
        assertThat(page.organisation()).isEqualTo("Connecticut State College");
        long documentId = page.documents().get(0).id();
        byte[] pdf = releases.download(token, documentId).orElseThrow().content();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String clr = new String(releases.download(token, page.documents().get(1).id()).orElseThrow().content(),
                StandardCharsets.UTF_8);
        assertThat(clr).contains("ClrCredential", "DataIntegrityProof", "eddsa-rdfc-2022");
        assertThat(releases.ofStudent(STUDENT, studentId)).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> assertThat(r.downloads()).hasSize(2));
    }

    @Test
    void theCounselorDeclinesWithAReasonAndTheFamilyIsToldWhy() {
        long id = releases.request(GUARDIAN, studentId, ReleaseFixtures.toStateCollege(), EN);
        ProcessInstance process = processOf(id);

        assertThatThrownBy(() -> releases.decide(COUNSELOR, id, TranscriptReleases.Decision.DECLINE, "  ", EN))
                .isInstanceOf(ReleaseRefused.class)
                .satisfies(e -> assertThat(((ReleaseRefused) e).problems()).containsKey("reason"));
        assertThat(process).isWaitingAt(TranscriptReleases.RELEASE_TASK);

        releases.decide(COUNSELOR, id, TranscriptReleases.Decision.DECLINE, "The college asks for it from the"
                + " registrar directly", EN);

        assertThat(process).isEnded().hasPassed("RecordDecline", "ReleaseDeclined").hasNotPassed("ReleaseDocuments");
        ReleaseView release = releases.ofStudent(GUARDIAN, studentId).stream().filter(r -> r.id() == id)
                .findFirst().orElseThrow();
        assertThat(release.status()).isEqualTo(ReleaseStatus.DECLINED);
        assertThat(release.declineReason()).startsWith("The college asks");
        assertThat(release.documents()).isEmpty();
        assertThat(release.requestedBy()).isEqualTo("guardian1");
        assertThat(notified(id, "TRANSCRIPT_RELEASE_DECIDED", "release.outcome.DECLINED"))
                .contains("student1", "guardian1");
    }

    @Test
    void aRequestNotDecidedInTimeRemindsTheCounselorAndTellsTheAdministratorsAndStillWaits() {
        long id = releases.request(STUDENT, studentId, ReleaseFixtures.toStateCollege(), EN);
        ProcessInstance process = processOf(id);
        Job overdue = management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
        assertThat(overdue.getDuedate()).isAfter(new java.util.Date());

        management.executeJob(overdue.getId());

        assertThat(process).hasPassed("RemindCounselor", "Reminded").isWaitingAt(TranscriptReleases.RELEASE_TASK);
        List<String> told = jdbc.queryForList("select recipient from notification where kind = 'REVIEW_ESCALATED'"
                + " and link = ?", String.class, "/transcripts/releases/" + id);
        assertThat(told).contains(COUNSELOR.username(), ADMIN.username());

        releases.decide(ADMIN, id, TranscriptReleases.Decision.DECLINE, "Decided by the district office", EN);
        assertThat(process).isEnded();
    }

    @Test
    void theDemoDistrictHasOneRequestWaitingForStudentSeniorsCounselor() {
        long senior = people.studentOfAccount("student.senior").orElseThrow().id();
        var counselor = new org.pathwayplanner.people.Viewer(people.counselorUsernameOf(senior).orElseThrow(),
                org.pathwayplanner.people.Role.COUNSELOR);

        assertThat(releases.waitingFor(counselor)).anySatisfy(r -> {
            assertThat(r.studentId()).isEqualTo(senior);
            assertThat(r.organisation()).isEqualTo("Central Connecticut State University");
        });
    }

    private ProcessInstance processOf(long releaseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("transcript-release-" + releaseId)
                .singleResult();
    }

    private List<String> notified(long releaseId, String kind, String stepKey) {
        return jdbc.queryForList("select recipient from notification where kind = ? and step_key = ? and link like"
                + " '%transcript-releases' and created_at >= (select decided_at from transcript_release where id = ?)",
                String.class, kind, stepKey, releaseId);
    }

}
