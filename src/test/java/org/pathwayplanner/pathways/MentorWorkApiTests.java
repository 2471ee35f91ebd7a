package org.pathwayplanner.pathways;

import static org.pathwayplanner.pathways.PathwayFixtures.teacher;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mentor's work in the JSON API: the timesheet by week for whoever may see the proposal, the mentor's evaluation
 * for the school's staff who may see the student, not the student (a teacher of another student: AccessMatrixTests).
 */
@PlannerTest
class MentorWorkApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    MentorInvitations invitations;
    @Autowired
    MentorEvaluations evaluations;
    @Autowired
    TimesheetWeeks weeks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;

    PathwayFixtures fixtures;
    PathwayJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @Test
    void staffWhoMaySeeTheStudentReadTheMentorsEvaluationAndEveryoneWhoMaySeeTheProposalItsWeeks() throws Exception {
        Proposer p = fixtures.aMinorInGrade11();
        Proposer other = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Mentor mentor = invitations.use(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(),
                TimesheetConfirmationTests.MENTOR).token()).orElseThrow();
        mvc.perform(get("/api/pathways/{id}/mentor-evaluation", pathway.id()).with(httpBasic(p.teacher(), "demo")))
                .andExpect(status().isNotFound());
        evaluations.submit(mentor, new MentorEvaluations.Submission(Map.of(p.target().id(), "3"), Map.of(),
                "A careful intern"));
        pathways.logHours(p.viewer(), pathway.id(), TimesheetConfirmationTests.FIRST_DAY, new BigDecimal("6"), "Lab");
        weeks.confirm(mentor, TimesheetConfirmationTests.FIRST_DAY);

        mvc.perform(get("/api/pathways/{id}/mentor-evaluation", pathway.id()).with(httpBasic(p.teacher(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentorName").value("Dr. Lena Ortiz"))
                .andExpect(jsonPath("$.comment").value("A careful intern"))
                .andExpect(jsonPath("$.lines[0].level").value(3));
        mvc.perform(get("/api/pathways/{id}/mentor-evaluation", pathway.id()).with(httpBasic(p.counselor(), "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/pathways/{id}/mentor-evaluation", pathway.id())
                .with(httpBasic(p.student().username(), "demo"))).andExpect(status().isForbidden());

        mvc.perform(get("/api/pathways/{id}/timesheet-weeks", pathway.id())
                        .with(httpBasic(p.student().username(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmedByMentor").value(true))
                .andExpect(jsonPath("$.confirmedHours").value(6))
                .andExpect(jsonPath("$.weeks[0].state").value("CONFIRMED"));
        mvc.perform(get("/api/pathways/{id}/timesheet-weeks", pathway.id())
                .with(httpBasic(other.student().username(), "demo"))).andExpect(status().isForbidden());
    }
}
