package org.pathwayplanner.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /} takes each signed-in user to the first page of their role. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_"))
                .findFirst()
                .map(role -> "redirect:/" + role.substring(5).toLowerCase())
                .orElse("redirect:/login");
    }
}
