package org.pathwayplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import org.pathwayplanner.security.DistrictIdentities.DistrictUser;
import org.pathwayplanner.security.DistrictIdentities.Refusal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The end of the sign-in dance with the district's provider. On success the session holds the same
 * {@link SignedInUser} a password sign-in gives, so every page and check sees one kind of person whatever the way
 * in; on refusal the login page says why. Both are recorded in the sign-in audit.
 */
@Component
class DistrictSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DistrictSignIn.class);

    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final SignInAudit audit;
    private final Clock clock;

    DistrictSignIn(SignInAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        SignedInUser user = ((DistrictUser) authentication.getPrincipal()).account();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        record(user.username(), request, SignInAttempt.Outcome.SIGNED_IN);
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        Refusal why = null;
        String named = "?";
        LOG.info("Sign-in with the district's account refused: {}", exception.toString());
        if (exception instanceof OAuth2AuthenticationException e) {
            String code = e.getError().getErrorCode();
            why = Arrays.stream(Refusal.values()).filter(r -> r.name().equals(code)).findFirst().orElse(null);
            named = e.getError().getDescription() == null ? "?" : e.getError().getDescription();
        }
        record(named, request, SignInAttempt.Outcome.REFUSED);
        String reason = why == null ? "failed" : why.name().toLowerCase().replace('_', '-');
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
    }

    private void record(String username, HttpServletRequest request, SignInAttempt.Outcome outcome) {
        audit.record(new SignInAttempt(clock.instant(), username, request.getRemoteAddr(), SignInAttempt.Method.SSO,
                outcome));
    }
}
