package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.rules.RuleSentences.assertSays;
import static org.pathwayplanner.rules.RuleSentences.english;
import static org.pathwayplanner.rules.RuleSentences.spanish;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.rules.RuleFixtures.aFramework;
import static org.pathwayplanner.rules.RuleFixtures.aStudent;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Eligibility.EligibilityProblem;
import org.pathwayplanner.rules.Eligibility.ProposalFact;
import org.pathwayplanner.rules.Eligibility.ProposerFact;

/** rules/policy.json — the district's policy as a named document: read, written, defaulted, checked, read by the rules. */
class PolicyDocumentTest {

    static final String SHIPPED = read(Path.of("rules", "policy.json"));

    @Test
    void theShippedDocumentIsTheDefaultsWrittenOut() {
        PolicyJson.Reading reading = PolicyJson.read(SHIPPED);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.document()).isEqualTo(PolicyDocument.DEFAULTS);
        assertThat(PolicyJson.write(PolicyDocument.DEFAULTS)).isEqualTo(SHIPPED);
    }

    @Test
    void aDocumentReadsBackAsItWasWritten() {
        PolicyDocument.Mastery mean = new PolicyDocument.Mastery("MEAN", 0.5, 4, "HIGHER", 3,
                List.of(new PolicyDocument.AreaMethodRow("MATH", "MODE")));
        PolicyDocument changed = new PolicyDocument(mean, null, null, null, null);

        assertThat(PolicyJson.read(PolicyJson.write(changed)).document()).isEqualTo(changed);
    }

    @Test
    void aFieldTheDocumentLacksTakesItsShippedDefault() {
        PolicyJson.Reading reading = PolicyJson.read("""
                { "flags": { "lowLevel": 3 },
                  "pathways": { "kinds": [ { "code": "INTERNSHIP", "name": "Internship", "hoursPerCredit": 80 } ] } }
                """);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.document().flags().lowLevel()).isEqualTo(3);
        assertThat(reading.document().flags().weeksBeforeIntervention()).isEqualTo(6);
        assertThat(reading.document().mastery()).isEqualTo(PolicyDocument.DEFAULTS.mastery());
        assertThat(reading.document().pathways().kinds()).singleElement().satisfies(kind -> {
            assertThat(kind.hoursPerCredit()).isEqualTo(80);
            assertThat(kind.fromAge()).isEqualTo(16);   // the shipped internship's
        });
    }

    @Test
    void aNewKindMustGiveEveryLimit() {
        PolicyJson.Reading reading = PolicyJson.read("""
                { "pathways": { "kinds": [ { "code": "SUMMER_BRIDGE", "name": "Summer bridge", "hoursPerCredit": 30,
                  "maxCredits": 1, "fromGrade": 8 } ] } }
                """);

        assertThat(reading.problems()).extracting(PolicyProblem::field, PolicyProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pathways.kinds[0].fromAge", "policy.error.required"));
    }

    @Test
    void aMisspeltMethodIsRefusedOnItsLine() {
        String typo = SHIPPED.replace("\"districtMethod\" : \"MOST_RECENT\"", "\"districtMethod\" : \"MOST_MEENRECENT\"");

        assertThat(PolicyJson.read(typo).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("mastery.districtMethod");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.code()).isEqualTo("policy.error.method");
            assertThat(p.message()).contains("Unknown calculation method MOST_MEENRECENT");
        });
    }

    @Test
    void eachKindOfMistakeIsFoundOnItsFieldAndLine() {
        String text = """
                {
                  "mastery": { "decayingAverageWeigth": 0.5, "modeOfLastScores": 2.5, "modeTieGoesTo": "LOWER",
                    "areaMethods": [ { "area": "SCI", "method": "AVERAGE" }, { "area": "SCI", "method": "MEAN" } ] },
                  "credits": { "partialCreditShare": 1.5, "creditsOnceAwarded": "FORGET", "electiveArea": 7 },
                  "pace": { "onTrackTolerance": 0.3, "atRiskTolerance": 0.2 },
                  "pathways": { "kinds": [ { "code": "internship", "name": "Internship" },
                                           { "code": "APPRENTICESHIP", "name": "" },
                                           { "code": "APPRENTICESHIP", "name": "Again" } ] }
                }
                """;

        List<PolicyProblem> problems = PolicyJson.read(text).problems();

        assertThat(problems).extracting(p -> p.field() + "@" + p.line() + " " + p.code()).containsExactlyInAnyOrder(
                "mastery.decayingAverageWeigth@2 policy.error.unknownField",
                "mastery.modeOfLastScores@2 policy.error.whole",
                "mastery.modeTieGoesTo@2 policy.error.tie",
                "mastery.areaMethods[0].method@3 policy.error.method",
                "mastery.areaMethods[1].area@3 policy.error.duplicate",
                "credits.partialCreditShare@4 policy.error.range",
                "credits.creditsOnceAwarded@4 policy.error.award",
                "credits.electiveArea@4 policy.error.text",
                "pace.atRiskTolerance@5 policy.error.tolerances",
                "pathways.kinds[0].code@6 policy.error.kindCode",
                "pathways.kinds[0].hoursPerCredit@6 policy.error.required",
                "pathways.kinds[0].maxCredits@6 policy.error.required",
                "pathways.kinds[0].fromGrade@6 policy.error.required",
                "pathways.kinds[0].fromAge@6 policy.error.required",
                "pathways.kinds[1].name@7 policy.error.kindName",
                "pathways.kinds[2].code@8 policy.error.duplicate");   // a shipped kind's code brings its limits
    }

    @Test
    void textThatIsNotJsonIsRefusedWithItsLine() {
        assertThat(PolicyJson.read("{\n  \"flags\": { \"lowLevel\": 2,, }\n}").problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("policy.error.unreadable");
                    assertThat(p.line()).isEqualTo(2);
                });
    }

    @Test
    void compilingRefusesADocumentWithAProblemNamingFileAndLine() {
        Map<String, String> sources = new HashMap<>(RuleBook.read(Path.of("rules")));
        sources.put("policy.json", SHIPPED.replace("\"districtMethod\" : \"MOST_RECENT\"",
                "\"districtMethod\" : \"MOST_MEENRECENT\""));

        assertThatThrownBy(() -> RuleBook.compile(sources, "typo")).isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("policy.json");
                    assertThat(p.line()).isEqualTo(3);
                }));
    }

    @Test
    void theRulesReadTheDocumentAsFacts() {
        Map<String, String> sources = new HashMap<>(RuleBook.read(Path.of("rules")));
        sources.put("policy.json", SHIPPED.replace("\"districtMethod\" : \"MOST_RECENT\"", "\"districtMethod\" : \"HIGHEST\""));
        RuleSet highest = RuleBook.compile(sources, "highest");
        FrameworkFacts framework = aFramework().competency(1, "Essay", "ELA", 9).objective(11, 1, "Argue").build();
        StudentInput student = aStudent().scored(11, 4, "2026-09-01").scored(11, 2, "2026-10-01").build();

        Evaluation shipped = StudentEvaluator.evaluate(RuleFixtures.RULES, framework, student);
        Evaluation changed = StudentEvaluator.evaluate(highest, framework, student);

        assertThat(shipped.objectiveMastery(11).orElseThrow().mastered()).isFalse();
        assertThat(changed.objectiveMastery(11).orElseThrow().mastered()).isTrue();
        assertThat(highest.policy().mastery().districtMethod()).isEqualTo("HIGHEST");
        highest.release();
    }

    @Test
    void noPolicyNumberStaysInTheRuleFiles() {
        assertThat(PolicyFacts.insertedByRules(RuleBook.read(Path.of("rules")))).isEmpty();
    }

    @Test
    void aVersionStoredBeforeThePolicyDocumentStillCompilesAndEvaluatesTheSame() {
        Map<String, String> old = new HashMap<>(RuleBook.read(Path.of("rules")));
        old.remove("policy.json");
        Path before = Path.of("src/test/resources/rules-before-policy-json");
        for (String file : List.of("policy.drl", "pathway-types.drl.csv", "pathway-eligibility.drl")) {
            old.put(file, read(before.resolve(file)));
        }
        RuleSet oldRules = RuleBook.compile(old, "stored-v1");
        FrameworkFacts framework = aFramework().competency(1, "Essay", "SCI", 9).objective(11, 1, "Argue").build();
        StudentInput student = aStudent().scored(11, 4, "2026-09-01").scored(11, 2, "2026-10-01")
                .scored(11, 3, "2026-10-15").build();

        Evaluation onOld = StudentEvaluator.evaluate(oldRules, framework, student);
        Evaluation onNew = StudentEvaluator.evaluate(RuleFixtures.RULES, framework, student);
        Eligibility.Result tooYoung = new StudentEvaluator(oldRules).checkEligibility(internship(), aMinorOf(15),
                List.of(), List.of());

        assertThat(onOld.masteries()).isEqualTo(onNew.masteries());
        assertThat(onOld.levels()).isEqualTo(onNew.levels());
        // a version stored before rules spoke in keys says its reasons in English text, shown as they are
        assertThat(tooYoung.problems()).extracting(EligibilityProblem::reason)
                .containsExactly(Sentence.text("Internship pathways are open from age 16"));
        // the policies the old files lack, at their defaults
        assertThat(PolicyFacts.toInsert(PolicyDocument.DEFAULTS, old)).hasExactlyElementsOfTypes(
                Policies.AwardPolicy.class, PlanFacts.PlanPolicy.class);
        oldRules.release();
    }

    @Test
    void eligibilityUsesTheKindsAndLimitsOfTheDocument() {
        Map<String, String> sources = new HashMap<>(RuleBook.read(Path.of("rules")));
        sources.put("policy.json", """
                { "pathways": { "kinds": [
                    { "code": "INTERNSHIP", "name": "Internship", "hoursPerCredit": 60, "maxCredits": 1.0, "fromGrade": 9, "fromAge": 14 },
                    { "code": "SUMMER_BRIDGE", "name": "Summer bridge", "hoursPerCredit": 30, "maxCredits": 0.5, "fromGrade": 8, "fromAge": 13 } ] } }
                """);
        RuleSet rules = RuleBook.compile(sources, "kinds");
        StudentEvaluator evaluator = new StudentEvaluator(rules);

        Eligibility.Result youngIntern = evaluator.checkEligibility(internship(), aMinorOf(15), List.of(), List.of());
        Eligibility.Result bridge = evaluator.checkEligibility(proposal("SUMMER_BRIDGE", 30, "1"), aMinorOf(15),
                List.of(), List.of());
        Eligibility.Result online = evaluator.checkEligibility(proposal("ONLINE_COURSE", 40, "1"), aMinorOf(15),
                List.of(), List.of());

        assertThat(youngIntern.eligible()).isTrue();
        assertThat(bridge.problems()).extracting(p -> english(p.reason()))
                .containsExactly("Summer bridge pathways earn at most 0.5 credits; this one asks 1");
        assertThat(online.problems()).extracting(p -> english(p.reason()))
                .containsExactly("Online course is not a kind of pathway the district's policy offers");
        rules.release();
    }

    private static ProposalFact internship() {
        return proposal("INTERNSHIP", 60, "1");
    }

    private static ProposalFact proposal(String kind, int hours, String credits) {
        return new ProposalFact(9, kind, hours, new BigDecimal(credits), LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 3, 1), false, List.of(5L), BigDecimal.ZERO);
    }

    private static ProposerFact aMinorOf(int age) {
        return new ProposerFact(42, 11, age, LocalDate.of(2026, 11, 24));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
