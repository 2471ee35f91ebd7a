package org.pathwayplanner.pathways;

import org.pathwayplanner.people.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The student corrects or removes timesheet lines the mentor has not confirmed (a disputed week is answered this
 * way); a refusal is shown beside its field on the line's form, with what was typed kept.
 */
@Controller
class TimesheetCorrectionsController {

    private final PathwayService pathways;
    private final MessageSource messages;

    TimesheetCorrectionsController(PathwayService pathways, MessageSource messages) {
        this.pathways = pathways;
        this.messages = messages;
    }

    @PostMapping("/student/pathways/{id}/hours/{lineId}")
    String correct(@PathVariable long id, @PathVariable long lineId, @RequestParam(defaultValue = "") String workDate,
            @RequestParam(defaultValue = "") String hours, @RequestParam(defaultValue = "") String activity,
            Authentication who, RedirectAttributes redirect) {
        try {
            pathways.correctHours(Viewer.of(who), id, lineId, PathwayPagesController.day(workDate),
                    PathwayPagesController.number(hours), activity);
            redirect.addFlashAttribute("message", "timesheetLineCorrected");
        } catch (ProposalFieldException e) {
            redirect.addFlashAttribute("correctLine", lineId);
            redirect.addFlashAttribute("correctField", e.field());
            redirect.addFlashAttribute("correctError", messages.getMessage(e.messageKey(), e.arguments(),
                    e.getMessage(), LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("correctTyped", java.util.Map.of("workDate", workDate, "hours", hours,
                    "activity", activity));
        } catch (IllegalArgumentException | IllegalStateException | java.util.NoSuchElementException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/student/pathways/" + id + "#timesheet-disputes";
    }

    @PostMapping("/student/pathways/{id}/hours/{lineId}/remove")
    String remove(@PathVariable long id, @PathVariable long lineId, Authentication who, RedirectAttributes redirect) {
        try {
            pathways.removeHours(Viewer.of(who), id, lineId);
            redirect.addFlashAttribute("message", "timesheetLineRemoved");
        } catch (IllegalStateException | java.util.NoSuchElementException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/student/pathways/" + id;
    }
}
