package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.onlineCourse;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.EventView;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.PathwayViews.TaskView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Segregation of duties: two different people decide the teacher review and the counselor approval of a
 * proposal, however the reviews are routed or escalated; and a task decided by someone else says who, to the
 * people it was offered to only.
 */
@PlannerTest
class TwoPeopleApproveTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    PathwayFixtures fixtures;
    PathwayJourney journey;
    final List<String> accountsAdded = new ArrayList<>();
    final List<String> accountsDisabled = new ArrayList<>();

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @AfterEach
    void districtAsItWas() {
        accountsDisabled.forEach(username -> jdbc.update("update user_account set enabled = true where username = ?",
                username));
        accountsAdded.forEach(username -> {
            jdbc.update("delete from staff_member where account_id = (select id from user_account where username = ?)",
                    username);
            jdbc.update("delete from user_account where username = ?", username);
        });
    }

    @Test
    void theCounselorWhoDecidedAnEscalatedTeacherReviewHandsTheApprovalToAnotherCounselor() throws Exception {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));
        overdue(proposal, "TeacherReviewOverdue");   // the counselor joins the teacher review

        journey.decide(counselor(p.counselor()), proposal.id(), "TeacherReview", "APPROVE", "Fine by me");

        List<String> otherCounselors = people.counselorsAtSchoolOf(p.student().id()).stream()
                .filter(c -> !c.equals(p.counselor())).toList();
        assertThat(otherCounselors).isNotEmpty();
        assertThat(candidates(proposal, "CounselorApproval")).containsExactlyInAnyOrderElementsOf(otherCounselors);
        assertThat(tasks.tasksOf(counselor(p.counselor()))).extracting(TaskView::proposalId)
                .doesNotContain(proposal.id());
        ProposalView waiting = journey.now(proposal.id());
        assertThat(waiting.secondPersonNotes()).singleElement().satisfies(note -> {
            assertThat(note.step()).isEqualTo("CounselorApproval");
            assertThat(note.decidedOtherApproval()).containsExactly(p.counselor());
            assertThat(note.routedTo()).containsExactlyInAnyOrderElementsOf(otherCounselors);
        });
        assertThat(waiting.timeline()).extracting(EventView::action).contains("COUNSELOR_APPROVAL_SECOND_PERSON");
        mvc.perform(get("/student/pathways/{id}", proposal.id()).param("lang", "es")
                        .with(as(p.student().username())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(p.counselor()
                        + " decidió la revisión docente de esta propuesta, así que la aprobación del orientador pasa a "
                        + String.join(", ", otherCounselors))));

        journey.decide(counselor(otherCounselors.get(0)), proposal.id(), "CounselorApproval", "APPROVE", null);
        assertThat(journey.now(proposal.id()).status()).isEqualTo("ACTIVE");
    }

    @Test
    void theDeciderOfOneApprovalDecidingTheOtherDirectlyIsRefused403WithTheReason() throws Exception {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));
        overdue(proposal, "TeacherReviewOverdue");
        journey.decide(counselor(p.counselor()), proposal.id(), "TeacherReview", "APPROVE", null);
        String approval = journey.taskId(proposal.id(), "CounselorApproval");
        taskService.addCandidateUser(approval, p.counselor());   // as Camunda's tasklist could

        mvc.perform(post("/api/pathways/tasks/{taskId}", approval).with(httpBasic(p.counselor(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"APPROVE\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You decided the teacher review of this proposal, so its"
                        + " counselor approval needs someone else: two different people approve every proposal."));
        assertThat(journey.task(proposal.id(), "CounselorApproval")).isNotNull();
        assertThat(journey.now(proposal.id()).status()).isEqualTo("IN_REVIEW");
    }

    @Test
    void anEscalatedCounselorApprovalSkipsTheAdministratorWhoDecidedTheTeacherReviewForAnother() {
        Proposer p = fixtures.anAdult();
        String secondAdministrator = anotherAdministratorAtTheSchoolOf(p);
        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));
        taskService.addCandidateUser(journey.taskId(proposal.id(), "TeacherReview"), "admin");
        journey.decide(new Viewer("admin", Role.ADMIN), proposal.id(), "TeacherReview", "APPROVE", null);
        assertThat(candidates(proposal, "CounselorApproval")).containsExactly(p.counselor());

        overdue(proposal, "CounselorApprovalOverdue");

        assertThat(candidates(proposal, "CounselorApproval")).containsExactlyInAnyOrder(p.counselor(),
                secondAdministrator);
        assertThat(journey.now(proposal.id()).timeline()).filteredOn(e -> e.action().equals("REMINDER_SENT"))
                .last().extracting(EventView::comment).isEqualTo("The counselor approval has waited too long;"
                        + " reminder sent and escalated to Second Administrator");
        assertThatThrownBy(() -> journey.decide(new Viewer("admin", Role.ADMIN), proposal.id(), "CounselorApproval",
                "APPROVE", null)).isInstanceOf(AccessDeniedException.class);
        journey.decide(new Viewer(secondAdministrator, Role.ADMIN), proposal.id(), "CounselorApproval", "APPROVE", null);
        assertThat(journey.now(proposal.id()).status()).isEqualTo("ACTIVE");
    }

    @Test
    void whenTheOnlyAdministratorDecidedTheTeacherReviewTheEscalationAddsNobodyAndSaysSo() {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));
        assertThat(people.administratorsOf(p.student().id())).containsExactly("admin");
        taskService.addCandidateUser(journey.taskId(proposal.id(), "TeacherReview"), "admin");
        journey.decide(new Viewer("admin", Role.ADMIN), proposal.id(), "TeacherReview", "APPROVE", null);

        overdue(proposal, "CounselorApprovalOverdue");

        assertThat(candidates(proposal, "CounselorApproval")).containsExactly(p.counselor());
        assertThat(journey.lastEvent(proposal.id()).action()).isEqualTo("COUNSELOR_APPROVAL_SECOND_PERSON");
        assertThat(journey.lastEvent(proposal.id()).comment()).isEqualTo("Dana Whitfield decided the teacher review, so the"
                + " counselor approval is not escalated to them and nobody else may decide it: it stays with its"
                + " reviewers. Two different people approve every proposal.");
    }

    @Test
    void withNobodyElseEligibleTheApprovalWaitsSaysWhyAndEscalatesToAnAdministratorAddedLater() throws Exception {
        Proposer p = fixtures.anAdult();
        ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));
        overdue(proposal, "TeacherReviewOverdue");
        disable(people.counselorsAtSchoolOf(p.student().id()).stream().filter(c -> !c.equals(p.counselor())).toList());
        disable(people.administratorsOf(p.student().id()));

        journey.decide(counselor(p.counselor()), proposal.id(), "TeacherReview", "APPROVE", null);

        assertThat(candidates(proposal, "CounselorApproval")).isEmpty();
        assertThat(journey.lastEvent(proposal.id()).action()).isEqualTo("COUNSELOR_APPROVAL_NOBODY");
        assertThat(journey.now(proposal.id()).secondPersonNotes()).singleElement()
                .satisfies(note -> assertThat(note.nobody()).isTrue());
        mvc.perform(get("/student/pathways/{id}", proposal.id()).with(as(p.student().username())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(p.counselor() + " decided the"
                        + " teacher review of this proposal, and nobody else may decide its counselor approval yet")));

        String administrator = anotherAdministratorAtTheSchoolOf(p);
        overdue(proposal, "CounselorApprovalOverdue");

        assertThat(candidates(proposal, "CounselorApproval")).containsExactly(administrator);
        journey.decide(new Viewer(administrator, Role.ADMIN), proposal.id(), "CounselorApproval", "APPROVE", null);
        assertThat(journey.now(proposal.id()).status()).isEqualTo("ACTIVE");
    }

    @Test
    void twoDecisionsAtOnceOneWinsAndTheOtherIsToldTheRealDeciderWhileAStrangerLearnsNothing() throws Exception {
        for (int round = 0; round < 3; round++) {
            Proposer p = fixtures.anAdult();
            ProposalView proposal = journey.submitted(p, onlineCourse(p.target()));
            overdue(proposal, "TeacherReviewOverdue");   // the teacher and the counselor may both decide
            String task = journey.taskId(proposal.id(), "TeacherReview");

            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService two = Executors.newFixedThreadPool(2);
            List<Future<RuntimeException>> outcomes = new ArrayList<>();
            for (Viewer reviewer : List.of(teacher(p.teacher()), counselor(p.counselor()))) {
                outcomes.add(two.submit(() -> {
                    together.await();
                    try {
                        tasks.decide(reviewer, task, new TaskDecision("APPROVE", null, null));
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            RuntimeException teachers = outcomes.get(0).get();
            RuntimeException counselors = outcomes.get(1).get();
            two.shutdown();

            assertThat(teachers == null ^ counselors == null).as("exactly one decision wins").isTrue();
            String winner = teachers == null ? p.teacher() : p.counselor();
            RuntimeException loser = teachers == null ? counselors : teachers;
            assertThat(loser).isInstanceOf(TaskAlreadyDecidedException.class)
                    .hasMessageStartingWith("This task was already decided by " + winner + " at ");
            assertThat(jdbc.queryForObject("select decided_by from pathway_decision where task_id = ?", String.class,
                    task)).isEqualTo(winner);
            assertThat(journey.now(proposal.id()).timeline()).filteredOn(e -> e.action().equals("TEACHER_APPROVED"))
                    .extracting(EventView::actor).containsExactly(winner);
            String stranger = p.teacher().endsWith("2") ? p.teacher().substring(0, p.teacher().length() - 1)
                    : p.teacher() + "2";
            assertThatThrownBy(() -> tasks.decide(teacher(stranger), task, new TaskDecision("APPROVE", null, null)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageNotContaining(winner);
        }
    }

    private void overdue(ProposalView proposal, String boundaryEvent) {
        String instance = journey.task(proposal.id(), boundaryEvent.replace("Overdue", "")).getProcessInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers()
                .activityId(boundaryEvent).singleResult().getId());
    }

    private List<String> candidates(ProposalView proposal, String step) {
        return taskService.getIdentityLinksForTask(journey.taskId(proposal.id(), step)).stream()
                .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getUserId)
                .filter(u -> !u.isBlank()).toList();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                accounts.loadUserByUsername(username));
    }

    /** A second administrator, of the proposer's school, for this test only. */
    private String anotherAdministratorAtTheSchoolOf(Proposer p) {
        String username = "admin.second" + System.nanoTime() % 100000;
        jdbc.update("""
                insert into user_account (username, password_hash, display_name, role, enabled)
                select ?, password_hash, 'Second Administrator', 'ADMIN', true from user_account where username = 'admin'
                """, username);
        accountsAdded.add(username);
        Long account = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        jdbc.update("""
                insert into staff_member (account_id, first_name, last_name, email, kind, school_id, search_first,
                                          search_last, search_email)
                values (?, 'Second', 'Administrator', ?, 'ADMIN', (select school_id from student where id = ?),
                        'second', 'administrator', ?)""",
                account, username + "@district.example.org", p.student().id(), username + "@district.example.org");
        return username;
    }

    private void disable(List<String> usernames) {
        usernames.forEach(username -> jdbc.update("update user_account set enabled = false where username = ?",
                username));
        accountsDisabled.addAll(usernames);
    }
}
