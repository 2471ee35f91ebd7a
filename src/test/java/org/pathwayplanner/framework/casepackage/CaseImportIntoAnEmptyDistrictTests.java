package org.pathwayplanner.framework.casepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.pathwayplanner.PathwayPlannerApplication;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.exchange.DataExchange;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.exchange.ImportProblem;
import org.pathwayplanner.framework.FrameworkChanged;
import org.pathwayplanner.framework.FrameworkImport;
import org.pathwayplanner.framework.casepackage.ItemTypeMapping.Target;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Importing CASE packages into a second, empty district (its own in-memory database, no demo) started beside the
 * demo district: the demo's export imports and exports again as the same package; a re-import changes nothing;
 * items no longer listed are retired; a failure midway leaves nothing; OpenSALT's sample framework imports.
 */
@PlannerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseImportIntoAnEmptyDistrictTests {

    static final String BASE = "https://district.example/ims/case/v1p1";
    static final String ADMIN = "admin";

    /** Throws once armed, inside the import's transaction, after every row is written and before it commits. */
    static class FailureMidway {
        static volatile boolean armed;

        @EventListener
        void on(FrameworkChanged changed) {
            if (armed) {
                throw new IllegalStateException("forced failure midway through the import");
            }
        }
    }

    @Autowired
    CasePackageExport demoExport;
    @Autowired
    ObjectMapper json;

    ConfigurableApplicationContext empty;
    CaseFrameworkImports imports;
    CasePackageExport export;
    JdbcTemplate jdbc;
    ObjectNode demoPackage;

    @BeforeAll
    void startAnEmptyDistrict() {
        empty = new SpringApplicationBuilder(PathwayPlannerApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean(FailureMidway.class))
                // command-line arguments: they come before the test settings (config/application.yml). No Camunda webapps:
                // they keep static state that a second instance would take over from the shared context
                .run("--spring.datasource.url=jdbc:h2:mem:case-empty-district;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
                        "--pathway-planner.demo.enabled=false", "--server.port=0", "--camunda.bpm.webapp.enabled=false",
                        "--spring.jmx.enabled=false",
                        "--camunda.bpm.process-engine-name=caseEmptyDistrict", "--camunda.bpm.job-execution.enabled=false",
                        "--pathway-planner.recompute.cron=-");
        imports = empty.getBean(CaseFrameworkImports.class);
        export = empty.getBean(CasePackageExport.class);
        jdbc = empty.getBean(JdbcTemplate.class);
        demoPackage = demoExport.cfPackage(BASE);
    }

    @AfterAll
    void stopIt() {
        FailureMidway.armed = false;
        if (empty != null) {
            empty.close();
        }
    }

    @Test
    @Order(1)
    void theEmptyDistrictStartsWithoutAFramework() {
        assertThat(export.cfPackage(BASE).get("CFItems").size()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from student", Long.class)).isZero();
    }

    @Test
    @Order(2)
    void theDemoDistrictsPackageImportsAndExportsAgainAsTheSamePackage() throws Exception {
        CaseFrameworkImports.Step dryRun = dryRun(demoPackage, null);
        assertThat(dryRun.problems().list()).isEmpty();
        assertThat(dryRun.counts().changes()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from competency", Long.class)).isZero();

        CaseFrameworkImports.Step imported = imports.importNow(lastToken, ADMIN, dryRun.hash());

        assertThat(imported.written()).isTrue();
        assertThat(imported.counts().summary()).isEqualTo(dryRun.counts().summary());
        assertThat(differences("", withoutVolatileFields(export.cfPackage(BASE)), withoutVolatileFields(demoPackage)))
                .isEmpty();
    }

    @Test
    @Order(3)
    void importingTheSamePackageAgainChangesNothing() throws Exception {
        CaseFrameworkImports.Step dryRun = dryRun(demoPackage, null);
        CaseFrameworkImports.Step imported = imports.importNow(lastToken, ADMIN, dryRun.hash());

        assertThat(imported.written()).isTrue();
        assertThat(imported.counts().changes()).isZero();
        assertThat(lastLogEntry().summary()).isEqualTo(imported.counts().summary());
    }

    @Test
    @Order(4)
    void itemsNoLongerListedOrListedAsRetiredAreRetiredNeverDeleted() throws Exception {
        ObjectNode pkg = demoPackage.deepCopy();
        JsonNode gone = competencyWithObjectives(pkg);
        String goneCode = gone.get("humanCodingScheme").asText();
        removeWithItsObjectives(pkg, gone.get("identifier").asText());
        ObjectNode ended = (ObjectNode) otherCompetency(pkg, goneCode);
        ended.put("statusEndDate", "2020-06-30");
        long objectivesOfGone = jdbc.queryForObject("select count(*) from learning_objective o join competency c"
                + " on c.id = o.competency_id where c.code = ? and o.retired = false", Long.class, goneCode);

        CaseFrameworkImports.Step dryRun = dryRun(pkg, null);
        assertThat(dryRun.problems().list()).isEmpty();
        assertThat(dryRun.counts().files()).filteredOn(f -> f.file().equals(FrameworkImport.COMPETENCIES))
                .singleElement().satisfies(f -> assertThat(f.retired()).isEqualTo(2));
        CaseFrameworkImports.Step imported = imports.importNow(lastToken, ADMIN, dryRun.hash());

        assertThat(imported.written()).isTrue();
        assertThat(jdbc.queryForObject("select retired from competency where code = ?", Boolean.class, goneCode))
                .isTrue();
        assertThat(jdbc.queryForObject("select retired from competency where code = ?", Boolean.class,
                ended.get("humanCodingScheme").asText())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from learning_objective o join competency c"
                + " on c.id = o.competency_id where c.code = ? and o.retired = true", Long.class, goneCode))
                .isEqualTo(objectivesOfGone);
    }

    @Test
    @Order(5)
    void aFailureMidwayLeavesTheDistrictAsItWas() throws Exception {
        ObjectNode pkg = demoPackage.deepCopy();
        ((ArrayNode) pkg.get("CFItems")).add(standard("a5f0c2d4-1111-4a11-8a11-000000000001", "CT.NEW.1",
                "A standard added in a failing import"));
        CaseFrameworkImports.Step dryRun = dryRun(pkg, null);
        assertThat(dryRun.problems().list()).isEmpty();
        long competenciesBefore = jdbc.queryForObject("select count(*) from competency where retired = false", Long.class);

        FailureMidway.armed = true;
        try {
            assertThatThrownBy(() -> imports.importNow(lastToken, ADMIN, dryRun.hash()))
                    .hasMessageContaining("forced failure midway");
        } finally {
            FailureMidway.armed = false;
        }

        assertThat(jdbc.queryForObject("select count(*) from state_standard where code = 'CT.NEW.1'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from competency where retired = false", Long.class))
                .isEqualTo(competenciesBefore);
        assertThat(lastLogEntry().outcome()).isEqualTo(DataExchange.Outcome.FAILED);
    }

    @Test
    @Order(6)
    void openSaltsSampleFrameworkImportsWithTheGuessedMappingBesideTheDistrictsOwn() throws Exception {
        long districtCompetencies = jdbc.queryForObject("select count(*) from competency where retired = false",
                Long.class);
        byte[] sample = resource("/case/opensalt-sample-framework.json");
        String token = imports.upload(ADMIN, "opensalt.json", sample).token();
        CaseFrameworkImports.Mapping mapping = imports.mapping(token, ADMIN);

        assertThat(mapping.mapping().targets()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Cluster", Target.CONTENT_AREA, "Standard", Target.COMPETENCY, "Component", Target.LEARNING_OBJECTIVE));
        CaseFrameworkImports.Step dryRun = imports.dryRun(token, ADMIN, mapping.mapping());
        assertThat(dryRun.problems().list()).isEmpty();
        assertThat(counts(dryRun)).containsEntry(FrameworkImport.AREAS, 2L).containsEntry(FrameworkImport.COMPETENCIES, 6L)
                .containsEntry(FrameworkImport.OBJECTIVES, 8L).containsEntry(FrameworkImport.PREREQUISITES, 2L);
        CaseFrameworkImports.Step imported = imports.importNow(token, ADMIN, dryRun.hash());

        assertThat(imported.written()).isTrue();
        assertThat(jdbc.queryForObject("select c.expected_grade from competency c where c.code = ?", Integer.class,
                "CCSS.Math.Content.6.RP.A.1")).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from competency where retired = false", Long.class))
                .isEqualTo(districtCompetencies + 6);

        String again = imports.upload(ADMIN, "opensalt.json", sample).token();
        CaseFrameworkImports.Step second = imports.dryRun(again, ADMIN, imports.mapping(again, ADMIN).mapping());
        assertThat(second.counts().changes()).isZero();
    }

    @Test
    @Order(7)
    void theAdministratorsMappingDecidesWhatEachTypeBecomes() throws Exception {
        byte[] sample = resource("/case/opensalt-sample-framework.json");
        String token = imports.upload(ADMIN, "opensalt.json", sample).token();

        CaseFrameworkImports.Step ignoringComponents = imports.dryRun(token, ADMIN, new ItemTypeMapping(Map.of(
                "Cluster", Target.CONTENT_AREA, "Standard", Target.COMPETENCY, "Component", Target.IGNORE)));
        assertThat(ignoringComponents.problems().list()).isEmpty();
        assertThat(counts(ignoringComponents)).containsEntry(FrameworkImport.OBJECTIVES, 8L);   // retired: no longer listed

        CaseFrameworkImports.Step standardsAsStateStandards = imports.dryRun(token, ADMIN, new ItemTypeMapping(Map.of(
                "Cluster", Target.CONTENT_AREA, "Standard", Target.STATE_STANDARD,
                "Component", Target.LEARNING_OBJECTIVE)));
        assertThat(standardsAsStateStandards.problems().list()).extracting(ImportProblem::key)
                .contains("case.problem.objectiveParent");
    }

    @Test
    @Order(8)
    void aPrerequisiteCycleACompetencyUnderACompetencyAndATakenCodeAreEachNamedWhereTheyAre() throws Exception {
        ObjectNode pkg = demoPackage.deepCopy();
        JsonNode precedes = CaseExportTests.associations(pkg, "precedes").get(0);
        ObjectNode backwards = precedes.deepCopy();
        backwards.put("identifier", "b0000000-0000-4000-8000-000000000001");
        backwards.set("originNodeURI", precedes.get("destinationNodeURI"));
        backwards.set("destinationNodeURI", precedes.get("originNodeURI"));
        ((ArrayNode) pkg.get("CFAssociations")).add(backwards);
        JsonNode competency = otherCompetency(pkg, "");
        ObjectNode newOne = competency.deepCopy();
        newOne.put("identifier", "c0000000-0000-4000-8000-000000000002");
        ((ArrayNode) pkg.get("CFItems")).add(newOne);

        CaseFrameworkImports.Step dryRun = dryRun(pkg, null);

        assertThat(dryRun.problems().list()).extracting(ImportProblem::key)
                .contains("case.problem.cycle", "admin.error.duplicateCode");
        ImportProblem cycle = dryRun.problems().list().stream().filter(p -> p.key().equals("case.problem.cycle"))
                .findFirst().orElseThrow();
        assertThat(cycle.column()).isEqualTo("/CFAssociations/" + (pkg.get("CFAssociations").size() - 1));
        String token = lastToken;
        CaseFrameworkImports.Step refused = imports.importNow(token, ADMIN, dryRun.hash());
        assertThat(refused.written()).isFalse();
        assertThat(lastLogEntry().outcome()).isEqualTo(DataExchange.Outcome.REFUSED);
    }

    @Test
    @Order(9)
    void anImportOfAnotherFileThanTheOneDryRunIsRefused() throws Exception {
        dryRun(demoPackage, null);

        CaseFrameworkImports.Step refused = imports.importNow(lastToken, ADMIN, "0".repeat(64));

        assertThat(refused.written()).isFalse();
        assertThat(refused.problems().list()).extracting(ImportProblem::key).containsExactly("case.problem.notPreviewed");
    }

    // ------------------------------------------------------------------------------------------------ fixtures

    String lastToken;

    CaseFrameworkImports.Step dryRun(JsonNode pkg, ItemTypeMapping mapping) throws IOException {
        lastToken = imports.upload(ADMIN, "district.json", json.writeValueAsBytes(pkg)).token();
        return imports.dryRun(lastToken, ADMIN, mapping != null ? mapping : imports.mapping(lastToken, ADMIN).mapping());
    }

    DataExchange lastLogEntry() {
        return empty.getBean(DataExchangeLog.class).newest(1).get(0);
    }

    static Map<String, Long> counts(CaseFrameworkImports.Step step) {
        Map<String, Long> counts = new java.util.HashMap<>();
        step.counts().files().forEach(f -> counts.put(f.file(), f.changes()));
        return counts;
    }

    JsonNode withoutVolatileFields(JsonNode pkg) {
        JsonNode copy = pkg.deepCopy();
        strip(copy);
        return copy;
    }

    /** Where two JSON trees differ, as JSON pointers with both values (the first 20). */
    static java.util.List<String> differences(String at, JsonNode actual, JsonNode expected) {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (actual.isObject() && expected.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            actual.fieldNames().forEachRemaining(names::add);
            expected.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode a = actual.path(name);
                JsonNode e = expected.path(name);
                found.addAll(differences(at + "/" + name, a, e));
            }
        } else if (actual.isArray() && expected.isArray() && actual.size() == expected.size()) {
            for (int i = 0; i < actual.size(); i++) {
                found.addAll(differences(at + "/" + i, actual.get(i), expected.get(i)));
            }
        } else if (!actual.equals(expected)) {
            String a = actual.toString();
            String e = expected.toString();
            found.add(at + ": " + a.substring(0, Math.min(300, a.length())) + " instead of "
                    + e.substring(0, Math.min(300, e.length())));
        }
        return found.size() > 20 ? found.subList(0, 20) : found;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("lastChangeDateTime");
            o.forEach(CaseImportIntoAnEmptyDistrictTests::strip);
        } else if (node instanceof ArrayNode a) {
            a.forEach(CaseImportIntoAnEmptyDistrictTests::strip);
        }
    }

    private JsonNode competencyWithObjectives(ObjectNode pkg) {
        Set<String> parents = new HashSet<>();
        CaseExportTests.associations(pkg, "isChildOf").forEach(a -> parents.add(a.at("/destinationNodeURI/identifier").asText()));
        for (JsonNode item : pkg.get("CFItems")) {
            if (item.get("CFItemType").asText().equals("Competency") && parents.contains(item.get("identifier").asText())
                    && CaseExportTests.associations(pkg, "precedes").stream().noneMatch(a -> mentions(a, item))) {
                return item;
            }
        }
        throw new AssertionError("no competency with objectives");
    }

    private static JsonNode otherCompetency(ObjectNode pkg, String notCode) {
        for (JsonNode item : pkg.get("CFItems")) {
            if (item.get("CFItemType").asText().equals("Competency") && !item.get("humanCodingScheme").asText().equals(notCode)
                    && !item.has("statusEndDate")) {
                return item;
            }
        }
        throw new AssertionError("no other competency");
    }

    private static boolean mentions(JsonNode association, JsonNode item) {
        String id = item.get("identifier").asText();
        return association.at("/originNodeURI/identifier").asText().equals(id)
                || association.at("/destinationNodeURI/identifier").asText().equals(id);
    }

    private static void removeWithItsObjectives(ObjectNode pkg, String competency) {
        Set<String> gone = new HashSet<>(Set.of(competency));
        CaseExportTests.associations(pkg, "isChildOf").stream()
                .filter(a -> a.at("/destinationNodeURI/identifier").asText().equals(competency))
                .forEach(a -> gone.add(a.at("/originNodeURI/identifier").asText()));
        ((ArrayNode) pkg.get("CFItems")).removeIf(i -> gone.contains(i.get("identifier").asText()));
        ((ArrayNode) pkg.get("CFAssociations")).removeIf(a -> gone.contains(a.at("/originNodeURI/identifier").asText())
                || gone.contains(a.at("/destinationNodeURI/identifier").asText()));
    }

    private ObjectNode standard(String identifier, String code, String statement) {
        ObjectNode item = json.createObjectNode();
        item.put("identifier", identifier);
        item.put("uri", BASE + "/CFItems/" + identifier);
        item.put("fullStatement", statement);
        item.put("humanCodingScheme", code);
        item.put("CFItemType", "State Standard");
        item.put("lastChangeDateTime", "2026-12-01T00:00:00Z");
        return item;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CaseImportIntoAnEmptyDistrictTests.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
