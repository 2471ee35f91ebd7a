package org.pathwayplanner.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's model gets the header's language switch, pointing back at the page itself. */
@ControllerAdvice
class LanguageSwitchAdvice {

    @ModelAttribute("languageSwitch")
    LanguageSwitch languageSwitch(HttpServletRequest request) {
        return LanguageSwitch.of(request);
    }
}
