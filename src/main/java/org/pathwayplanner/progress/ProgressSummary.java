package org.pathwayplanner.progress;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a list of students: audit status, credits, competencies mastered, flags. */
public record ProgressSummary(long studentId, String auditStatus, BigDecimal creditsEarned, BigDecimal creditsRequired,
        int masteredCompetencies, int interventions, boolean readyToAccelerate, Instant evaluatedAt) {

    public int percentEarned() {
        return creditsRequired.signum() == 0 ? 100
                : creditsEarned.multiply(BigDecimal.valueOf(100)).divide(creditsRequired, 0, java.math.RoundingMode.DOWN)
                        .intValue();
    }
}
