package org.pathwayplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * Where a sign-in attempt came from and how: the client's address as Tomcat sees it (a proxy's
 * X-Forwarded-For is trusted only when {@code server.forward-headers-strategy} says so) and the way in.
 */
// Serializable: part of the signed-in session, which is kept in the database (issue 17)
record SignInDetails(String address, SignInAttempt.Method method) implements java.io.Serializable {

    static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> by(SignInAttempt.Method method) {
        return request -> new SignInDetails(request.getRemoteAddr(), method);
    }
}
