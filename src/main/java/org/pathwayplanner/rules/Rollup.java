package org.pathwayplanner.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathwayplanner.rules.Conclusions.Mastery;
import org.pathwayplanner.rules.Facts.ObjectiveFact;

/** Small list arithmetic the rule files call when a competency rolls up from its objectives. */
public final class Rollup {

    private Rollup() {
    }

    public static double lowestLevel(Collection<Mastery> masteries) {
        return masteries.stream().mapToDouble(Mastery::level).min().orElse(0);
    }

    public static LocalDate lastMastered(Collection<Mastery> masteries) {
        return masteries.stream().map(Mastery::masteredOn).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * The day the {@code n}-th of these masteries came (in order of their dates): when a bundle had enough of its
     * competencies mastered for partial credit.
     */
    public static LocalDate nthMastered(Collection<Mastery> masteries, int n) {
        List<LocalDate> dates = masteries.stream().map(Mastery::masteredOn).filter(Objects::nonNull).sorted().toList();
        if (dates.isEmpty()) {
            return null;
        }
        return dates.get(Math.min(Math.max(n, 1), dates.size()) - 1);
    }

    /** The competencies these masteries are of, in id order: the ones that counted toward a conclusion. */
    public static List<Long> competencyIds(Collection<Mastery> masteries) {
        return masteries.stream().map(Mastery::competencyId).distinct().sorted().toList();
    }

    /**
     * The day the mastered objectives first earned {@code threshold} points with every required objective among
     * them, taking the objectives in the order they were mastered; the last mastery's day if never reached.
     */
    public static LocalDate pointsReachedOn(Collection<ObjectiveFact> objectives, Collection<Mastery> mastered,
            int threshold) {
        java.util.Map<Long, ObjectiveFact> byId = objectives.stream()
                .collect(Collectors.toMap(ObjectiveFact::id, o -> o, (a, b) -> a));
        Set<Long> required = objectives.stream().filter(ObjectiveFact::required).map(ObjectiveFact::id)
                .collect(Collectors.toSet());
        List<Mastery> inOrder = mastered.stream().filter(m -> m.mastered() && m.masteredOn() != null)
                .sorted(Comparator.comparing(Mastery::masteredOn)).toList();
        int points = 0;
        Set<Long> done = new java.util.HashSet<>();
        for (Mastery m : inOrder) {
            ObjectiveFact objective = byId.get(m.objectiveId());
            points += objective == null ? 0 : objective.points();
            done.add(m.objectiveId());
            if (points >= threshold && done.containsAll(required)) {
                return m.masteredOn();
            }
        }
        return lastMastered(mastered);
    }

    public static List<Long> evidence(Collection<Mastery> masteries) {
        return masteries.stream().flatMap(m -> m.evidenceIds().stream()).distinct().sorted().toList();
    }

    public static List<Long> evidenceOf(Collection<Conclusions.LevelResult> levels) {
        return levels.stream().flatMap(l -> l.evidenceIds().stream()).distinct().sorted().toList();
    }

    /** Titles of the objectives not yet mastered, in the framework's order. */
    public static List<String> openTitles(Collection<ObjectiveFact> objectives, Collection<Mastery> mastered) {
        Set<Long> done = masteredIds(mastered);
        return objectives.stream().filter(o -> !done.contains(o.id())).sorted(Comparator.comparingLong(ObjectiveFact::id))
                .map(ObjectiveFact::title).toList();
    }

    public static int points(Collection<ObjectiveFact> objectives, Collection<Mastery> mastered) {
        Set<Long> done = masteredIds(mastered);
        return objectives.stream().filter(o -> done.contains(o.id())).mapToInt(ObjectiveFact::points).sum();
    }

    public static boolean requiredAllMastered(Collection<ObjectiveFact> objectives, Collection<Mastery> mastered) {
        Set<Long> done = masteredIds(mastered);
        return objectives.stream().filter(ObjectiveFact::required).allMatch(o -> done.contains(o.id()));
    }

    private static Set<Long> masteredIds(Collection<Mastery> mastered) {
        return mastered.stream().filter(Mastery::mastered).map(Mastery::objectiveId).collect(Collectors.toSet());
    }
}
