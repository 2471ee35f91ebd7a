package org.pathwayplanner.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of the proficiency scale, e.g. 3 Proficient, with its stable external identifier. */
@Embeddable
public record ProficiencyLevel(@Column(name = "level_value") int value, String label, String description,
        String caseIdentifier) {

    public ProficiencyLevel {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A proficiency level needs a label");
        }
        if (caseIdentifier == null) {
            caseIdentifier = identifierOf(value);
        }
    }

    public ProficiencyLevel(int value, String label, String description) {
        this(value, label, description, identifierOf(value));
    }

    static String identifierOf(int value) {
        return CaseIdentifier.of("proficiency-level", String.valueOf(value));
    }
}
