package org.pathwayplanner.security;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator's own API tokens: make one (its secret shown once), see when each was last used, revoke one. */
@Controller
class ApiTokensController {

    static final String VIEW = "security/apiTokens";

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/admin/tokens")
    String tokens(Principal who, Model model) {
        model.addAttribute("tokens", tokens.of(who.getName()));
        return VIEW;
    }

    @PostMapping("/admin/tokens")
    String issue(@RequestParam(defaultValue = "") String name, Principal who, Model model) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > ApiTokens.NAME_LENGTH) {
            model.addAttribute("nameError", trimmed.isEmpty() ? "apiTokens.name.required" : "apiTokens.name.tooLong");
            model.addAttribute("name", name);
            return tokens(who, model);
        }
        model.addAttribute("secret", tokens.issue(who.getName(), trimmed));
        model.addAttribute("issuedName", trimmed);
        return tokens(who, model);
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        redirect.addFlashAttribute("revoked", tokens.revoke(who.getName(), id));
        return "redirect:/admin/tokens";
    }
}
