package org.pathwayplanner.progress;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a list of students: audit status, credits earned, expected by now (the pace for their grade;
 * null until evaluated by a version that records it) and required, competencies mastered, flags.
 */
public record ProgressSummary(long studentId, String auditStatus, BigDecimal creditsEarned, BigDecimal creditsRequired,
        int masteredCompetencies, int interventions, boolean readyToAccelerate, Instant evaluatedAt,
        BigDecimal creditsExpected) {

    /** Credits short of the expected pace (0 when at or ahead of it, or when unknown). */
    public BigDecimal creditsBehind() {
        return creditsExpected == null ? BigDecimal.ZERO : creditsExpected.subtract(creditsEarned).max(BigDecimal.ZERO);
    }

    public int percentEarned() {
        return creditsRequired.signum() == 0 ? 100
                : creditsEarned.multiply(BigDecimal.valueOf(100)).divide(creditsRequired, 0, java.math.RoundingMode.DOWN)
                        .intValue();
    }
}
