package org.pathwayplanner.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.pathwayplanner.rules.Conclusions.SupportFlag;
import org.pathwayplanner.rules.Evaluation;

/**
 * What a rule change does to the district: per student, the competencies that become or stop being mastered,
 * credits, audit status and support flags before and after; how many students change in each way; and per
 * competency how many students gain or lose its mastery. {@code titles} names the competencies mentioned.
 */
public record Impact(int studentsChanged, int gainMastery, int loseMastery, int gainCredits, int loseCredits,
        int statusChanged, int flagsChanged, int gainFlags, int loseFlags, int promotionChanged,
        List<CompetencyImpact> competencies, Map<Long, String> titles, List<StudentChange> students) {

    /** How many students would gain and lose the mastery of one competency. */
    public record CompetencyImpact(long competencyId, String title, int gained, int lost) {
    }

    /**
     * A support flag as a change is counted: its type, and for an intervention the competency it is about
     * (the suggestions of acceleration and the list of a promotion "not yet" are details, not another flag).
     */
    public record FlagChange(String type, List<Long> competencyIds) {

        static Set<FlagChange> of(Evaluation evaluation) {
            Set<FlagChange> flags = new LinkedHashSet<>();
            if (evaluation != null) {
                evaluation.flags().stream().sorted(Comparator.comparing(SupportFlag::type)
                        .thenComparing(f -> f.competencyIds().toString()))
                        .forEach(f -> flags.add(new FlagChange(f.type(), f.type().equals(SupportFlag.NEEDS_INTERVENTION)
                                ? f.competencyIds().stream().sorted().toList() : List.of())));
            }
            return flags;
        }

        public boolean isPromotion() {
            return type.startsWith("PROMOTION");
        }
    }

    /**
     * What a change is measured against: a stored evaluation's summary, the competencies it counted as mastered and
     * its flags as a change counts them. Stored beside each evaluation, so that a comparison needs no payload.
     */
    record Basis(ProgressSummary summary, List<Long> mastered, List<FlagChange> flags) {

        static Basis of(Evaluation evaluation) {
            return new Basis(ProgressStore.summaryOf(evaluation, null), evaluation.masteredCompetencyIds(),
                    List.copyOf(FlagChange.of(evaluation)));
        }
    }

    /** One student before and after; {@code before} values are missing for a student never evaluated. */
    public record StudentChange(long studentId, Integer masteredBefore, int masteredAfter, BigDecimal creditsBefore,
            BigDecimal creditsAfter, String statusBefore, String statusAfter, Integer interventionsBefore,
            int interventionsAfter, Boolean accelerateBefore, boolean accelerateAfter, List<Long> masteryGained,
            List<Long> masteryLost, List<FlagChange> flagsGained, List<FlagChange> flagsLost) {

        static StudentChange between(Evaluation before, Evaluation after) {
            return between(before == null ? null : Basis.of(before), after);
        }

        /** As {@link #between(Evaluation, Evaluation)}, against what was stored of the evaluation before. */
        static StudentChange between(Basis before, Evaluation after) {
            ProgressSummary was = before == null ? null : before.summary();
            ProgressSummary is = ProgressStore.summaryOf(after, null);
            List<Long> masteredBefore = before == null ? List.of() : before.mastered();
            List<Long> masteredAfter = after.masteredCompetencyIds();
            Set<FlagChange> flagsBefore = before == null ? new LinkedHashSet<>() : new LinkedHashSet<>(before.flags());
            Set<FlagChange> flagsAfter = FlagChange.of(after);
            return new StudentChange(after.studentId(), was == null ? null : was.masteredCompetencies(),
                    is.masteredCompetencies(), was == null ? null : was.creditsEarned(), is.creditsEarned(),
                    was == null ? null : was.auditStatus(), is.auditStatus(),
                    was == null ? null : was.interventions(), is.interventions(),
                    was == null ? null : was.readyToAccelerate(), is.readyToAccelerate(),
                    minus(masteredAfter, masteredBefore), minus(masteredBefore, masteredAfter),
                    minus(List.copyOf(flagsAfter), List.copyOf(flagsBefore)),
                    minus(List.copyOf(flagsBefore), List.copyOf(flagsAfter)));
        }

        private static <T> List<T> minus(List<T> these, List<T> those) {
            Set<T> other = new LinkedHashSet<>(those);
            return these.stream().filter(t -> !other.contains(t)).toList();
        }

        public boolean changed() {
            return !masteryGained.isEmpty() || !masteryLost.isEmpty() || creditsDelta().signum() != 0
                    || statusChanged() || flagsChanged();
        }

        public int masteryDelta() {
            return masteredAfter - (masteredBefore == null ? 0 : masteredBefore);
        }

        public BigDecimal creditsDelta() {
            return creditsAfter.subtract(creditsBefore == null ? BigDecimal.ZERO : creditsBefore);
        }

        public boolean statusChanged() {
            return !Objects.equals(statusBefore, statusAfter);
        }

        public boolean flagsChanged() {
            return !flagsGained.isEmpty() || !flagsLost.isEmpty();
        }

        public boolean promotionChanged() {
            return flagsGained.stream().anyMatch(FlagChange::isPromotion)
                    || flagsLost.stream().anyMatch(FlagChange::isPromotion);
        }
    }

    static Impact of(List<StudentChange> changes, Map<Long, String> competencyTitles) {
        List<StudentChange> sorted = changes.stream().sorted(Comparator.comparingLong(StudentChange::studentId)).toList();
        Map<Long, int[]> perCompetency = new TreeMap<>();
        for (StudentChange change : sorted) {
            change.masteryGained().forEach(id -> perCompetency.computeIfAbsent(id, k -> new int[2])[0]++);
            change.masteryLost().forEach(id -> perCompetency.computeIfAbsent(id, k -> new int[2])[1]++);
        }
        List<CompetencyImpact> competencies = new ArrayList<>();
        perCompetency.forEach((id, counts) -> competencies.add(new CompetencyImpact(id,
                competencyTitles.getOrDefault(id, "#" + id), counts[0], counts[1])));
        competencies.sort(Comparator.comparingInt((CompetencyImpact c) -> -(c.gained() + c.lost()))
                .thenComparingLong(CompetencyImpact::competencyId));
        Map<Long, String> titles = new HashMap<>();
        for (StudentChange change : sorted) {
            change.masteryGained().forEach(id -> titles.put(id, competencyTitles.getOrDefault(id, "#" + id)));
            change.masteryLost().forEach(id -> titles.put(id, competencyTitles.getOrDefault(id, "#" + id)));
            for (List<FlagChange> flags : List.of(change.flagsGained(), change.flagsLost())) {
                flags.forEach(f -> f.competencyIds().forEach(id -> titles.put(id,
                        competencyTitles.getOrDefault(id, "#" + id))));
            }
        }
        return new Impact(sorted.size(),
                count(sorted, c -> !c.masteryGained().isEmpty()),
                count(sorted, c -> !c.masteryLost().isEmpty()),
                count(sorted, c -> c.creditsDelta().signum() > 0),
                count(sorted, c -> c.creditsDelta().signum() < 0),
                count(sorted, StudentChange::statusChanged),
                count(sorted, StudentChange::flagsChanged),
                count(sorted, c -> !c.flagsGained().isEmpty()),
                count(sorted, c -> !c.flagsLost().isEmpty()),
                count(sorted, StudentChange::promotionChanged),
                List.copyOf(competencies), Map.copyOf(titles), sorted);
    }

    private static int count(List<StudentChange> changes, java.util.function.Predicate<StudentChange> kind) {
        return (int) changes.stream().filter(kind).count();
    }

    public String summary() {
        return studentsChanged + " students change: " + gainMastery + " gain and " + loseMastery
                + " lose mastered competencies, " + gainCredits + " gain and " + loseCredits + " lose credits, "
                + statusChanged + " change audit status, " + flagsChanged + " change support flags (" + gainFlags
                + " gain, " + loseFlags + " lose, " + promotionChanged + " in promotion)";
    }
}
