package org.pathwayplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * A mentor's session: a mentor (the supervisor at the workplace) has no district account and enters by a one-time link
 * of their invitation (the pathways feature decides which links are usable). The session is kept under its own key of
 * the HTTP session and read only by the mentors' door ({@code /mentor/**}, see {@link SecurityConfiguration}), so
 * that everywhere else in the application a mentor is nobody: their session reaches their mentor pages and nothing more.
 */
@Component
public class MentorSessions {

    public static final String ROLE = "MENTOR";
    /** The HTTP session attribute holding a mentor's security context (never the district's accounts' one). */
    static final String CONTEXT_KEY = "PATHWAY_PLANNER_MENTOR_SECURITY_CONTEXT";

    /**
     * The signed-in mentor: the invitation whose link they used, their name and e-mail address. {@link #identity()}
     * is how the timeline and the records of access name them.
     */
    public record Mentor(long invitationId, String name, String email) implements Serializable {

        public String identity() {
            return "mentor:" + email;
        }
    }

    private final HttpSessionSecurityContextRepository sessions = repository();
    private final SignInAudit audit;
    private final Clock clock;

    MentorSessions(SignInAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    static HttpSessionSecurityContextRepository repository() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setSpringSecurityContextKey(CONTEXT_KEY);
        return repository;
    }

    /** Opens the mentor's session (a new session id: nothing from before the link carries over). */
    public void signIn(Mentor mentor, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(mentor, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        audit.record(new SignInAttempt(clock.instant(), mentor.identity(), request.getRemoteAddr(),
                SignInAttempt.Method.LINK, SignInAttempt.Outcome.SIGNED_IN));
    }

    /** A link that was not usable (unknown, used, expired or revoked): in the sign-in audit like any refusal. */
    public void refused(HttpServletRequest request) {
        audit.record(new SignInAttempt(clock.instant(), "(mentor link)", request.getRemoteAddr(),
                SignInAttempt.Method.LINK, SignInAttempt.Outcome.REFUSED));
    }

    /** Ends the mentor's session, as when their invitation is revoked. */
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        sessions.saveContext(empty, request, response);
    }
}
