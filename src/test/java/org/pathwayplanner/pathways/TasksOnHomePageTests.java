package org.pathwayplanner.pathways;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** Every adult's home page shows what waits for them: how many, the oldest first, the overdue marked. */
@PlannerTest
class TasksOnHomePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
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
    void theTeachersHomeListsTheReviewWaitingAndMarksItOverdueOnceItsDueDatePassed() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.onlineCourse(p.target()));
        String taskId = journey.taskId(proposal.id(), "TeacherReview");

        var waiting = tasks.tasksOf(PathwayFixtures.teacher(p.teacher()));
        var oldest = waiting.stream().sorted(java.util.Comparator.comparing(PathwayViews.TaskView::created))
                .limit(TasksOnHomePage.SHOWN).toList();
        String home = mvc.perform(get("/teacher").with(as(p.teacher())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-tasks\"")))
                .andExpect(content().string(containsString("Waiting for you (" + waiting.size() + ")")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(oldest).allSatisfy(t -> org.assertj.core.api.Assertions.assertThat(home)
                .contains("href=\"/tasks/" + t.taskId() + "\""));
        org.assertj.core.api.Assertions.assertThat(home).contains(waiting.size() <= TasksOnHomePage.SHOWN
                ? "href=\"/tasks/" + taskId + "\"" : "id=\"home-tasks-all\"");

        taskService.setDueDate(taskId, Date.from(Instant.now().minus(1, ChronoUnit.DAYS)));
        mvc.perform(get("/teacher").with(as(p.teacher())))
                .andExpect(content().string(containsString("id=\"home-tasks-overdue\"")));
    }

    @Test
    void theCounselorsAndTheGuardiansHomesListTheirSteps() throws Exception {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView proposal = journey.submitted(p, PathwayFixtures.internship(p.target()));
        journey.decide(PathwayFixtures.teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);

        mvc.perform(get("/counselor").with(as(p.counselor())))
                .andExpect(content().string(containsString("id=\"home-tasks\"")));
        journey.decide(PathwayFixtures.counselor(p.counselor()), proposal.id(), "CounselorApproval", "APPROVE", null);
        mvc.perform(get("/guardian").with(as(p.guardian())))
                .andExpect(content().string(containsString(
                        "href=\"/tasks/" + journey.taskId(proposal.id(), "GuardianConsent") + "\"")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(p.student().fullName()))));
    }

    @Test
    void theAdministratorsHomeHasTheSectionAndTheMenuHasMyTasks() throws Exception {
        mvc.perform(get("/admin").with(as("admin")))
                .andExpect(content().string(containsString("id=\"home-tasks\"")))
                .andExpect(content().string(containsString("<a href=\"/tasks\">My tasks</a>")));
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
