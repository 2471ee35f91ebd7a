package org.pathwayplanner.pathways;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.security.MentorSessions;
import org.pathwayplanner.security.MentorSessions.Mentor;
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
 * Mentors: the school invites them from the proposal (its teacher, counselor or an administrator), and the mentor
 * enters by the e-mailed link into pages of the one pathway they were invited to ({@code /mentor}).
 */
@Controller
class MentorPagesController {

    static final String INVITATION = "pathways/mentorInvitation";
    static final String LINK = "pathways/mentor/link";
    static final String ENDED = "pathways/mentor/ended";
    static final String HOME = "pathways/mentor/home";
    static final String EVALUATION = "pathways/mentor/evaluation";

    private final MentorInvitations invitations;
    private final MentorEvaluations evaluations;
    private final MentorSessions sessions;
    private final org.springframework.context.MessageSource messages;

    MentorPagesController(MentorInvitations invitations, MentorEvaluations evaluations, MentorSessions sessions,
            org.springframework.context.MessageSource messages) {
        this.invitations = invitations;
        this.evaluations = evaluations;
        this.sessions = sessions;
        this.messages = messages;
    }

    // ------------------------------------------------------------------------------------- the school's side

    @GetMapping("/students/{studentId}/pathways/{proposalId}/mentor")
    String invitation(@PathVariable long studentId, @PathVariable long proposalId, Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        PathwayViews.ProposalView proposal = invitations.proposal(viewer, studentId, proposalId);
        model.addAttribute("proposal", proposal);
        model.addAttribute("proposedEmail", MentorInvitations.emailIn(proposal.mentorContact()));
        model.addAttribute("invitation", invitations.current(viewer, studentId, proposalId).orElse(null));
        return INVITATION;
    }

    @PostMapping("/students/{studentId}/pathways/{proposalId}/mentor")
    String invite(@PathVariable long studentId, @PathVariable long proposalId,
            @RequestParam(defaultValue = "") String mentorName, @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String email, Authentication who, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(who);
        try {
            invitations.invite(viewer, studentId, proposalId,
                    new MentorInvitations.NewMentor(mentorName, organisation, email));
        } catch (ProposalFieldException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorField", refused.field());
            model.addAttribute("fieldError", messages.getMessage(refused.messageKey(), refused.arguments(),
                    refused.getMessage(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            model.addAttribute("typed", new MentorInvitations.NewMentor(mentorName, organisation, email));
            return invitation(studentId, proposalId, who, model);
        }
        redirect.addFlashAttribute("message", "mentorInvited");
        return "redirect:/students/" + studentId + "/pathways/" + proposalId + "/mentor";
    }

    @PostMapping("/students/{studentId}/pathways/{proposalId}/mentor/resend")
    String resend(@PathVariable long studentId, @PathVariable long proposalId, Authentication who,
            RedirectAttributes redirect) {
        invitations.resend(Viewer.of(who), studentId, proposalId);
        redirect.addFlashAttribute("message", "mentorLinkSent");
        return "redirect:/students/" + studentId + "/pathways/" + proposalId + "/mentor";
    }

    @PostMapping("/students/{studentId}/pathways/{proposalId}/mentor/revoke")
    String revoke(@PathVariable long studentId, @PathVariable long proposalId, Authentication who,
            RedirectAttributes redirect) {
        invitations.revoke(Viewer.of(who), studentId, proposalId);
        redirect.addFlashAttribute("message", "mentorRevoked");
        return "redirect:/students/" + studentId + "/pathways/" + proposalId + "/mentor";
    }

    // ------------------------------------------------------------------------------------- the mentor's side

    /** The link's page: it shows a button and uses nothing, so a mail scanner following the link does not use it up. */
    @GetMapping("/mentor/link")
    String link(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", invitations.usable(token));
        return LINK;
    }

    @PostMapping("/mentor/link")
    String useLink(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<Mentor> mentor = invitations.use(token);
        if (mentor.isEmpty()) {
            sessions.refused(request);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("token", "");
            model.addAttribute("usable", false);
            return LINK;
        }
        sessions.signIn(mentor.get(), request, response);
        return "redirect:/mentor";
    }

    /**
     * No mentor session (never opened, signed out, or ended): how to get a new link. A form posted without a mentor
     * session is forwarded here too, so it answers every method (401, not 405).
     */
    @org.springframework.web.bind.annotation.RequestMapping("/mentor/ended")
    String ended(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return ENDED;
    }

    @GetMapping("/mentor")
    String home(@AuthenticationPrincipal Mentor mentor, Model model) {
        model.addAttribute("mentor", mentor);
        model.addAttribute("proposal", invitations.pathwayOf(mentor));
        model.addAttribute("evaluation", evaluations.ofMentor(mentor).orElse(null));
        model.addAttribute("mentorPages", true);
        return HOME;
    }

    @GetMapping("/mentor/evaluation")
    String evaluation(@AuthenticationPrincipal Mentor mentor, Model model) {
        model.addAttribute("mentor", mentor);
        model.addAttribute("proposal", invitations.pathwayOf(mentor));
        model.addAttribute("levels", evaluations.levels());
        model.addAttribute("evaluation", evaluations.ofMentor(mentor).orElse(null));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return EVALUATION;
    }

    /** The form's fields: {@code level-<competency>}, {@code comment-<competency>} and {@code comment}. */
    @PostMapping("/mentor/evaluation")
    String evaluate(@AuthenticationPrincipal Mentor mentor, @RequestParam Map<String, String> form,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<Long, String> levels = new HashMap<>();
        Map<Long, String> comments = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("level-")) {
                competency(key.substring(6)).ifPresent(id -> levels.put(id, value));
            } else if (key.startsWith("comment-")) {
                competency(key.substring(8)).ifPresent(id -> comments.put(id, value));
            }
        });
        try {
            evaluations.submit(mentor, new MentorEvaluations.Submission(levels, comments, form.get("comment")));
        } catch (MentorEvaluations.Refused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new HashMap<>();
            refused.problems().forEach(p -> errors.put(p.field(), messages.getMessage(p.messageKey(), p.arguments(),
                    p.getMessage(), org.springframework.context.i18n.LocaleContextHolder.getLocale())));
            model.addAttribute("errors", errors);
            model.addAttribute("typed", form);
            return evaluation(mentor, model);
        } catch (IllegalStateException closed) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("closed", true);
            return evaluation(mentor, model);
        }
        redirect.addFlashAttribute("message", "evaluated");
        return "redirect:/mentor";
    }

    private static Optional<Long> competency(String id) {
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
