package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class PathwayApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;

    PathwayFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
    }

    @Test
    void aStudentDraftsSubmitsAndSeesTheTimeline() throws Exception {
        Proposer p = fixtures.anAdult();
        long id = draft(p);

        mvc.perform(post("/api/pathways/{id}/submit", id).with(httpBasic(p.student().username(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.waitingFor[0]").value("TeacherReview"))
                .andExpect(jsonPath("$.timeline[0].action").value("DRAFTED"));
        mvc.perform(get("/api/pathways/mine").with(httpBasic(p.student().username(), "demo")))
                .andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void anInvalidProposalIsRefusedWithTheFieldsNamed() throws Exception {
        Proposer p = fixtures.anAdult();
        mvc.perform(post("/api/pathways").with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"INTERNSHIP\", \"title\": \"\", \"competencyIds\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("title: Give the pathway a title"),
                        org.hamcrest.Matchers.containsString("competencyIds: Pick at least one competency"))));
    }

    @Test
    void anOffCampusProposalThroughTheApiSaysHowTheStudentGetsThere() throws Exception {
        Proposer p = fixtures.anAdult();
        ProposalRequest internship = PathwayFixtures.internship(p.target());

        mvc.perform(post("/api/pathways").with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(internship.withTransport(null, null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "Say how the student gets there and back: the pathway is off campus")));
        mvc.perform(post("/api/pathways").with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(internship)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.transport").value("PUBLIC_TRANSIT"))
                .andExpect(jsonPath("$.transportNote").value("Bus 61 from the school, 20 minutes"));
    }

    @Test
    void aClientThatSendsNoTransportStillProposesOnCampus() throws Exception {
        Proposer p = fixtures.anAdult();
        String withoutTransport = json.writeValueAsString(PathwayFixtures.onlineCourse(p.target()))
                .replace(",\"transport\":null", "").replace(",\"transportNote\":null", "");
        assertThat(withoutTransport).doesNotContain("transport");

        mvc.perform(post("/api/pathways").with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(withoutTransport))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.offCampus").value(false));
    }

    @Test
    void onlyStudentsProposeAndOnlyForThemselves() throws Exception {
        Proposer p = fixtures.anAdult();
        long id = draft(p);

        mvc.perform(post("/api/pathways").with(httpBasic("teacher.math", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(p)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only students propose pathways."));
        mvc.perform(post("/api/pathways/{id}/submit", id).with(httpBasic("student1", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReviewerDecidesThroughTheInboxAndASecondDecisionGets409() throws Exception {
        Proposer p = fixtures.anAdult();
        long id = draft(p);
        mvc.perform(post("/api/pathways/{id}/submit", id).with(httpBasic(p.student().username(), "demo")));
        String taskId = taskOf(p.teacher(), id);

        mvc.perform(post("/api/pathways/tasks/{taskId}", taskId).with(httpBasic(p.teacher(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"APPROVE\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/pathways/tasks/{taskId}", taskId).with(httpBasic(p.teacher(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"APPROVE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "This task was already decided by " + p.teacher())));
    }

    @Test
    void twoPeopleDecidingTheSameTaskAtOnceOneWinsTheOtherIsToldWho() throws Exception {
        Proposer p = fixtures.anAdult();
        long id = draft(p);
        mvc.perform(post("/api/pathways/{id}/submit", id).with(httpBasic(p.student().username(), "demo")));
        String taskId = taskOf(p.teacher(), id);
        String processInstance = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(processInstance).timers()
                .activityId("TeacherReviewOverdue").singleResult().getId());   // escalation: the counselor joins

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (String reviewer : List.of(p.teacher(), p.counselor())) {
            results.add(two.submit((Callable<Integer>) () -> {
                start.await();
                return mvc.perform(post("/api/pathways/tasks/{taskId}", taskId).with(httpBasic(reviewer, "demo"))
                                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"APPROVE\"}"))
                        .andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        two.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void aStrangerCannotReadTheProposal() throws Exception {
        Proposer p = fixtures.anAdult();
        long id = draft(p);
        String otherSchoolStudent = jdbc.queryForObject("""
                select a.username from student s join user_account a on a.id = s.account_id
                 where s.school_id <> (select school_id from student where id = ?) order by s.id limit 1""",
                String.class, p.student().id());

        mvc.perform(get("/api/pathways/{id}", id).with(httpBasic(otherSchoolStudent, "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/pathways/{id}", id).with(httpBasic(p.counselor(), "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void theSubmitAnswerListsEveryEligibilityReasonAsAStructuredList() throws Exception {
        Proposer p = fixtures.anAdult();
        ProposalRequest flawed = new ProposalRequest(PathwayType.INTERNSHIP, "Weekend internship", null, "Garage",
                null, null, java.time.LocalDate.now().plusDays(7), java.time.LocalDate.now().plusDays(60), java.math.BigDecimal.valueOf(20), false,
                null, new java.math.BigDecimal("2"), "STEM", List.of(p.target().id()));
        String created = mvc.perform(post("/api/pathways").with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(flawed)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        mvc.perform(post("/api/pathways/{id}/submit", id).with(httpBasic(p.student().username(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CHANGES_REQUESTED"))
                .andExpect(jsonPath("$.eligibilityProblems.length()").value(2))
                .andExpect(jsonPath("$.eligibilityProblems[*].rule").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "A pathway needs enough hours for the credits it asks",
                        "A pathway may not ask more credits than its kind allows")))
                .andExpect(jsonPath("$.eligibilityProblems[*].reason").value(org.hamcrest.Matchers.hasItem(
                        "Internship pathways earn at most 1 credit; this one asks 2")))
                .andExpect(jsonPath("$.eligibilityProblems[*].reasonKey").value(org.hamcrest.Matchers.hasItem(
                        "rule.eligibility.tooManyCredits")))
                .andExpect(jsonPath("$.eligibilityProblems[?(@.reasonKey == 'rule.eligibility.tooManyCredits')]"
                        + ".reasonArgs[0].kind").value(org.hamcrest.Matchers.hasItem("INTERNSHIP")));
    }

    @Test
    void evidenceAndTheMentorsEvaluationGoThroughTheApiWithTheirChecks() throws Exception {
        Proposer p = fixtures.anAdult();
        long id = new PathwayJourney(pathways, tasks, taskService).active(p, PathwayFixtures.onlineCourse(p.target()))
                .id();

        mvc.perform(post("/api/pathways/{id}/evidence", id).with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"data:text/html,hi\", \"description\": \"Report\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The link must start with http:// or https://"));
        mvc.perform(post("/api/pathways/{id}/evidence", id).with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"https://example.org/report\", \"description\": \"Report\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence[0].url").value("https://example.org/report"));
        mvc.perform(post("/api/pathways/{id}/mentor-evaluations", id).with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorName\": \"Me\", \"rating\": \"4 Advanced\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/pathways/{id}/mentor-evaluations", id).with(httpBasic(p.teacher(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorName\": \"Dr. Ortiz\", \"rating\": \"Exceeded expectations\","
                                + " \"comment\": \"Reliable\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentorEvaluations[0].rating").value("Exceeded expectations"));
    }

    private long draft(Proposer p) throws Exception {
        String created = mvc.perform(post("/api/pathways").with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(p)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    private String body(Proposer p) throws Exception {
        return json.writeValueAsString(PathwayFixtures.onlineCourse(p.target()));
    }

    private String taskOf(String reviewer, long proposalId) throws Exception {
        String tasks = mvc.perform(get("/api/pathways/tasks").with(httpBasic(reviewer, "demo")))
                .andReturn().getResponse().getContentAsString();
        for (JsonNode task : json.readTree(tasks)) {
            if (task.get("proposalId").asLong() == proposalId) {
                return task.get("taskId").asText();
            }
        }
        throw new AssertionError("No task on proposal " + proposalId + " for " + reviewer);
    }
}
