package org.pathwayplanner.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The answer to an API call without acceptable HTTP Basic credentials, as a problem document: 401 when there
 * are none or they are wrong, 429 with Retry-After while the username or the address is locked out after
 * repeated failures (the same for a username that has no account).
 */
class SignInRefusal implements AuthenticationEntryPoint {

    /** An {@code Authorization: Bearer} that names no live administrator's token. */
    static final class UnknownApiToken extends AuthenticationException {

        UnknownApiToken() {
            super("Unknown, revoked or non-administrator API token");
        }
    }


    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        ProblemDetail problem;
        if (e instanceof SignInLockedOut lockedOut) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins from this account or address: try again in "
                            + lockedOut.retryAfterSeconds() + " seconds.");
            response.setHeader("Retry-After", String.valueOf(lockedOut.retryAfterSeconds()));
        } else if (e instanceof UnknownApiToken) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The API token is unknown, revoked, or not an administrator's.");
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Sign in with HTTP Basic (the username and password of an account) or an administrator's API"
                            + " token (Authorization: Bearer).");
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.valueOf(problem.getStatus()).getReasonPhrase());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        json.writeValue(response.getOutputStream(), body);
    }
}
