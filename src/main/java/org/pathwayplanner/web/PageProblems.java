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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageProblems.class);

    static final String ERROR_PAGE = "error";

    @ExceptionHandler(NoSuchElementException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class,
            MultipartException.class})
    String unreadable(HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_BAD_REQUEST, "error.unreadable.text", null, response, model);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String refused(IllegalArgumentException e, HttpServletResponse response, Model model) {
        return refusalOrFailure(HttpServletResponse.SC_BAD_REQUEST, e, response, model);
    }

    @ExceptionHandler(IllegalStateException.class)
    String conflict(IllegalStateException e, HttpServletResponse response, Model model) {
        return refusalOrFailure(HttpServletResponse.SC_CONFLICT, e, response, model);
    }

    /**
     * A refusal the application wrote says why; the same exception from a library (a rule engine, a driver) is a
     * failure on the server's side, not something the reader did, and says so (logged with its cause).
     */
    private static String refusalOrFailure(int status, RuntimeException e, HttpServletResponse response, Model model) {
        String sentence = ownSentence(e);
        if (sentence != null) {
            return errorPage(status, "error.refused.because", sentence, response, model);
        }
        log.error("A page request failed on the server", e);
        return errorPage(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error.500.text", null, response, model);
    }

    private static String errorPage(int status, String textKey, String detail, HttpServletResponse response,
            Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("textKey", textKey);
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
