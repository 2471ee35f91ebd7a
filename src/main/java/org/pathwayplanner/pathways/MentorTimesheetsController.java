package org.pathwayplanner.pathways;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mentor's timesheet page: the pathway's hours by week, each week confirmed or disputed with a comment. */
@Controller
class MentorTimesheetsController {

    static final String PAGE = "pathways/mentor/timesheets";

    private final MentorInvitations invitations;
    private final TimesheetWeeks weeks;
    private final MessageSource messages;

    MentorTimesheetsController(MentorInvitations invitations, TimesheetWeeks weeks, MessageSource messages) {
        this.invitations = invitations;
        this.weeks = weeks;
        this.messages = messages;
    }

    @GetMapping("/mentor/timesheets")
    String timesheets(@AuthenticationPrincipal Mentor mentor, Model model) {
        PathwayViews.ProposalView proposal = invitations.pathwayOf(mentor);
        model.addAttribute("mentor", mentor);
        model.addAttribute("proposal", proposal);
        model.addAttribute("weeks", weeks.of(proposal));
        return PAGE;
    }

    @PostMapping("/mentor/timesheets/{week}/confirm")
    String confirm(@AuthenticationPrincipal Mentor mentor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate week, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            weeks.confirm(mentor, week);
        } catch (IllegalStateException closed) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", closed.getMessage());
            return timesheets(mentor, model);
        }
        redirect.addFlashAttribute("message", "weekConfirmed");
        return "redirect:/mentor/timesheets";
    }

    @PostMapping("/mentor/timesheets/{week}/dispute")
    String dispute(@AuthenticationPrincipal Mentor mentor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate week, @RequestParam(defaultValue = "") String comment, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            weeks.dispute(mentor, week, comment);
        } catch (ProposalFieldException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorWeek", TimesheetLine.weekOf(week));
            model.addAttribute("fieldError", messages.getMessage(refused.messageKey(), refused.arguments(),
                    refused.getMessage(), LocaleContextHolder.getLocale()));
            model.addAttribute("typedComment", comment);
            return timesheets(mentor, model);
        } catch (IllegalStateException closed) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("error", closed.getMessage());
            return timesheets(mentor, model);
        }
        redirect.addFlashAttribute("message", "weekDisputed");
        return "redirect:/mentor/timesheets";
    }
}
