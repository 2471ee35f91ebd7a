package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.guardian;
import static org.pathwayplanner.pathways.PathwayFixtures.internship;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing is lost when the server stops: the workflow's whole state is in the database. A second engine
 * built from nothing but the database — no caches, no deployment in memory, as after a restart — finds
 * every proposal waiting where it was and carries it on.
 */
@PlannerTest
class PathwayRestartTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;
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

    @Test
    void aRestartedEngineFindsEveryProposalWhereItWasAndCarriesItOn() {
        PathwayFixtures fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        Map<String, Proposer> proposers = new LinkedHashMap<>();
        Map<String, ProposalView> waiting = new LinkedHashMap<>();
        for (String step : List.of("TeacherReview", "CounselorApproval", "GuardianConsent", "ReviseProposal",
                "CarryOutPathway", "AssessPathway")) {
            Proposer p = fixtures.aMinorInGrade11();
            proposers.put(step, p);
            waiting.put(step, advancedTo(step, p));
        }

        ProcessEngine restarted = engineFromTheDatabaseAlone();
        try {
            waiting.forEach((step, proposal) -> {
                assertThat(openSteps(restarted, proposal)).as(proposal.title()).containsExactly(step);
                assertThat(pathways.proposal(admin(), proposal.id()).status()).isEqualTo(proposal.status());
            });

            // the restarted engine moves a proposal on: routing and timers come back from the stored variables
            ProposalView atTeacherReview = waiting.get("TeacherReview");
            Task review = task(restarted, atTeacherReview);
            assertThat(restarted.getTaskService().getIdentityLinksForTask(review.getId()))
                    .anyMatch(link -> proposers.get("TeacherReview").teacher().equals(link.getUserId()));
            restarted.getTaskService().complete(review.getId(),
                    Map.of("decision", "APPROVE", "comment", "", "actor", proposers.get("TeacherReview").teacher()));
            assertThat(openSteps(restarted, atTeacherReview)).containsExactly("CounselorApproval");
            assertThat(restarted.getManagementService().createJobQuery()
                    .processInstanceId(review.getProcessInstanceId()).timers().activityId("CounselorApprovalOverdue")
                    .count()).isOne();
        } finally {
            ProcessEngines.unregister(restarted);
            restarted.close();
        }
        // and the application, which never restarted, sees the same
        assertThat(pathways.proposal(admin(), waiting.get("TeacherReview").id()).waitingFor())
                .containsExactly("CounselorApproval");
    }

    private ProcessEngine engineFromTheDatabaseAlone() {
        SpringProcessEngineConfiguration running = (SpringProcessEngineConfiguration) ((org.camunda.bpm.engine.impl
                .ProcessEngineImpl) engine).getProcessEngineConfiguration();
        SpringProcessEngineConfiguration fresh = new SpringProcessEngineConfiguration();
        fresh.setProcessEngineName("restarted");
        fresh.setDataSource(running.getDataSource());
        fresh.setTransactionManager(running.getTransactionManager());
        fresh.setApplicationContext(context);
        fresh.setExpressionManager(new SpringExpressionManager(context));
        fresh.setDatabaseSchemaUpdate("false");
        fresh.setHistory(running.getHistoryLevel().getName());
        fresh.setIdGenerator(new StrongUuidGenerator());
        fresh.setJobExecutorActivate(false);
        fresh.setMetricsEnabled(false);
        fresh.setDbMetricsReporterActivate(false);
        return fresh.buildProcessEngine();
    }

    private ProposalView advancedTo(String step, Proposer p) {
        ProposalView proposal = pathways.submit(p.viewer(), pathways.draft(p.viewer(), internship(p.target())).id());
        if (step.equals("ReviseProposal")) {
            decide(teacher(p.teacher()), proposal, "TeacherReview", "CHANGES", "Name your mentor's hours");
            return pathways.proposal(admin(), proposal.id());
        }
        for (String next : List.of("TeacherReview", "CounselorApproval", "GuardianConsent", "CarryOutPathway")) {
            if (next.equals(step)) {
                break;
            }
            switch (next) {
                case "TeacherReview" -> decide(teacher(p.teacher()), proposal, next, "APPROVE", null);
                case "CounselorApproval" -> decide(counselor(p.counselor()), proposal, next, "APPROVE", null);
                case "GuardianConsent" -> decide(guardian(p.guardian()), proposal, next, "CONSENT", null);
                default -> pathways.markComplete(p.viewer(), proposal.id(), "Done");
            }
        }
        return pathways.proposal(admin(), proposal.id());
    }

    private void decide(Viewer who, ProposalView proposal, String step, String decision, String comment) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(proposal.id()))
                .taskDefinitionKey(step).singleResult();
        tasks.decide(who, task.getId(), new TaskDecision(decision, comment, null));
    }

    private static List<String> openSteps(ProcessEngine engine, ProposalView proposal) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(proposal.id()))
                .list().stream().map(Task::getTaskDefinitionKey).toList();
    }

    private static Task task(ProcessEngine engine, ProposalView proposal) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(proposal.id()))
                .singleResult();
    }

    private static Viewer admin() {
        return new Viewer("admin", Role.ADMIN);
    }
}
