package org.pathwayplanner.pathways;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A reviewer's decision on a task: APPROVE, CHANGES or REJECT (teacher, counselor), CONSENT or DECLINE
 * (guardian), ASSESS with a level per target competency or RETURN to the student (teacher, at completion).
 * Assessing a pathway completed short of its planned hours needs {@code acceptShortfall}: the teacher accepts
 * the student's reason.
 */
public record TaskDecision(@NotBlank(message = "Choose a decision") String decision, @Size(max = 4000) String comment,
        @Size(max = 50, message = "Assess at most 50 competencies at once") Map<Long, Integer> levels,
        Boolean acceptShortfall) {

    public TaskDecision {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }

    public TaskDecision(String decision, String comment, Map<Long, Integer> levels) {
        this(decision, comment, levels, null);
    }

    boolean acceptsShortfall() {
        return Boolean.TRUE.equals(acceptShortfall);
    }
}
