package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pathwayplanner.rules.Facts.BundleFact;
import org.pathwayplanner.rules.Facts.PathwayCreditFact;

/**
 * Credits a bundle or a completed pathway has earned by its mastered competencies, before the competencies are
 * allocated (a competency counts toward one award only). {@code sequence} orders candidates earned the same day:
 * pathways first (the pathway's assessment is what mastered the competencies), then bundles, each by id.
 *
 * @param listed how many competencies the bundle lists (a pathway: its targets), the base of the partial share
 * @param partial earned with only part of the bundle's competencies mastered
 */
public record CreditCandidate(String awardId, Long bundleId, Long proposalId, String name, String areaCode,
        BigDecimal credits, LocalDate earnedOn, long sequence, List<Long> competencyIds, int listed,
        boolean partialAllowed, boolean partial, boolean shareable) {

    private static final long BUNDLES_AFTER_PATHWAYS = 1_000_000_000_000L;

    public CreditCandidate {
        competencyIds = List.copyOf(competencyIds);
        earnedOn = earnedOn == null ? LocalDate.MAX : earnedOn;
    }

    public static CreditCandidate ofBundle(BundleFact bundle, LocalDate earnedOn, List<Long> mastered, int listed,
            boolean partial) {
        return new CreditCandidate(Conclusions.CreditAward.awardIdOf(bundle.id(), null), bundle.id(), null,
                bundle.name(), bundle.areaCode(), bundle.credits(), earnedOn, BUNDLES_AFTER_PATHWAYS + bundle.id(),
                mastered, listed, bundle.partialAllowed(), partial, bundle.shareable());
    }

    /** A pathway's credits are earned once it is completed and its targets are mastered, whichever comes last. */
    public static CreditCandidate ofPathway(PathwayCreditFact pathway, LocalDate targetsMasteredOn) {
        LocalDate earned = targetsMasteredOn == null || targetsMasteredOn.isBefore(pathway.completedOn())
                ? pathway.completedOn() : targetsMasteredOn;
        return new CreditCandidate(Conclusions.CreditAward.awardIdOf(null, pathway.proposalId()), null,
                pathway.proposalId(), pathway.title(), pathway.areaCode(), pathway.credits(), earned,
                pathway.proposalId(), pathway.competencyIds(), pathway.competencyIds().size(), true, false, false);
    }

    /** How sentences name it: the bundle's name, or "the pathway …" in the reader's language. */
    public Object label() {
        return labelOf(name, proposalId);
    }

    /** A bundle's name as it is; a pathway (named by its title) as "the pathway …" in the reader's language. */
    public static Object labelOf(String name, Long proposalId) {
        return proposalId == null ? name : Sentence.of("rule.credits.thePathway", name);
    }

    public boolean isPathway() {
        return proposalId != null;
    }
}
