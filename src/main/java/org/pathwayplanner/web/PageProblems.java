package org.pathwayplanner.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * What a page answers when a request cannot be served, instead of a stack trace or the framework's own
 * words: a record that does not exist (a student, a competency, a proposal id typed into the address bar)
 * gives the friendly 404 page; an address or form with a value that cannot be read (letters where an id
 * belongs, a missing field, a plain form where a file upload belongs) gives a translated 400 page; a refusal
 * of the application's own (a move the record does not allow) gives 400 or 409 with the application's sentence. The JSON API has its own
 * answers ({@link ApiProblems}, which comes first for REST controllers).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageProblems {

    static final String ERROR_PAGE = "error";

    @ExceptionHandler(NoSuchElementException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class,
            MultipartException.class})
    String unreadable(HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_BAD_REQUEST, null, response, model);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String refused(IllegalArgumentException e, HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_BAD_REQUEST, ownSentence(e), response, model);
    }

    @ExceptionHandler(IllegalStateException.class)
    String conflict(IllegalStateException e, HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_CONFLICT, ownSentence(e), response, model);
    }

    private static String errorPage(int status, String detail, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", detail);
        return ERROR_PAGE;
    }

    /**
     * The exception's message when the application itself wrote it (the exception was raised in this
     * application's code, where every refusal is a sentence for the user); null when it came from a library,
     * whose words (conversion failures, SQL, class names) are not for the user.
     */
    static String ownSentence(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        boolean ours = trace.length > 0 && trace[0].getClassName().startsWith("org.pathwayplanner.");
        return ours && e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : null;
    }
}
