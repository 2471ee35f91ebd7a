package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.pathways.PathwayFixtures.onlineCourse;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.EventView;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** An active pathway: evidence, the mentor's evaluation, the teacher's assessment and the credits it earns. */
@PlannerTest
class PathwayCompletionTests {

    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;

    PathwayFixtures fixtures;
    PathwayJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @Test
    void assessedAtMasteryTheCompletedPathwayAwardsItsApprovedCredits() {
        Proposer p = fixtures.aHighSchoolStudent();
        BigDecimal earnedBefore = progress.progressOf(p.student().id()).audit().earned();

        ProposalView done = journey.completed(p, onlineCourse(p.target()), 4);

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.requestedCredits()).isEqualByComparingTo("0.5");
        assertThat(done.approvedCredits()).isEqualByComparingTo("0.5");
        assertThat(done.awardedCredits()).isEqualByComparingTo("0.5");
        assertThat(done.creditsWaitingReason()).isNull();
        assertThat(progress.progressOf(p.student().id()).audit().earned()).isGreaterThan(earnedBefore);
    }

    @Test
    void assessedBelowMasteryTheCompletedPathwayWaitsForItsTargetAndSaysWhy() {
        Proposer p = fixtures.aHighSchoolStudent();
        BigDecimal earnedBefore = progress.progressOf(p.student().id()).audit().earned();

        ProposalView done = journey.completed(p, onlineCourse(p.target()), 1);

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.approvedCredits()).isEqualByComparingTo("0.5");
        assertThat(done.awardedCredits()).isEqualByComparingTo("0");
        assertThat(done.creditsWaitingReason()).isEqualTo("Pathway \"Online statistics course\" completed: its 0.5"
                + " credits in Science, technology, engineering and mathematics are awarded once " + p.target().title()
                + " is mastered");
        assertThat(progress.progressOf(p.student().id()).audit().earned()).isEqualByComparingTo(earnedBefore);
    }

    @Test
    void anAssessmentLevelOffTheDistrictsScaleIsRefused() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.active(p, onlineCourse(p.target()));
        journey.carriedOut(p, proposal.id());

        assertThatThrownBy(() -> tasks.decide(teacher(p.teacher()), journey.taskId(proposal.id(), "AssessPathway"),
                new TaskDecision("ASSESS", null, Map.of(p.target().id(), 7))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Choose each level from the district's scale (1 ");
        assertThat(journey.task(proposal.id(), "AssessPathway")).isNotNull();
    }

    @Test
    void theStudentAttachesEvidenceWithAWebLink() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.active(p, onlineCourse(p.target()));

        ProposalView withEvidence = pathways.attachEvidence(p.viewer(), proposal.id(),
                "https://portfolio.example.org/stats-project", "Final project report");

        assertThat(withEvidence.evidence()).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo("https://portfolio.example.org/stats-project");
            assertThat(e.description()).isEqualTo("Final project report");
            assertThat(e.addedBy()).isEqualTo(p.student().username());
        });
        assertThat(withEvidence.timeline()).extracting(EventView::action).contains("EVIDENCE_ATTACHED");
    }

    @Test
    void evidenceLinksMustBeHttpOrHttpsWithADescription() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.active(p, onlineCourse(p.target()));

        assertThatThrownBy(() -> pathways.attachEvidence(p.viewer(), proposal.id(), "javascript:alert(1)", "x"))
                .isInstanceOf(ProposalFieldException.class).hasMessage("The link must start with http:// or https://");
        assertThatThrownBy(() -> pathways.attachEvidence(p.viewer(), proposal.id(), "ftp://files.example.org/a", "x"))
                .hasMessage("The link must start with http:// or https://");
        assertThatThrownBy(() -> pathways.attachEvidence(p.viewer(), proposal.id(), "https://", "x"))
                .isInstanceOf(ProposalFieldException.class);
        assertThatThrownBy(() -> pathways.attachEvidence(p.viewer(), proposal.id(), "https://example.org/a", " "))
                .isInstanceOf(ProposalFieldException.class).hasMessage("Say what the evidence shows");
        assertThat(journey.now(proposal.id()).evidence()).isEmpty();
    }

    @Test
    void evidenceIsTakenOnlyOnAnActivePathwayAndOnlyFromItsStudent() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView inReview = journey.submitted(p, onlineCourse(p.target()));

        assertThatThrownBy(() -> pathways.attachEvidence(p.viewer(), inReview.id(), "https://example.org/a", "Draft"))
                .isInstanceOf(IllegalStateException.class).hasMessage("A proposal that is in review cannot take evidence");
        assertThatThrownBy(() -> pathways.attachEvidence(new Viewer(p.teacher(), Role.TEACHER), inReview.id(),
                "https://example.org/a", "Draft")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTeacherRecordsTheMentorsEvaluationShownOnTheProposal() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.active(p, onlineCourse(p.target()));

        ProposalView evaluated = pathways.recordMentorEvaluation(teacher(p.teacher()), proposal.id(), "Dr. Lena Ortiz",
                "4 Advanced", "Independent and careful");

        assertThat(evaluated.mentorEvaluations()).singleElement().satisfies(m -> {
            assertThat(m.mentorName()).isEqualTo("Dr. Lena Ortiz");
            assertThat(m.rating()).isEqualTo("4 Advanced");
            assertThat(m.comment()).isEqualTo("Independent and careful");
            assertThat(m.recordedBy()).isEqualTo(p.teacher());
        });
        assertThat(pathways.proposal(p.viewer(), proposal.id()).mentorEvaluations()).hasSize(1);
        assertThat(evaluated.timeline()).extracting(EventView::action).contains("MENTOR_EVALUATION_RECORDED");
    }

    @Test
    void onlyATeacherReviewingThePathwayRecordsTheMentorsEvaluation() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.active(p, onlineCourse(p.target()));
        String stranger = jdbc.queryForObject("""
                select a.username from staff_member m join user_account a on a.id = m.account_id
                 where m.kind = 'TEACHER' and a.username not in (%s) order by a.username limit 1""".formatted(
                String.join(",", people.teachersOfAreasAtSchoolOf(p.student().id(),
                        java.util.List.of(p.target().areaCode())).stream().map(t -> "'" + t + "'").toList())),
                String.class);

        assertThatThrownBy(() -> pathways.recordMentorEvaluation(teacher(stranger), proposal.id(), "Mentor", "Good",
                null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pathways.recordMentorEvaluation(p.viewer(), proposal.id(), "Mentor", "Good", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pathways.recordMentorEvaluation(teacher(p.teacher()), proposal.id(), " ", "Good",
                null)).isInstanceOf(ProposalFieldException.class).hasMessage("Give the mentor's name");
        assertThat(journey.now(proposal.id()).mentorEvaluations()).isEmpty();
    }
}
