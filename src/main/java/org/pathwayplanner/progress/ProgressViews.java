package org.pathwayplanner.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A student's progress as people read it: names instead of ids, and the why of every decision. */
public final class ProgressViews {

    private ProgressViews() {
    }

    public record StudentProgressView(long studentId, String ruleSetVersion, Instant evaluatedAt, AuditView audit,
            List<CompetencyProgress> competencies, List<BundleView> bundles, List<FlagView> flags) {

        /** What the student can start next: ready competencies, those expected earliest first. */
        public List<CompetencyProgress> readyNext(int limit) {
            return competencies.stream().filter(c -> "READY".equals(c.status()))
                    .sorted(java.util.Comparator.comparingInt(CompetencyProgress::expectedGrade)).limit(limit).toList();
        }
    }

    /** One competency: where the student stands (MASTERED, IN_PROGRESS, READY, LOCKED) and why. */
    public record CompetencyProgress(long id, String code, String title, String areaCode, int expectedGrade,
            String status, boolean mastered, Double level, String levelLabel, LocalDate masteredOn, String method,
            Explanation mastery, Explanation readiness, List<String> missingPrerequisites, List<Long> evidenceIds) {
    }

    /** The rule that decided, in its own words. */
    public record Explanation(String rule, String reason) {
    }

    public record AuditView(String status, Explanation why, BigDecimal earned, BigDecimal required,
            List<AuditLineView> lines) {
    }

    public record AuditLineView(String areaCode, String areaName, BigDecimal required, BigDecimal earned,
            BigDecimal outstanding, Explanation why, List<String> competenciesToMaster) {

        public int percent() {
            return required.signum() == 0 ? 100 : earned.multiply(BigDecimal.valueOf(100))
                    .divide(required, 0, java.math.RoundingMode.DOWN).intValue();
        }
    }

    public record BundleView(long id, String name, String areaCode, int mastered, int total, Explanation why,
            BigDecimal creditsAwarded) {
    }

    public record FlagView(String type, Explanation why, List<String> competencies) {
    }
}
