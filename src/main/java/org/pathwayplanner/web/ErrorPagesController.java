package org.pathwayplanner.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The friendly page shown when a signed-in user asks for something that is not theirs. */
@Controller
class ErrorPagesController {

    @RequestMapping("/error/403")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }
}
