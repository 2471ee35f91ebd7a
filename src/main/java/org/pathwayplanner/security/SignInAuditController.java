package org.pathwayplanner.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators read the newest sign-in attempts: who was typed, from where, when, and what came of it. */
@Controller
class SignInAuditController {

    static final String VIEW = "security/signIns";
    static final int SHOWN = 200;

    /** One line of the page, the time in the district's zone. */
    record Line(LocalDateTime at, String username, String address, String method, String outcome) {
    }

    private final SignInAudit audit;
    private final Clock clock;

    SignInAuditController(SignInAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/sign-ins")
    String signIns(Model model) {
        List<Line> lines = audit.newest(SHOWN).stream()
                .map(a -> new Line(LocalDateTime.ofInstant(a.at(), clock.getZone()), a.username(), a.address(),
                        a.method().name(), a.outcome().name()))
                .toList();
        model.addAttribute("attempts", lines);
        model.addAttribute("shown", SHOWN);
        return VIEW;
    }
}
