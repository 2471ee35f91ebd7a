package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleSentences.assertSays;
import static org.pathwayplanner.rules.RuleSentences.english;
import static org.pathwayplanner.rules.RuleSentences.spanish;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    @Test
    void theShippedRulesCompileIntoOneRuleBase() {
        RuleSet rules = RuleBook.compile(Path.of("rules"));

        assertThat(rules.sources()).containsKeys("policy.json", "mastery.drl", "readiness.drl", "credits.drl",
                "audit.drl", "flags.drl");
        assertThat(rules.ruleCount()).isGreaterThan(25);
        rules.release();
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine() {
        Map<String, String> sources = new HashMap<>(RuleBook.read(Path.of("rules")));
        sources.put("broken.drl", """
                package org.pathwayplanner.rules.broken;
                import org.pathwayplanner.rules.Facts.*;

                rule "A rule with a typo"
                when
                    CompetencyFact(expectedGrade >>= 9)
                then
                end
                """);

        assertThatThrownBy(() -> RuleBook.compile(sources, "draft"))
                .isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("broken.drl");
                            assertThat(p.line()).isEqualTo(6);
                        }))
                .hasMessageContaining("broken.drl:6");
    }

    @Test
    void anUnknownFactTypeIsReportedToo() {
        List<RuleProblem> problems = RuleBook.validate(Map.of("typo.drl", """
                package org.pathwayplanner.rules.typo;
                rule "Uses a fact that does not exist"
                when
                    Competncy()
                then
                end
                """));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("typo.drl");
            assertThat(p.message()).contains("Competncy");
        });
    }

    @Test
    void aSwapPutsTheNewRulesInUseAndReturnsTheOldOnes() {
        RuleSet first = RuleBook.compile(Path.of("rules"));
        Map<String, String> stricter = new HashMap<>(first.sources());
        stricter.put("policy.json", first.sources().get("policy.json")
                .replace("\"districtMethod\" : \"MOST_RECENT\"", "\"districtMethod\" : \"HIGHEST\""));
        StudentEvaluator evaluator = new StudentEvaluator(first);
        FrameworkFacts framework = aFramework().competency(1, "Essay", "ELA", 9).objective(11, 1, "Argue").build();
        StudentInput student = aStudent().scored(11, 4, "2026-09-01").scored(11, 2, "2026-10-01").build();

        boolean before = evaluator.evaluate(framework, student).objectiveMastery(11).orElseThrow().mastered();
        RuleSet replaced = evaluator.swap(RuleBook.compile(stricter, "v2"));
        boolean after = evaluator.evaluate(framework, student).objectiveMastery(11).orElseThrow().mastered();

        assertThat(before).isFalse();
        assertThat(after).isTrue();
        assertThat(replaced).isSameAs(first);
        assertThat(evaluator.ruleSet().version()).isEqualTo("v2");
        replaced.release();
    }

    @Test
    void replacedRuleSetsAreReleasedNotKept() throws Exception {
        Map<String, String> sources = RuleBook.read(Path.of("rules"));
        StudentEvaluator evaluator = new StudentEvaluator(RuleBook.compile(sources, "v0"));
        FrameworkFacts framework = aFramework().competency(1, "Essay", "ELA", 9).objective(11, 1, "Argue").build();
        StudentInput student = aStudent().scored(11, 3, "2026-09-01").build();
        List<java.lang.ref.WeakReference<Object>> replaced = new java.util.ArrayList<>();

        for (int i = 1; i <= 20; i++) {
            RuleSet old = evaluator.swap(RuleBook.compile(sources, "v" + i));
            old.release();
            assertThat(old.isDisposed()).isTrue();
            replaced.add(new java.lang.ref.WeakReference<>(old.kieBase()));
            evaluator.evaluate(framework, student);
        }
        for (int attempt = 0; attempt < 20 && replaced.stream().anyMatch(r -> r.get() != null); attempt++) {
            System.gc();
            Thread.sleep(50);
        }

        assertThat(replaced).allSatisfy(r -> assertThat(r.get()).as("a replaced KieBase").isNull());
    }

    @Test
    void aRuleSetInUseIsDisposedOnlyWhenItsLastEvaluationEnds() {
        RuleSet rules = RuleBook.compile(Path.of("rules"));
        RuleSet.Lease lease = rules.lease();

        rules.release();
        assertThat(rules.isDisposed()).isFalse();
        lease.close();

        assertThat(rules.isDisposed()).isTrue();
        assertThatThrownBy(rules::lease).hasMessageContaining("was released");
    }

    @Test
    void aCsvDecisionTableCompilesWithTheRuleFiles() {
        Map<String, String> sources = new HashMap<>(RuleBook.read(Path.of("rules")));
        sources.put("area-methods.drl.csv", String.join("\n",
                "RuleSet,org.pathwayplanner.rules.tables",
                "Import,org.pathwayplanner.rules.Facts.*",
                "Notes,Calculation method per content area, as rows",
                "",
                "RuleTable Method for an area",
                "CONDITION,ACTION",
                "c : CompetencyFact",
                "\"areaCode == \"\"$param\"\"\",\"String method = \"\"$param\"\";\"",
                "Area,Method",
                "ART,MEAN",
                ""));

        RuleSet rules = RuleBook.compile(sources, "with-table");

        assertThat(rules.ruleCount()).isGreaterThan(RuleBook.compile(Path.of("rules")).ruleCount());
        rules.release();
    }

    @Test
    void thePathwayLimitsAreThoseOfThePolicyDocument() {
        Map<String, String> sources = new HashMap<>(RuleBook.read(Path.of("rules")));
        assertThat(sources).containsKey("policy.json").doesNotContainKey("pathway-types.drl.csv");
        assertThat(sources.get("pathway-eligibility.drl")).doesNotContain("new PathwayTypeLimit(");
        sources.put("policy.json", sources.get("policy.json")
                .replace("\"hoursPerCredit\" : 60", "\"hoursPerCredit\" : 80"));
        RuleSet changed = RuleBook.compile(sources, "eighty-hours");
        var internship = new Eligibility.ProposalFact(9, "INTERNSHIP", 60, new java.math.BigDecimal("1"),
                java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2027, 3, 1), false, List.of(5L),
                java.math.BigDecimal.ZERO);
        var proposer = new Eligibility.ProposerFact(42, 11, 16, java.time.LocalDate.of(2026, 11, 24));
        var ready = List.of(new Eligibility.CompetencyStatusFact(5, "Sustained research", "READY"));

        Eligibility.Result shipped = new StudentEvaluator(RuleFixtures.RULES).checkEligibility(internship, proposer,
                ready, List.of());
        Eligibility.Result eighty = new StudentEvaluator(changed).checkEligibility(internship, proposer, ready, List.of());

        assertThat(shipped.eligible()).isTrue();
        assertThat(eighty.problems()).extracting(p -> english(p.reason())).containsExactly(
                "60 planned hours are too few for 1 credit: Internship pathways need 80 hours per credit");
        changed.release();
    }
}
