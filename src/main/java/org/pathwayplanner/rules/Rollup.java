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
