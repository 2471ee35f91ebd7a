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
import java.util.List;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.Hypothesis;
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
        PathwayJourney journey = new PathwayJourney(pathways, tasks, taskService);
        Proposer p = aHighSchoolStudentFromTheEnd(0);
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
        PathwayJourney journey = new PathwayJourney(pathways, tasks, taskService);
        Proposer p = aHighSchoolStudentFromTheEnd(1);
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

    /**
     * A high-school student counted from the end of the roster, with a target their teacher's one assessment masters:
     * not through {@link PathwayFixtures}, whose rotation the other pathway tests share.
     */
    private Proposer aHighSchoolStudentFromTheEnd(int skip) {
        List<Long> ids = jdbc.queryForList("select s.id from student s where s.grade_level >= 9 and s.counselor_id"
                + " is not null and not exists (select 1 from pathway_proposal p where p.student_id = s.id)"
                + " order by s.id desc", Long.class);
        int skipped = 0;
        for (long id : ids) {
            StudentView student = people.student(id).orElseThrow();
            var target = progress.progressOf(id).competencies().stream()
                    .filter(c -> c.areaCode() != null && ("READY".equals(c.status()) || "IN_PROGRESS".equals(c.status())))
                    .filter(c -> c.missingPrerequisites().isEmpty())
                    .filter(c -> progress.whatIf(id, new Hypothesis(List.of(new Hypothesis.HypotheticalScore(null,
                            c.id(), 4)), List.of())).newlyMasteredCompetencyIds().contains(c.id()))
                    .findFirst();
            List<String> teachers = target.isEmpty() ? List.of()
                    : people.teachersOfStudentIn(id, List.of(target.get().areaCode()));
            if (!teachers.isEmpty() && skipped++ == skip) {
                return new Proposer(student, new Viewer(student.username(), Role.STUDENT),
                        people.counselorUsernameOf(id).orElseThrow(), people.guardiansOf(id).get(0).username(),
                        target.get(), teachers.get(0));
            }
        }
        throw new IllegalStateException("No demo student fits");
    }
}
