package org.pathwayplanner.pathways;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.pathwayplanner.rules.Sentence;

/**
 * One reason the latest eligibility check sent the proposal back: the rule's name, what it said (its message key
 * and arguments, rendered in the reader's language) and the English text (rows kept before V24 have only that).
 */
@Embeddable
public record EligibilityReason(@Column(name = "rule_name") String rule, String reason,
        @Column(name = "reason_key") String reasonKey, @Column(name = "reason_args") String reasonArgs) {

    static EligibilityReason of(String rule, Sentence sentence, String english) {
        return new EligibilityReason(rule, english, sentence.key(), sentence.argsJson());
    }

    public Sentence sentence() {
        return Sentence.stored(reasonKey, reasonArgs, reason);
    }
}
