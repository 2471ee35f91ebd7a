package org.pathwayplanner.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Pages asked for a record that does not exist (a student, a competency, a proposal id typed into the
 * address bar) answer with the friendly 404 page, not a 500. The JSON API has its own answers
 * ({@link ApiProblems}, which comes first for REST controllers).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(NoSuchElementException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }
}
