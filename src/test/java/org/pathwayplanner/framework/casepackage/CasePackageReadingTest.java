package org.pathwayplanner.framework.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.exchange.ImportProblem;
import org.pathwayplanner.exchange.ImportProblems;
import org.pathwayplanner.framework.IncomingFramework;
import org.pathwayplanner.framework.casepackage.ItemTypeMapping.Target;
import org.pathwayplanner.framework.casepackage.ItemTypeMapping.TypeFound;

/** Reading an uploaded CASE package: lenient with what it does not use, precise about what stops it. */
class CasePackageReadingTest {

    static final String DOC = "d0000000-0000-4000-8000-000000000000";

    static String pkg(String items, String associations) {
        return """
                {"CFDocument": {"identifier": "%s", "title": "A state's framework", "creator": "State",
                  "CFPackageURI": "https://example.org/not-in-the-schema", "somethingElse": {"deep": [1, 2]}},
                 "CFItems": [%s], "CFAssociations": [%s], "vendorExtra": true}""".formatted(DOC, items, associations);
    }

    static String item(String id, String type, String code, String statement, String extra) {
        return """
                {"identifier": "%s", "CFItemType": "%s", "humanCodingScheme": "%s", "fullStatement": "%s",
                 "uri": "x", "CFDocumentURI": {"identifier": "%s"}%s}""".formatted(id, type, code, statement, DOC, extra);
    }

    static String childOf(String child, String parent, Integer sequence) {
        return """
                {"identifier": "a-%s", "associationType": "isChildOf", %s
                 "originNodeURI": {"identifier": "%s", "title": "o", "uri": "o"},
                 "destinationNodeURI": {"identifier": "%s", "title": "d", "uri": "d"}}"""
                .formatted(child, sequence == null ? "" : "\"sequenceNumber\": " + sequence + ",", child, parent);
    }

    static final String AREA = "10000000-0000-4000-8000-000000000001";
    static final String COMPETENCY = "20000000-0000-4000-8000-000000000002";
    static final String OBJECTIVE = "30000000-0000-4000-8000-000000000003";

    static CfPackage read(String json, ImportProblems problems) {
        return CasePackageReader.read("f.json", json.getBytes(StandardCharsets.UTF_8), problems).orElse(null);
    }

    @Test
    void fieldsOutsideTheSchemaAndMissingOptionalFieldsAreFine() {
        ImportProblems problems = new ImportProblems();
        CfPackage pkg = read(pkg(
                item(AREA, "Domain", "RP", "Ratios", ", \"educationalLevel\": \"06\", \"CFItemAssociationURI\": \"u\""),
                ""), problems);

        assertThat(problems.list()).isEmpty();
        assertThat(pkg.items()).singleElement().satisfies(i -> {
            assertThat(i.typeName()).isEqualTo("Domain");
            assertThat(i.educationLevel()).containsExactly("06");
        });
    }

