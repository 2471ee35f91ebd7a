package org.pathwayplanner.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A what-if: evidence that might be recorded and pathways that might be completed. Nothing is saved. */
public record Hypothesis(
        @Valid @Size(max = MOST_SCORES, message = "send at most {max} hypothetical scores") List<HypotheticalScore> scores,
        @Valid @Size(max = MOST_PATHWAYS, message = "send at most {max} hypothetical pathways") List<HypotheticalPathway> pathways) {

    /** More than a student could be assessed on in a year; a longer list is a mistake or an attack, not a question. */
    public static final int MOST_SCORES = 500;
    public static final int MOST_PATHWAYS = 20;

    public Hypothesis {
        scores = scores == null ? List.of() : List.copyOf(scores);
        pathways = pathways == null ? List.of() : List.copyOf(pathways);
    }

    /**
     * A level for exactly one objective or (assessed as a whole) one competency; the level must be on the district's
     * scale (checked against the framework when the what-if runs).
     */
    public record HypotheticalScore(Long objectiveId, Long competencyId, int level) {
    }

    /**
     * A pathway that might be completed, with the competencies it targets (optional): like a real one, its credits
     * are awarded once they are mastered, and they count toward no other award.
     */
    public record HypotheticalPathway(@NotBlank String title, @NotBlank String areaCode,
            @NotNull @DecimalMin("0.0") @DecimalMax("10.0") BigDecimal credits,
            @Size(max = 50, message = "a pathway targets at most {max} competencies") List<Long> competencyIds) {

        public HypotheticalPathway {
            competencyIds = competencyIds == null ? List.of() : List.copyOf(competencyIds);
        }

        public HypotheticalPathway(String title, String areaCode, BigDecimal credits) {
            this(title, areaCode, credits, List.of());
        }
    }
}
