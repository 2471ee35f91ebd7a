package org.pathwayplanner.pathways;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.pathwayplanner.pathways.TrainingAgreements.AgreementView;
import org.pathwayplanner.pathways.TrainingAgreements.Signing;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A pathway's training agreement: read by whoever may see the student, signed by each required party as themselves —
 * the student, a guardian, the coordinator on {@code /pathways/{id}/agreement}, the mentor on {@code /mentor/agreement}
 * within their own session. A refused signature comes back with the reason beside the field (400) or above the form
 * (409: signed already, the text changed, nothing waits).
 */
@Controller
class TrainingAgreementPagesController {

    static final String PAGE = "pathways/agreement/page";
    static final String MENTOR_PAGE = "pathways/mentor/agreement";

    private final TrainingAgreements agreements;
    private final MessageSource messages;

    TrainingAgreementPagesController(TrainingAgreements agreements, MessageSource messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    @GetMapping("/pathways/{pathwayId}/agreement")
    String agreement(@PathVariable long pathwayId, Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        AgreementView agreement = agreements.of(viewer, pathwayId);
        model.addAttribute("agreement", agreement);
        model.addAttribute("back", switch (viewer.role()) {
            case STUDENT -> "/student/pathways/" + pathwayId;
            case GUARDIAN -> "/guardian";
            default -> "/students/" + agreement.studentId();
        });
        return page(model, PAGE);
    }

    @PostMapping("/pathways/{pathwayId}/agreement")
    String sign(@PathVariable long pathwayId, @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "false") boolean agree, @RequestParam(defaultValue = "") String textSha256,
            Authentication who, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(who);
        try {
            agreements.sign(viewer, pathwayId, new Signing(fullName, agree, textSha256));
        } catch (ProposalFieldException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            refusedField(model, refused, fullName);
            return agreement(pathwayId, who, model);
        } catch (AgreementNotSignable refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refused", refused.messageKey());
            return agreement(pathwayId, who, model);
        }
        redirect.addFlashAttribute("message", "agreement.signedNow");
        return "redirect:/pathways/" + pathwayId + "/agreement";
    }

    @GetMapping("/mentor/agreement")
    String mentorAgreement(@AuthenticationPrincipal Mentor mentor, Model model) {
        model.addAttribute("mentor", mentor);
        model.addAttribute("agreement", agreements.ofMentor(mentor));
        model.addAttribute("mentorPages", true);
        return page(model, MENTOR_PAGE);
    }

    @PostMapping("/mentor/agreement")
    String mentorSign(@AuthenticationPrincipal Mentor mentor, @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "false") boolean agree, @RequestParam(defaultValue = "") String textSha256,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            agreements.sign(mentor, new Signing(fullName, agree, textSha256));
        } catch (ProposalFieldException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            refusedField(model, refused, fullName);
            return mentorAgreement(mentor, model);
        } catch (AgreementNotSignable refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refused", refused.messageKey());
            return mentorAgreement(mentor, model);
        }
        redirect.addFlashAttribute("message", "agreement.signedNow");
        return "redirect:/mentor/agreement";
    }

    private void refusedField(Model model, ProposalFieldException refused, String typed) {
        model.addAttribute("errors", Map.of(refused.field(), messages.getMessage(refused.messageKey(),
                refused.arguments(), refused.getMessage(), LocaleContextHolder.getLocale())));
        model.addAttribute("typed", typed);
    }

    private static String page(Model model, String view) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", "");
        }
        if (!model.containsAttribute("refused")) {
            model.addAttribute("refused", null);
        }
        return view;
    }
}
