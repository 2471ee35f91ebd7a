package org.pathwayplanner.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of the proficiency scale, e.g. 3 Proficient. */
@Embeddable
public record ProficiencyLevel(@Column(name = "level_value") int value, String label, String description) {

    public ProficiencyLevel {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A proficiency level needs a label");
        }
    }
}
