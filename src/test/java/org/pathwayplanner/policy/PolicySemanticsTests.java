package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.rules.PolicyProblem;
import org.pathwayplanner.rules.RuleBook;
import org.pathwayplanner.rules.RuleBuildException;
import org.pathwayplanner.rules.RuleProblem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a draft means: the semantic checks every validate, preview and publish runs — each error on its file and line,
 * and the shipped rules passing.
 */
@PlannerTest
class PolicySemanticsTests {

    @Autowired
    PolicySemantics semantics;
    @Autowired
    RulePublisher publisher;

    final Map<String, String> shipped = RuleBook.read(Path.of("rules"));

    @Test
    void theShippedRulesMeanWhatTheySay() {
        assertThat(semantics.check(shipped)).isEmpty();
    }

    @Test
    void validateRefusesAMisspeltMethodInThePolicyDocumentWithItsLine() {
        Map<String, String> draft = with("policy.json", shipped.get("policy.json")
                .replace("\"districtMethod\" : \"MOST_RECENT\"", "\"districtMethod\" : \"MOST_MEENRECENT\""));

        assertThat(publisher.validate(draft)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("policy.json");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("Unknown calculation method MOST_MEENRECENT");
        });
    }

    @Test
    void validateRefusesAMisspeltMethodInARuleFileWithItsLine() {
        String mastery = shipped.get("mastery.drl").replaceFirst("method != \"N_TIMES\"", "method != \"N_TIME\"");
        int line = lineOf(mastery, "N_TIME\"");

        assertThat(publisher.validate(with("mastery.drl", mastery))).singleElement()
                .isEqualTo(new RuleProblem("mastery.drl", line, "Unknown calculation method N_TIME; the methods are "
                        + "MOST_RECENT, HIGHEST, MEAN, MODE, DECAYING_AVERAGE, N_TIMES, POWER_LAW"));
    }

    @Test
    void aStoredOldPolicyFileWithAMisspeltMethodIsRefusedOnItsLine() {
        Map<String, String> old = oldFormat();
        old.put("policy.drl", old.get("policy.drl").replace("new MasteryPolicy(\"MOST_RECENT\"",
                "new MasteryPolicy(\"MOST_MEENRECENT\""));

        assertThat(semantics.check(old)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("policy.drl");
            assertThat(p.line()).isEqualTo(lineOf(old.get("policy.drl"), "MOST_MEENRECENT"));
        });
    }

    @Test
    void anUnknownContentAreaCreditAreaOrLevelIsRefusedOnItsField() {
        String text = shipped.get("policy.json").replace("\"area\" : \"SCI\"", "\"area\" : \"SCIENCE\"")
                .replace("\"electiveArea\" : \"ELECTIVES\"", "\"electiveArea\" : \"ELECTIVE\"")
                .replace("\"lowLevel\" : 2", "\"lowLevel\" : 7");

        assertThat(semantics.checkDocument(text)).extracting(PolicyProblem::field, PolicyProblem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("mastery.areaMethods[0].area", "policy.error.area"),
                        org.assertj.core.groups.Tuple.tuple("credits.electiveArea", "policy.error.creditArea"),
                        org.assertj.core.groups.Tuple.tuple("flags.lowLevel", "policy.error.level"));
    }

    @Test
    void aValueOutOfRangeIsRefusedOnItsLine() {
        String text = shipped.get("policy.json").replace("\"ageOfMajority\" : 18", "\"ageOfMajority\" : 81");

        assertThat(semantics.check(with("policy.json", text))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "\"ageOfMajority\" : 81"));
            assertThat(p.message()).isEqualTo("pathways.ageOfMajority: 81 is outside the allowed range 14 to 21");
        });
    }

    @Test
    void aDecisionTableRowNamingAnUnknownKindMatchesNothingAndIsRefusedOnItsRow() {
        Map<String, String> old = oldFormat();
        String table = old.get("pathway-types.drl.csv").replace("INTERNSHIP,60", "INTERNSHIPS,60");
        old.put("pathway-types.drl.csv", table);

        assertThat(semantics.check(old)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("pathway-types.drl.csv");
            assertThat(p.line()).isEqualTo(lineOf(table, "INTERNSHIPS"));
            assertThat(p.message()).contains("names the kind INTERNSHIPS that the policy does not have");
        });
    }

    @Test
    void aRuleNamingAnUnknownKindIsRefused() {
        String rules = shipped.get("pathway-eligibility.drl") + """

                rule "Internships are off campus"
                when
                    ProposalFact(type == "INTERNSHIPS")
                then
                end
                """;

        assertThat(semantics.check(with("pathway-eligibility.drl", rules))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("There is no kind of pathway INTERNSHIPS"));
    }

    @Test
    void aRuleFileMayNotInsertThePolicyBesideTheDocument() {
        Map<String, String> both = new HashMap<>(shipped);
        both.put("policy.drl", oldFormat().get("policy.drl"));

        assertThat(semantics.check(both)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).contains("The policy is in policy.json"));
    }

    @Test
    void previewAndPublishRefuseWhatValidateRefuses() {
        Map<String, String> draft = with("policy.json", shipped.get("policy.json")
                .replace("\"districtMethod\" : \"MOST_RECENT\"", "\"districtMethod\" : \"MOST_MEENRECENT\""));
        int inUse = publisher.activeVersion().getVersionNo();

        assertThatThrownBy(() -> publisher.preview("admin", draft)).isInstanceOf(RuleBuildException.class)
                .hasMessageContaining("policy.json:3");
        assertThatThrownBy(() -> publisher.publish("admin", draft, "typo")).isInstanceOf(RuleBuildException.class);
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
    }

    private Map<String, String> with(String file, String text) {
        Map<String, String> draft = new HashMap<>(shipped);
        draft.put(file, text);
        return draft;
    }

    private Map<String, String> oldFormat() {
        Map<String, String> old = new HashMap<>(shipped);
        old.remove("policy.json");
        old.putAll(RuleBook.read(Path.of("src/test/resources/rules-before-policy-json")));
        return old;
    }

    private static int lineOf(String text, String token) {
        return text.substring(0, text.indexOf(token)).split("\n", -1).length;
    }

    static List<String> messages(List<RuleProblem> problems) {
        return problems.stream().map(RuleProblem::message).toList();
    }
}
