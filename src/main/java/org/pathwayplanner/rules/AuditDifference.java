package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.util.List;

/** How a hypothetical change (extra evidence, a completed pathway) would change a student's audit. */
public record AuditDifference(String statusBefore, String statusAfter, BigDecimal earnedBefore, BigDecimal earnedAfter,
        List<AreaChange> areas, List<Long> newlyMasteredCompetencyIds) {

    public record AreaChange(String areaCode, String areaName, BigDecimal required, BigDecimal earnedBefore,
            BigDecimal earnedAfter) {

        public boolean changed() {
            return earnedBefore.compareTo(earnedAfter) != 0;
        }
    }

    static AuditDifference between(Evaluation before, Evaluation after) {
        List<AreaChange> areas = after.audit().stream()
                .map(line -> new AreaChange(line.areaCode(), line.areaName(), line.required(),
                        before.earnedIn(line.areaCode()), line.earned()))
                .toList();
        List<Long> newlyMastered = after.masteredCompetencyIds().stream()
                .filter(id -> !before.hasMastered(id)).toList();
        return new AuditDifference(status(before), status(after), before.totalEarned(), after.totalEarned(), areas,
                newlyMastered);
    }

    private static String status(Evaluation evaluation) {
        return evaluation.status() == null ? null : evaluation.status().status();
    }
}
