package org.pathwayplanner.pathways;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A reviewer's decision on a task: APPROVE, CHANGES or REJECT (teacher, counselor), CONSENT or DECLINE
 * (guardian), ASSESS with a level per target competency (teacher, at completion).
 */
public record TaskDecision(@NotBlank(message = "Choose a decision") String decision, @Size(max = 4000) String comment,
        @Size(max = 50, message = "Assess at most 50 competencies at once") Map<Long, Integer> levels) {

    public TaskDecision {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }
}
