package org.pathwayplanner.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.progress.ProgressViews.StudentProgressView;
import org.pathwayplanner.rules.PlanFacts.PlanTerm;

/**
 * A planned item against reality: done (mastered, earned, a pathway of its kind completed), done early (before its
 * term started), in progress, planned, or behind (its term has ended and it is not done).
 */
final class Standing {

    static final String DONE = "DONE";
    static final String DONE_EARLY = "DONE_EARLY";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String PLANNED = "PLANNED";
    static final String BEHIND = "BEHIND";

    private Standing() {
    }

    static String of(ItemLine line, PlanTerm term, StudentProgressView now, List<ProposalView> proposals) {
        Optional<LocalDate> doneOn = switch (line.kind()) {
            case "COMPETENCY" -> now.competencies().stream()
                    .filter(c -> c.id() == line.competencyId() && c.mastered()).findFirst()
                    .map(c -> c.masteredOn() == null ? term.startsOn() : c.masteredOn());
            case "BUNDLE" -> now.credits().stream()
                    .filter(a -> a.bundleId() != null && a.bundleId().equals(line.bundleId())).findFirst()
                    .map(a -> a.awardedOn());
            default -> proposals.stream().filter(p -> "COMPLETED".equals(p.status())
                    && p.type().equals(line.pathwayKind())).findFirst()
                    .map(p -> p.endDate() == null ? term.startsOn() : p.endDate());
        };
        if (doneOn.isPresent()) {
            return doneOn.get().isBefore(term.startsOn()) ? DONE_EARLY : DONE;
        }
        if (term.ended()) {
            return BEHIND;
        }
        boolean underWay = "COMPETENCY".equals(line.kind()) && now.competencies().stream()
                .anyMatch(c -> c.id() == line.competencyId() && "IN_PROGRESS".equals(c.status()));
        return underWay ? IN_PROGRESS : PLANNED;
    }
}
