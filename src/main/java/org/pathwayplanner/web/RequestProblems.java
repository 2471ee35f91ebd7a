package org.pathwayplanner.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests no page or endpoint serves (an address that does not exist, a form's address opened instead of
 * posted) go to the error page, which answers a browser with the friendly page and any other client with
 * JSON — not with a problem document that a browser would show as raw text.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestProblems {

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    ModelAndView notServed(Exception e, HttpServletResponse response) throws IOException {
        ErrorResponse error = (ErrorResponse) e;
        error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.sendError(error.getStatusCode().value());
        return new ModelAndView();
    }
}
