package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule may say only sentences whose words exist in both languages; validate names the line of any other. */
class SentenceKeysTest {

    static final String FLAG_RULE = """
            package org.pathwayplanner.rules.flags;
            import org.pathwayplanner.rules.Facts.*;
            import org.pathwayplanner.rules.Conclusions.*;
            import org.pathwayplanner.rules.Sentence;
            import java.util.List;

            rule "Every student in grade 12 is flagged"
            when
                StudentFact(gradeLevel == 12)
            then
                insert(new SupportFlag(SupportFlag.PROMOTION_ELIGIBLE, List.of(), List.of(), drools.getRule().getName(),
                    Sentence.of(%s, 12)));
            end
            """;

    @Test
    void theShippedRulesSayOnlySentencesBothBundlesHold() {
        assertThat(SentenceKeys.check(RuleBook.read(Path.of("rules")))).isEmpty();
    }

    @Test
    void aRuleWithAKnownKeyIsValid() {
        assertThat(RuleBook.validate(withShipped("grade12.drl", FLAG_RULE.formatted("\"rule.flags.accelerate\""))))
                .isEmpty();
    }

    @Test
    void aKeyWithNoMessageIsReportedWithItsLine() {
        List<RuleProblem> problems = RuleBook.validate(withShipped("grade12.drl",
                FLAG_RULE.formatted("\"rule.flags.grade12\"")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("grade12.drl");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).isEqualTo("There is no message rule.flags.grade12 in English (messages.properties)"
                    + " nor in Spanish (messages_es.properties): use a key listed in docs/rules.md, or add the message"
                    + " to both bundles first");
        });
    }

    @Test
    void aKeyOutsideTheRulesMessagesOrNotInQuotesIsReported() {
        assertThat(SentenceKeys.checkFile("a.drl", FLAG_RULE.formatted("\"home.title\"")))
                .extracting(RuleProblem::message).singleElement().asString().contains("starts with rule.");
        assertThat(SentenceKeys.checkFile("a.drl", FLAG_RULE.formatted("drools.getRule().getName()")))
                .extracting(RuleProblem::message).singleElement().asString()
                .startsWith("Sentence.of takes the message key first, in quotes");
    }

    @Test
    void aCommentMentioningASentenceIsNotCode() {
        assertThat(SentenceKeys.checkFile("a.drl", "// Sentence.of(\"rule.nothing\") in a comment\n"
                + "/* Sentence.of(\"rule.nothing.either\") */\n")).isEmpty();
    }

    private static Map<String, String> withShipped(String file, String text) {
        Map<String, String> files = new HashMap<>(RuleBook.read(Path.of("rules")));
        files.put(file, text);
        return files;
    }
}
