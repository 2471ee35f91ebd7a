package org.pathwayplanner.pathways;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One reason the latest eligibility check sent the proposal back: the rule's name and its sentence. */
@Embeddable
public record EligibilityReason(@Column(name = "rule_name") String rule, String reason) {
}
