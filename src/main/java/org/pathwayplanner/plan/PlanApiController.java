package org.pathwayplanner.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.plan.PlanViews.CheckView;
import org.pathwayplanner.plan.PlanViews.PlanView;
import org.pathwayplanner.plan.PlanViews.VersionView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A student's plan to graduation as JSON: the plan, its check by the rules (optionally with one edit that is not
 * saved — the live check of the plan board calls the session-authenticated path), and its submitted versions.
 */
@RestController
@Tag(name = "Plans")
class PlanApiController {

    private final StudentPlans plans;

    PlanApiController(StudentPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/students/{studentId}/plan")
    @Operation(summary = "A student's plan to graduation: terms, items and how they stand, what is done, the check")
    PlanView plan(@PathVariable long studentId, Authentication who) {
        return plans.of(Viewer.of(who), studentId);
    }

    @GetMapping("/api/students/{studentId}/plan/versions")
    @Operation(summary = "The versions of a student's plan submitted for review, with what became of each")
    List<VersionView> versions(@PathVariable long studentId, Authentication who) {
        return plans.versions(Viewer.of(who), studentId);
    }

    @GetMapping("/api/students/{studentId}/plan/check")
    @Operation(summary = "The rules' check of a student's plan, with one edit applied if given (nothing is saved)")
    CheckView check(@PathVariable long studentId, @RequestParam(required = false) String addTerm,
            @RequestParam(required = false) String addKind, @RequestParam(required = false) Long addCompetencyId,
            @RequestParam(required = false) Long addBundleId, @RequestParam(required = false) String addPathwayKind,
            @RequestParam(required = false) String addTitle, @RequestParam(required = false) String addCreditAreaCode,
            @RequestParam(required = false) BigDecimal addCredits, @RequestParam(required = false) Long move,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long remove,
            Authentication who) {
        return plans.check(Viewer.of(who), studentId, edit(addTerm, addKind, addCompetencyId, addBundleId,
                addPathwayKind, addTitle, addCreditAreaCode, addCredits, move, to, remove));
    }

    /** The live check of the signed-in student's own plan board. */
    @GetMapping("/student/plan/check")
    @Operation(summary = "The live check of the signed-in student's plan with one edit applied (nothing is saved)")
    CheckView myCheck(@RequestParam(required = false) String addTerm, @RequestParam(required = false) String addKind,
            @RequestParam(required = false) Long addCompetencyId, @RequestParam(required = false) Long addBundleId,
            @RequestParam(required = false) String addPathwayKind, @RequestParam(required = false) String addTitle,
            @RequestParam(required = false) String addCreditAreaCode,
            @RequestParam(required = false) BigDecimal addCredits, @RequestParam(required = false) Long move,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long remove,
            Authentication who) {
        Viewer student = Viewer.of(who);
        return plans.check(student, plans.studentOf(student).id(), edit(addTerm, addKind, addCompetencyId,
                addBundleId, addPathwayKind, addTitle, addCreditAreaCode, addCredits, move, to, remove));
    }

    private static PlanEdit edit(String addTerm, String addKind, Long competencyId, Long bundleId, String pathwayKind,
            String title, String area, BigDecimal credits, Long move, String to, Long remove) {
        NewItem add = addKind == null || addKind.isBlank() ? null
                : new NewItem(addTerm, addKind, competencyId, bundleId, pathwayKind, title, area, credits);
        if (move != null && (to == null || to.isBlank())) {
            throw new PlanItemRefused("to", "plan.error.term", "Say which term to move the item to (to=2026-2027/2)");
        }
        return new PlanEdit(add, move, to, remove);
    }
}
