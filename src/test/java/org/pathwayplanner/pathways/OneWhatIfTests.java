package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.onlineCourse;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.PathwayViews.WhatIfView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One what-if, one answer: the student's proposal form, the counselor's approval page, the API and the outcome after
 * the teacher's assessment give the same figures for the same proposal.
 */
@PlannerTest
class OneWhatIfTests {

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
    MockMvc mvc;

    @Test
    void theFormTheApprovalPageTheApiAndTheOutcomeAgree() throws Exception {
        PathwayFixtures fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        PathwayJourney journey = new PathwayJourney(pathways, tasks, taskService);
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalRequest request = onlineCourse(p.target());

        WhatIfView onTheForm = pathways.whatIf(p.viewer(), request.competencyIds(), request.requestedCredits(),
                request.creditAreaCode());
        ProposalView submitted = journey.submitted(p, request);
        journey.decide(teacher(p.teacher()), submitted.id(), "TeacherReview", "APPROVE", null);
        WhatIfView onTheApprovalPage = pathways.whatIfOf(counselor(p.counselor()), submitted.id());
        String earnedAfter = onTheApprovalPage.earnedAfter().stripTrailingZeros().toPlainString();

        mvc.perform(get("/api/pathways/{id}/what-if", submitted.id()).with(httpBasic(p.counselor(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.earnedAfter").value(onTheApprovalPage.earnedAfter().doubleValue()))
                .andExpect(jsonPath("$.statusAfter").value(onTheApprovalPage.statusAfter()));
        journey.decide(counselor(p.counselor()), submitted.id(), "CounselorApproval", "APPROVE", null);
        if (journey.task(submitted.id(), "GuardianConsent") != null) {
            journey.decide(PathwayFixtures.guardian(p.guardian()), submitted.id(), "GuardianConsent", "CONSENT", null);
        }
        journey.carriedOut(p, submitted.id());
        tasks.decide(teacher(p.teacher()), journey.taskId(submitted.id(), "AssessPathway"),
                new TaskDecision("ASSESS", "Assessed", Map.of(p.target().id(), topOfTheScale())));
        BigDecimal outcome = progress.progressOf(p.student().id()).audit().earned();

        assertThat(onTheForm.earnedAfter()).isEqualByComparingTo(onTheApprovalPage.earnedAfter());
        assertThat(onTheForm.statusAfter()).isEqualTo(onTheApprovalPage.statusAfter());
        assertThat(onTheForm.earnedBefore()).isEqualByComparingTo(onTheApprovalPage.earnedBefore());
        assertThat(outcome).as("earned after assessment, against the what-if's " + earnedAfter)
                .isEqualByComparingTo(onTheApprovalPage.earnedAfter());
        assertThat(onTheApprovalPage.earnedAfter()).isGreaterThan(onTheApprovalPage.earnedBefore());
    }

    private int topOfTheScale() {
        return jdbc.queryForObject("select max(level_value) from proficiency_level", Integer.class);
    }
}
