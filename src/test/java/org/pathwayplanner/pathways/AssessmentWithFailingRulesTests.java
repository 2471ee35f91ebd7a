package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.pathways.PathwayFixtures.onlineCourse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.pathwayplanner.progress.RulesFailingFor;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A teacher assesses a pathway through the API for a student the rules in use cannot evaluate: the assessment and
 * its evidence are saved and the pathway completes; the student's progress is marked stale, not the request refused.
 */
@PlannerTest
class AssessmentWithFailingRulesTests {

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
    @Autowired
    StudentEvaluator evaluator;
    @Autowired
    DistrictEvaluation district;
    @Autowired
    EvidenceHistory history;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @Test
    void theAssessmentIsSavedAndThePathwayCompletesWhileTheProgressIsMarkedStale() throws Exception {
        PathwayFixtures fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        PathwayJourney journey = new PathwayJourney(pathways, tasks, taskService);
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.active(p, onlineCourse(p.target()));
        journey.carriedOut(p, proposal.id());
        int evidenceBefore = history.historyOf(p.student().id()).size();

        try (RulesFailingFor rules = RulesFailingFor.student(p.student().id(), evaluator, district)) {
            mvc.perform(post("/api/pathways/tasks/{taskId}", journey.taskId(proposal.id(), "AssessPathway"))
                            .with(httpBasic(p.teacher(), "demo")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\": \"ASSESS\", \"comment\": \"Well done\", \"levels\": {\""
                                    + p.target().id() + "\": 4}}"))
                    .andExpect(status().isOk());

            assertThat(journey.now(proposal.id()).status()).isEqualTo("COMPLETED");
            assertThat(history.historyOf(p.student().id())).hasSize(evidenceBefore + 1);
            assertThat(progress.staleReason(p.student().id())).hasValueSatisfying(
                    reason -> assertThat(reason).contains(RulesFailingFor.REASON));
        }
        assertThat(progress.staleReason(p.student().id())).isEmpty();
        assertThat(journey.now(proposal.id()).awardedCredits()).isPositive();
    }

    @Test
    void theCounselorsApprovalTaskExplainsWhyItsWhatIfIsNotAvailable() throws Exception {
        PathwayFixtures fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        PathwayJourney journey = new PathwayJourney(pathways, tasks, taskService);
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));
        journey.decide(PathwayFixtures.teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);

        try (RulesFailingFor rules = RulesFailingFor.student(p.student().id(), evaluator, district)) {
            mvc.perform(get("/tasks/{taskId}", journey.taskId(proposal.id(), "CounselorApproval"))
                            .with(user(accounts.loadUserByUsername(p.counselor()))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("The what-if is not available because the rules in use"
                            + " cannot evaluate this student: Rule &quot;Fails on purpose for one student&quot; failed: "
                            + RulesFailingFor.REASON)));
        }
        pathways.withdraw(p.viewer(), proposal.id(), "Test over");
    }
}