    @Test
    void unreadableJsonIsOneProblemWithItsLineAndColumn() {
        ImportProblems problems = new ImportProblems();

        assertThat(read("{\n  \"CFDocument\": {\"identifier\": \"x\",,}\n}", problems)).isNull();

        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("case.problem.notJson");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isNotEmpty();
        });
    }

    @Test
    void jsonThatIsNotAPackageAndAnEmptyFileAreRefusedAsSuch() {
        ImportProblems notAPackage = new ImportProblems();
        ImportProblems empty = new ImportProblems();

        read("{\"name\": \"a roster\"}", notAPackage);
        read("", empty);

        assertThat(notAPackage.list()).extracting(ImportProblem::key).containsExactly("case.problem.noDocument");
        assertThat(empty.list()).extracting(ImportProblem::key).containsExactly("case.problem.empty");
    }

    @Test
    void typesAreGuessedByNameThenByDepth() {
        assertThat(ItemTypeMapping.guess("Competency", 3)).isEqualTo(Target.COMPETENCY);
        assertThat(ItemTypeMapping.guess("Learning Objective", 0)).isEqualTo(Target.LEARNING_OBJECTIVE);
        assertThat(ItemTypeMapping.guess("State Standard", 0)).isEqualTo(Target.STATE_STANDARD);
        assertThat(ItemTypeMapping.guess("Content Area", 1)).isEqualTo(Target.CONTENT_AREA);
        assertThat(ItemTypeMapping.guess("Cluster", 0)).isEqualTo(Target.CONTENT_AREA);
        assertThat(ItemTypeMapping.guess("Standard", 1)).isEqualTo(Target.COMPETENCY);
        assertThat(ItemTypeMapping.guess("Component", 2)).isEqualTo(Target.LEARNING_OBJECTIVE);
        assertThat(ItemTypeMapping.guess("", 0)).isEqualTo(Target.IGNORE);
    }

    @Test
    void theMappingStepListsEachTypeWithItsCountDepthAndExamples() {
        CfPackage pkg = read(pkg(String.join(",", item(AREA, "Cluster", "RP.A", "Ratios", ""),
                        item(COMPETENCY, "Standard", "RP.A.1", "Understand a ratio", ""),
                        item(OBJECTIVE, "Component", "RP.A.1a", "Write a ratio", "")),
                String.join(",", childOf(AREA, DOC, 1), childOf(COMPETENCY, AREA, null), childOf(OBJECTIVE, COMPETENCY, 1))),
                new ImportProblems());

        List<TypeFound> types = new PackageSorting(pkg, "f.json").types();

        assertThat(types).extracting(TypeFound::type, TypeFound::count, TypeFound::depth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cluster", 1, 0),
                        org.assertj.core.groups.Tuple.tuple("Standard", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("Component", 1, 2));
        assertThat(types.get(1).examples()).containsExactly("RP.A.1 Understand a ratio");
    }

    @Test
    void anObjectiveOutsideACompetencyAndACompetencyUnderACompetencyAreNamedWhereTheyAre() {
        String second = "20000000-0000-4000-8000-000000000099";
        CfPackage pkg = read(pkg(String.join(",", item(COMPETENCY, "Competency", "C-1", "One", ""),
                        item(second, "Competency", "C-2", "Two", ""),
                        item(OBJECTIVE, "Learning Objective", "C-1.1", "Loose", "")),
                String.join(",", childOf(second, COMPETENCY, null))), new ImportProblems());
        ImportProblems problems = new ImportProblems();

        IncomingFramework sorted = new PackageSorting(pkg, "f.json").sort(ItemTypeMapping.guess(
                new PackageSorting(pkg, "f.json").types()), problems).framework();

        assertThat(problems.list()).extracting(ImportProblem::column, ImportProblem::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/CFItems/1", "case.problem.competencyParent"),
                org.assertj.core.groups.Tuple.tuple("/CFItems/2", "case.problem.objectiveParent"));
        assertThat(sorted.competencies()).extracting(IncomingFramework.CompetencyItem::code).containsExactly("C-1");
    }

    @Test
    void ignoredTypesAreLeftOutAndPrecedesBecomesARequirementTheOtherWayRound() {
        String later = "20000000-0000-4000-8000-000000000098";
        String precedes = """
                {"identifier": "p1", "associationType": "precedes",
                 "originNodeURI": {"identifier": "%s"}, "destinationNodeURI": {"identifier": "%s"}}"""
                .formatted(COMPETENCY, later);
        CfPackage pkg = read(pkg(String.join(",", item(COMPETENCY, "Competency", "C-1", "First", ""),
                item(later, "Competency", "C-2", "Then", ""), item(AREA, "Grade Band", "HS", "High school", "")),
                precedes), new ImportProblems());

        IncomingFramework sorted = new PackageSorting(pkg, "f.json").sort(new ItemTypeMapping(Map.of(
                "Competency", Target.COMPETENCY, "Grade Band", Target.IGNORE)), new ImportProblems()).framework();

        assertThat(sorted.areas()).isEmpty();
        assertThat(sorted.prerequisites()).singleElement().satisfies(link -> {
            assertThat(link.from()).isEqualTo(later);
            assertThat(link.to()).isEqualTo(COMPETENCY);
        });
    }

    @Test
    void anItemWhoseStatusEndedIsListedAsRetired() {
        CfPackage pkg = read(pkg(item(COMPETENCY, "Competency", "C-1", "Old", ", \"statusEndDate\": \"2019-06-30\""),
                ""), new ImportProblems());

        IncomingFramework sorted = new PackageSorting(pkg, "f.json").sort(new ItemTypeMapping(Map.of(
                "Competency", Target.COMPETENCY)), new ImportProblems()).framework();

        assertThat(sorted.retired()).containsExactly(COMPETENCY);
    }

    @Test
    void aMappingIsKeptAsTextAndReadBack() {
        ItemTypeMapping mapping = new ItemTypeMapping(Map.of("Cluster", Target.CONTENT_AREA, "A = B", Target.IGNORE));

        assertThat(ItemTypeMapping.parse(mapping.text())).isEqualTo(mapping);
    }
}
