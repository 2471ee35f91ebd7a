package org.pathwayplanner.people.roster;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.pathwayplanner.people.Passwords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page a set-password link opens, for someone not signed in: choose a password once, then sign in with it. */
@Controller
class SetPasswordController {

    static final String PAGE = "people/setPassword";

    private final SetPasswordLinks links;
    private final MessageSource messages;

    SetPasswordController(SetPasswordLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/set-password")
    String form(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        model.addAttribute("token", token);
        links.usernameOf(token).ifPresentOrElse(u -> model.addAttribute("username", u),
                () -> response.setStatus(HttpServletResponse.SC_NOT_FOUND));
        return PAGE;
    }

    @PostMapping("/set-password")
    String set(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, Locale locale, Model model,
            HttpServletResponse response) {
        try {
            links.setPassword(token, password, repeated);
            return "redirect:/login?passwordSet";
        } catch (Passwords.Refused refused) {
            model.addAttribute("token", token);
            links.usernameOf(token).ifPresent(u -> model.addAttribute("username", u));
            model.addAttribute("error", messages.getMessage(refused.key(), refused.args(), locale));
            response.setStatus(refused.key().equals("setPassword.invalid") ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_BAD_REQUEST);
            return PAGE;
        }
    }
}
