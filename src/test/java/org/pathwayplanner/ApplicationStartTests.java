package org.pathwayplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application starts migrated, with the rules of rules/ and every diagram of processes/ loaded. */
@PlannerTest
class ApplicationStartTests {

    @Autowired
    RepositoryService repository;
    @Autowired
    StudentEvaluator evaluator;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDiagramOfTheProcessesFolderIsDeployed() throws Exception {
        try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
            assertThat(diagrams.filter(p -> p.toString().endsWith(".bpmn"))).isNotEmpty().allSatisfy(diagram ->
                    assertThat(repository.createProcessDefinitionQuery()
                            .processDefinitionResourceName(diagram.getFileName().toString()).count()).isPositive());
        }
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("PathwayProposal").latestVersion()
                .singleResult().getHistoryTimeToLive()).isEqualTo(180);
    }

    @Test
    void theRulesOfTheRulesFolderAreInUse() {
        assertThat(evaluator.ruleSet().sources()).containsKeys("policy.drl", "mastery.drl", "readiness.drl",
                "credits.drl", "audit.drl", "flags.drl", "pathway-eligibility.drl");
        assertThat(evaluator.ruleSet().ruleCount()).isGreaterThan(40);
    }

    @Test
    void everyMigrationAppliedFromAnEmptyDatabase() {
        assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" order by \"installed_rank\"",
                String.class)).containsSubsequence("1", "2", "3", "4");
    }
}
