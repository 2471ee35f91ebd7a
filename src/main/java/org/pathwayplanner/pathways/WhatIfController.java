package org.pathwayplanner.pathways;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.pathwayplanner.pathways.PathwayViews.WhatIfView;
import org.pathwayplanner.people.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live what-if of the proposal form, as JSON: the signed-in student's audit now and if the pathway
 * on the form were completed with its targets mastered. A GET because nothing is saved. The page's
 * script calls the session-authenticated path; API clients call the same under /api.
 */
@RestController
@Tag(name = "Pathways")
class WhatIfController {

    private static final int MOST_TARGETS = 20;

    private final PathwayService pathways;

    WhatIfController(PathwayService pathways) {
        this.pathways = pathways;
    }

    @GetMapping({"/student/pathways/what-if", "/api/pathways/what-if"})
    @Operation(summary = "What-if for a proposal (students, for themselves): the audit before and after, nothing saved")
    WhatIfView whatIf(@RequestParam(required = false) List<Long> competencyIds,
            @RequestParam(required = false) BigDecimal requestedCredits,
            @RequestParam(required = false) String creditAreaCode, Authentication who) {
        if (requestedCredits != null && (requestedCredits.signum() < 0 || requestedCredits.compareTo(BigDecimal.TEN) > 0)) {
            throw new ProposalFieldException("requestedCredits", "creditsRange", "Ask for between 0 and 10 credits");
        }
        return pathways.whatIf(Viewer.of(who), competencyIds, requestedCredits, creditAreaCode);
    }

    /** The eligibility rules on the form as typed; nothing is saved. */
    @GetMapping({"/student/pathways/eligibility", "/api/pathways/eligibility"})
    @Operation(summary = "Eligibility of a proposal as typed (students, for themselves): every problem, nothing saved")
    PathwayViews.LiveEligibility eligibility(@RequestParam(required = false) String type,
            @RequestParam(required = false) BigDecimal plannedHours,
            @RequestParam(required = false) BigDecimal requestedCredits,
            @RequestParam(required = false) java.time.LocalDate startDate,
            @RequestParam(required = false) java.time.LocalDate endDate,
            @RequestParam(defaultValue = "false") boolean offCampus,
            @RequestParam(required = false) List<Long> competencyIds, Authentication who) {
        if (competencyIds != null && competencyIds.size() > MOST_TARGETS) {
            throw new ProposalFieldException("competencyIds", "tooManyTargets", "Pick at most " + MOST_TARGETS
                    + " competencies");
        }
        return pathways.eligibilityOf(Viewer.of(who), new ProposalRequest(
                type == null || type.isBlank() ? null : PathwayType.of(type), "", null, null, null, null, startDate,
                endDate, plannedHours, offCampus, null, requestedCredits, null, competencyIds));
    }
}
