package org.pathwayplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.pathwayplanner.people.Accounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's second way in: {@code Authorization: Bearer ppt_…}. A live token of an enabled administrator's account
 * signs the call in as that administrator; anything else that looks like a token is refused with 401 at once (it
 * does not fall through to anonymous). Every use goes into the sign-in audit.
 */
class ApiTokenSignIn extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final SignInAudit audit;
    private final Clock clock;
    private final SignInRefusal refusal = new SignInRefusal();

    ApiTokenSignIn(ApiTokens tokens, Accounts accounts, SignInAudit audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInUser> user = tokens.owner(header.substring(BEARER.length()).trim())
                .flatMap(accounts::account)
                .filter(a -> a.enabled() && "ADMIN".equals(a.role()))
                .map(a -> new SignedInUser(a.username(), a.displayName(), a.role(), a.passwordHash(), true));
        audit.record(new SignInAttempt(clock.instant(), user.map(SignedInUser::username).orElse("(token)"),
                request.getRemoteAddr(), SignInAttempt.Method.TOKEN,
                user.isPresent() ? SignInAttempt.Outcome.SIGNED_IN : SignInAttempt.Outcome.REFUSED));
        if (user.isEmpty()) {
            refusal.commence(request, response, new SignInRefusal.UnknownApiToken());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
