package org.pathwayplanner.progress;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** What a rule change does to the district: how many students gain or lose, and who. */
public record Impact(int studentsChanged, int gainMastery, int loseMastery, int gainCredits, int loseCredits,
        int statusChanged, int flagsChanged, List<StudentChange> students) {

    /** One student's summary before and after; {@code before} may be missing for a student never evaluated. */
    public record StudentChange(long studentId, Integer masteredBefore, int masteredAfter, BigDecimal creditsBefore,
            BigDecimal creditsAfter, String statusBefore, String statusAfter, Integer interventionsBefore,
            int interventionsAfter, Boolean accelerateBefore, boolean accelerateAfter) {

        static StudentChange between(ProgressSummary before, ProgressSummary after) {
            return new StudentChange(after.studentId(), before == null ? null : before.masteredCompetencies(),
                    after.masteredCompetencies(), before == null ? null : before.creditsEarned(), after.creditsEarned(),
                    before == null ? null : before.auditStatus(), after.auditStatus(),
                    before == null ? null : before.interventions(), after.interventions(),
                    before == null ? null : before.readyToAccelerate(), after.readyToAccelerate());
        }

        public boolean changed() {
            return masteryDelta() != 0 || creditsDelta().signum() != 0 || !Objects.equals(statusBefore, statusAfter)
                    || flagsChanged();
        }

        public int masteryDelta() {
            return masteredAfter - (masteredBefore == null ? 0 : masteredBefore);
        }

        public BigDecimal creditsDelta() {
            return creditsAfter.subtract(creditsBefore == null ? BigDecimal.ZERO : creditsBefore);
        }

        public boolean flagsChanged() {
            return !Objects.equals(interventionsBefore, interventionsAfter)
                    || !Objects.equals(accelerateBefore, accelerateAfter);
        }
    }

    static Impact of(List<StudentChange> changes) {
        List<StudentChange> sorted = changes.stream().sorted(Comparator.comparingLong(StudentChange::studentId)).toList();
        return new Impact(sorted.size(),
                (int) sorted.stream().filter(c -> c.masteryDelta() > 0).count(),
                (int) sorted.stream().filter(c -> c.masteryDelta() < 0).count(),
                (int) sorted.stream().filter(c -> c.creditsDelta().signum() > 0).count(),
                (int) sorted.stream().filter(c -> c.creditsDelta().signum() < 0).count(),
                (int) sorted.stream().filter(c -> !Objects.equals(c.statusBefore(), c.statusAfter())).count(),
                (int) sorted.stream().filter(StudentChange::flagsChanged).count(),
                sorted);
    }

    public String summary() {
        return studentsChanged + " students change: " + gainMastery + " gain and " + loseMastery
                + " lose mastered competencies, " + gainCredits + " gain and " + loseCredits + " lose credits, "
                + statusChanged + " change audit status, " + flagsChanged + " change support flags";
    }
}
