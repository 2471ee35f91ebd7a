package org.pathwayplanner.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Map;
import org.pathwayplanner.people.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan pages: the student's plan board (add, move, remove items, goals, submit — plain forms; static/js/plan-board.js
 * adds the live check), and the plan of one student for their counselor (review), guardian (acknowledge) and
 * administrators (read).
 */
@Controller
class PlanPagesController {

    static final String BOARD = "plan/board";
    static final String REVIEW = "plan/review";

    private final StudentPlans plans;
    private final PlanReview review;
    private final MessageSource messages;

    PlanPagesController(StudentPlans plans, PlanReview review, MessageSource messages) {
        this.plans = plans;
        this.review = review;
        this.messages = messages;
    }

    @GetMapping("/student/plan")
    String board(Authentication who, Model model) {
        return board(Viewer.of(who), model, null, Map.of());
    }

    @PostMapping("/student/plan/items")
    String add(@RequestParam(required = false) String term, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long competencyId, @RequestParam(required = false) Long bundleId,
            @RequestParam(required = false) String pathwayKind, @RequestParam(required = false) String title,
            @RequestParam(required = false) String creditAreaCode, @RequestParam(required = false) BigDecimal credits,
            Authentication who, Model model, HttpServletResponse response) {
        NewItem item = new NewItem(term, kind, competencyId, bundleId, pathwayKind, title, creditAreaCode, credits);
        try {
            plans.add(Viewer.of(who), item);
            return "redirect:/student/plan";
        } catch (PlanItemRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String message = messages.getMessage(refused.key(), null, refused.getMessage(),
                    LocaleContextHolder.getLocale());
            return board(Viewer.of(who), model, item, Map.of(refused.field(), message));
        }
    }

    @PostMapping("/student/plan/items/{itemId}/move")
    String move(@PathVariable long itemId, @RequestParam(required = false) String term, Authentication who) {
        plans.move(Viewer.of(who), itemId, term);
        return "redirect:/student/plan";
    }

    @PostMapping("/student/plan/items/{itemId}/remove")
    String remove(@PathVariable long itemId, Authentication who) {
        plans.remove(Viewer.of(who), itemId);
        return "redirect:/student/plan";
    }

    @PostMapping("/student/plan/goals")
    String goals(@Valid @ModelAttribute Goals goals, BindingResult errors, Authentication who, Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String message = messages.getMessage("plan.error.goalTooLong", new Object[] {Goals.LONGEST},
                    LocaleContextHolder.getLocale());
            return board(Viewer.of(who), model, null, Map.of(errors.getFieldErrors().get(0).getField(), message));
        }
        plans.setGoals(Viewer.of(who), goals);
        return "redirect:/student/plan#goals";
    }

    @PostMapping("/student/plan/submit")
    String submit(Authentication who, RedirectAttributes redirect) {
        redirect.addFlashAttribute(review.submit(Viewer.of(who)) ? "submitted" : "approvedByRule", true);
        return "redirect:/student/plan";
    }

    @GetMapping("/students/{studentId}/plan")
    String plan(@PathVariable long studentId, Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        model.addAttribute("plan", plans.of(viewer, studentId));
        model.addAttribute("mayDecide", review.waitsFor(viewer, studentId, PlanReview.COUNSELOR_REVIEW));
        model.addAttribute("mayAcknowledge", review.waitsFor(viewer, studentId, PlanReview.GUARDIAN_ACKNOWLEDGEMENT));
        model.addAttribute("mayReviewYear", review.waitsFor(viewer, studentId, PlanReview.ANNUAL_REVIEW));
        return REVIEW;
    }

    @PostMapping("/students/{studentId}/plan/decision")
    String decide(@PathVariable long studentId, @RequestParam(required = false) PlanReview.Decision decision,
            @RequestParam(required = false) String comment, Authentication who, RedirectAttributes redirect) {
        try {
            review.decide(Viewer.of(who), studentId, decision, comment);
        } catch (PlanItemRefused refused) {
            // beside the comment, with what the counselor wrote kept
            redirect.addFlashAttribute("decisionField", refused.field());
            redirect.addFlashAttribute("decisionError", messages.getMessage(refused.key(), null, refused.getMessage(),
                    LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("comment", comment);
            return "redirect:/students/" + studentId + "/plan";
        }
        redirect.addFlashAttribute("decided", decision.name());
        return "redirect:/students/" + studentId + "/plan";
    }

    @PostMapping("/students/{studentId}/plan/acknowledge")
    String acknowledge(@PathVariable long studentId, Authentication who, RedirectAttributes redirect) {
        review.acknowledge(Viewer.of(who), studentId);
        redirect.addFlashAttribute("acknowledged", true);
        return "redirect:/students/" + studentId + "/plan";
    }

    @PostMapping("/students/{studentId}/plan/annual-review")
    String annualReview(@PathVariable long studentId, @RequestParam(required = false) String note, Authentication who,
            RedirectAttributes redirect) {
        review.annualReviewDone(Viewer.of(who), studentId, note);
        redirect.addFlashAttribute("reviewedForYear", true);
        return "redirect:/students/" + studentId + "/plan";
    }

    private String board(Viewer student, Model model, NewItem item, Map<String, String> errors) {
        model.addAttribute("plan", plans.mine(student));
        model.addAttribute("choices", plans.choicesFor(student));
        model.addAttribute("item", item == null ? new NewItem(null, null, null, null, null, null, null, null) : item);
        model.addAttribute("errors", errors);
        return BOARD;
    }
}
