package org.pathwayplanner.records;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see the students who left the district (their records archived, read-only) and, once the district's
 * retention period has passed, delete their records: a dry run first, counting what would go, then a confirmation.
 */
@Controller
class LeaversController {

    static final String VIEW = "records/leavers";
    static final String DRY_RUN = "records/leaversDryRun";

    private final LeaverRetention retention;
    private final LeaverSettings settings;

    LeaversController(LeaverRetention retention, LeaverSettings settings) {
        this.retention = retention;
        this.settings = settings;
    }

    @GetMapping("/admin/leavers")
    String leavers(Model model) {
        model.addAttribute("leavers", retention.leavers());
        model.addAttribute("keepFor", settings.keepFor().toString());
        return VIEW;
    }

    @GetMapping("/admin/leavers/dry-run")
    String dryRun(Model model) {
        model.addAttribute("wouldGo", retention.dryRun());
        return DRY_RUN;
    }

    @PostMapping("/admin/leavers/delete")
    String delete(@RequestParam(name = "student", required = false) List<Long> students, Principal principal,
            RedirectAttributes redirect) {
        if (students == null || students.isEmpty()) {
            throw new IllegalArgumentException("No student chosen: nothing was deleted.");
        }
        List<LeaverRetention.WouldGo> gone = retention.delete(students, principal.getName());
        redirect.addFlashAttribute("deleted", gone.size());
        return "redirect:/admin/leavers";
    }
}
