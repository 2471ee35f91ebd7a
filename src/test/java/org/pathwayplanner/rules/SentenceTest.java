package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Conclusions.SupportFlag;

/** A rule's sentence keeps its key and typed arguments through JSON: the stored evaluation, the API, a column. */
class SentenceTest {

    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    final Sentence said = Sentence.of("rule.flags.intervention", 2, "Developing", "Linear equations",
            LocalDate.of(2026, 9, 15), 10L);

    @Test
    void itsArgumentsAreWrittenAsValuesCodesAndDates() throws Exception {
        Sentence award = Sentence.of("rule.credits.pathwayAward", "Hospital internship", new BigDecimal("0.5"),
                Sentence.area("STEM"));

        assertThat(json.writeValueAsString(award)).isEqualTo(
                "{\"key\":\"rule.credits.pathwayAward\",\"args\":[\"Hospital internship\",0.5,{\"area\":\"STEM\"}]}");
        assertThat(json.writeValueAsString(said)).contains("{\"date\":\"2026-09-15\"}");
    }

    @Test
    void aStoredConclusionReadsBackWithTheSameSentence() throws Exception {
        Sentence nested = Sentence.of("rule.readiness.mastered", "Functions",
                Sentence.of("rule.mastery.levelReaches", 3.5, Sentence.method("MOST_RECENT"), List.of(3, 4), 3));
        SupportFlag flag = new SupportFlag(SupportFlag.NEEDS_INTERVENTION, List.of(1L), List.of(7L), "a rule", said);

        SupportFlag read = json.readValue(json.writeValueAsString(flag), SupportFlag.class);
        Sentence readNested = json.readValue(json.writeValueAsString(nested), Sentence.class);

        assertThat(read.reason().key()).isEqualTo("rule.flags.intervention");
        assertThat(read.reason().args()).containsExactly(2L, "Developing", "Linear equations",
                LocalDate.of(2026, 9, 15), 10L);
        assertThat(readNested.args().get(1)).isEqualTo(Sentence.of("rule.mastery.levelReaches", new BigDecimal("3.5"),
                Sentence.method("MOST_RECENT"), List.of(3L, 4L), 3L));
    }

    @Test
    void aReasonStoredAsEnglishTextBeforeRulesSpokeInKeysReadsAsText() throws Exception {
        SupportFlag read = json.readValue("{\"type\":\"NEEDS_INTERVENTION\",\"competencyIds\":[1],\"evidenceIds\":[],"
                + "\"rule\":\"a rule\",\"reason\":\"2 assessments below Developing\"}", SupportFlag.class);

        assertThat(read.reason()).isEqualTo(Sentence.text("2 assessments below Developing"));
    }

    @Test
    void aColumnKeepsTheKeyAndTheArgumentsAsJson() {
        assertThat(Sentence.stored(said.key(), said.argsJson(), "English")).isEqualTo(Sentence.of(
                "rule.flags.intervention", 2L, "Developing", "Linear equations", LocalDate.of(2026, 9, 15), 10L));
        assertThat(Sentence.stored(null, null, "Written before V24")).isEqualTo(Sentence.text("Written before V24"));
    }
}
