package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo district starts with proposals at each step, so every role finds work waiting on the first day. */
@SpringBootTest(properties = {"pathway-planner.demo.proposals=true",
        "spring.datasource.url=jdbc:h2:mem:demo-pathways;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"})
class DemoPathwaysTests {

    @Autowired
    TaskService taskService;
    @Autowired
    PathwayProposalRepository proposals;

    @Test
    void theDemoHasAProposalWaitingAtEveryStepOfItsPeople() {
        Map<String, Long> waiting = taskService.createTaskQuery().processDefinitionKey("PathwayProposal").list()
                .stream().collect(Collectors.groupingBy(Task::getTaskDefinitionKey, Collectors.counting()));

        assertThat(waiting).containsKeys("TeacherReview", "CounselorApproval", "GuardianConsent", "CarryOutPathway",
                "ReviseProposal");
        assertThat(proposals.count()).isEqualTo(5);
        assertThat(proposals.findAll()).filteredOn(p -> p.getLoggedHours().signum() > 0).hasSize(1);
    }

    @Test
    void itIsMadeOnceNotAtEveryStart() throws Exception {
        List<String> before = proposals.findAll().stream().map(p -> p.getId() + p.getTitle()).toList();
        org.springframework.boot.ApplicationRunner again = demo;
        again.run(null);
        assertThat(proposals.findAll().stream().map(p -> p.getId() + p.getTitle()).toList()).isEqualTo(before);
    }

    @Autowired
    DemoPathways demo;
}
