package org.pathwayplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application starts migrated, with the rules of rules/ and every diagram of processes/ loaded from the
 * classpath (the test configuration sets no folder), each diagram under its bare file name.
 */
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
        assertThat(evaluator.ruleSet().sources()).containsKeys("policy.json", "mastery.drl", "readiness.drl",
                "credits.drl", "audit.drl", "flags.drl", "pathway-eligibility.drl");
        assertThat(evaluator.ruleSet().ruleCount()).isGreaterThan(40);
    }

    @Test
    void everyMigrationOfTheMigrationFolderIsApplied() throws Exception {
        // SQL migrations, and the Java ones that fill what SQL cannot compute (e.g. V62's search keys)
        List<String> shipped;
        try (Stream<Path> sql = Files.list(Path.of("src/main/resources/db/migration"));
                Stream<Path> java = Files.list(Path.of("src/main/java/db/migration"))) {
            shipped = Stream.concat(sql, java).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.(sql|java)"))
                    .map(name -> name.substring(1, name.indexOf("__"))).sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
        assertThat(shipped).isNotEmpty();
        assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\"",
                String.class)).containsExactlyElementsOf(shipped);
    }
}
