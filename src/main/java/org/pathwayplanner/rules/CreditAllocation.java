package org.pathwayplanner.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of a candidate's competencies it counts, once every award earned before it has taken its own: a competency
 * counts toward one award only, the one earned first, unless a bundle shares competencies (a shareable bundle
 * counts all of its own and takes none from the others).
 *
 * @param counted the competencies this award counts
 * @param countedElsewhere each competency it lost, with the name of the award that counted it first
 */
public record CreditAllocation(String awardId, CreditCandidate candidate, List<Long> counted,
        Map<Long, Object> countedElsewhere) {

    public CreditAllocation {
        counted = List.copyOf(counted);
        countedElsewhere = Map.copyOf(countedElsewhere);
    }

    /** Allocates {@code candidate} after {@code earlier}, the allocations of every award earned before it. */
    public static CreditAllocation of(CreditCandidate candidate, Collection<CreditAllocation> earlier) {
        return of(candidate, earlier, List.of());
    }

    /**
     * Allocates {@code candidate} after {@code earlier} and the awards {@code kept} from earlier rule versions: a kept
     * award keeps its competencies, so even a shareable bundle does not count them again.
     */
    public static CreditAllocation of(CreditCandidate candidate, Collection<CreditAllocation> earlier,
            Collection<Facts.KeptAward> kept) {
        Map<Long, Object> takenBy = new TreeMap<>();
        for (Facts.KeptAward award : kept) {
            award.competencyIds().forEach(id -> takenBy.putIfAbsent(id, award.name()));
        }
        if (!candidate.shareable()) {
            for (CreditAllocation allocation : earlier) {
                if (!allocation.candidate().shareable()) {
                    allocation.counted().forEach(id -> takenBy.putIfAbsent(id, allocation.candidate().label()));
                }
            }
        }
        List<Long> counted = new ArrayList<>();
        Map<Long, Object> lost = new TreeMap<>();
        for (Long id : candidate.competencyIds()) {
            if (takenBy.containsKey(id)) {
                lost.put(id, takenBy.get(id));
            } else {
                counted.add(id);
            }
        }
        return new CreditAllocation(candidate.awardId(), candidate, counted, lost);
    }

    public boolean lostNone() {
        return countedElsewhere.isEmpty();
    }

    /** "Functions, Quadratics already counted toward Algebra I", one sentence per award, naming competencies by title. */
    public List<Sentence> lostExplained(Collection<Facts.CompetencyFact> competencies) {
        Map<Long, String> titles = new TreeMap<>();
        competencies.forEach(c -> titles.put(c.id(), c.title()));
        Map<Object, List<String>> byAward = new java.util.LinkedHashMap<>();
        countedElsewhere.entrySet().stream().sorted(Map.Entry.comparingByValue(
                java.util.Comparator.comparing(String::valueOf))).forEach(e -> byAward.computeIfAbsent(e.getValue(),
                        a -> new ArrayList<>()).add(titles.getOrDefault(e.getKey(), "#" + e.getKey())));
        List<Sentence> parts = new ArrayList<>();
        byAward.forEach((award, lostTitles) -> parts.add(Sentence.of("rule.credits.alreadyCounted", lostTitles, award)));
        return parts;
    }

    /**
     * Why no credits: "English 12: its competencies already counted toward the pathway Hospital internship", or
     * "Debate: Write arguments already counted toward English 10; too few left for partial credit".
     */
    public Sentence whyNotAwarded(Collection<Facts.CompetencyFact> competencies) {
        if (counted.isEmpty()) {
            return Sentence.of("rule.credits.notAwardedAllCounted", candidate.label(), countedElsewhere.values().stream()
                    .distinct().sorted(java.util.Comparator.comparing(String::valueOf)).toList());
        }
        return Sentence.of(candidate.partialAllowed() ? "rule.credits.notAwardedTooFew"
                : "rule.credits.notAwardedNoPartial", candidate.label(), lostExplained(competencies));
    }
}
