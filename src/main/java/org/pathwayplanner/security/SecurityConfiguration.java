package org.pathwayplanner.security;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.pathwayplanner.people.Accounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four doors, each matched on the request's path within the application whichever servlet serves it. Spring
 * Security's string matchers ({@code securityMatcher("/engine-rest/**")}) become Spring MVC matchers when MVC is
 * present, and those match only what the DispatcherServlet serves: requests for Camunda's own servlets (its REST
 * API's Jersey servlet, Cockpit's API under {@code /camunda/api/**}) slipped past their chain into the pages' chain,
 * where any signed-in session was enough. Every matcher here is a {@link PathPatternRequestMatcher} instead.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Every password check, by form or HTTP Basic, goes through the throttle and into the audit. */
    @Bean
    AuthenticationManager authenticationManager(ThrottledSignIn signIn) {
        return new ProviderManager(signIn);
    }

    /**
     * The pages' Content-Security-Policy: scripts, styles, fonts and images only from the application itself (no
     * inline script, no style attribute, no handler attribute), no plugins, forms posted only to the application,
     * and no framing. Camunda's webapps under {@code /camunda/**} send their own policy.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** JSON is never a page: nothing in it may run or be framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    static RequestMatcher[] paths(String... patterns) {
        RequestMatcher[] matchers = new RequestMatcher[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            matchers[i] = path(patterns[i]);
        }
        return matchers;
    }

    /**
     * The JSON API: stateless HTTP Basic on the same accounts, or an administrator's personal API token; 401 (429
     * while locked out) instead of a login redirect.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIn, ApiTokens tokens, Accounts accounts,
            SignInAudit audit, Clock clock) throws Exception {
        SignInRefusal refusal = new SignInRefusal();
        return http.securityMatcher(path("/api/**"))
                .addFilterBefore(new ApiTokenSignIn(tokens, accounts, audit, clock), BasicAuthenticationFilter.class)
                .authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/api/admin/**", "/api/rules/**")).hasRole("ADMIN")
                        // signed credentials (issue 18): whoever holds a credential may check it; no record is read
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(org.springframework.http.HttpMethod.POST, "/api/credentials/verify")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusal)
                        .authenticationDetailsSource(SignInDetails.by(SignInAttempt.Method.BASIC)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic-authenticated calls carry no session cookie to forge.
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusal))
                .build();
    }

    /**
     * Camunda's REST API is not served (the application does not use it; see docs/architecture.md), and this chain
     * keeps the door shut should it come back on the classpath: a session cookie is never read here, anonymous
     * callers get 401, HTTP Basic credentials of anyone but an administrator 403, and an administrator finds nothing.
     */
    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager signIn) throws Exception {
        SignInRefusal refusal = new SignInRefusal();
        return http.securityMatcher(path("/engine-rest/**"))
                .authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(refusal)
                        .authenticationDetailsSource(SignInDetails.by(SignInAttempt.Method.BASIC)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(refusal))
                .build();
    }

    /**
     * Camunda's own webapps (Cockpit, Tasklist and their API under {@code /camunda/api/**}): administrators only, on
     * the signed-in session and nothing else. Camunda has its own CSRF filter. A browser without a session is sent to
     * the login page; any other client gets 401.
     */
    @Bean
    @Order(3)
    SecurityFilterChain camunda(HttpSecurity http) throws Exception {
        MediaTypeRequestMatcher pages = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        pages.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), pages)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                request -> true))
                .build();
    }

    /**
     * The pages: form login with CSRF, each role on its own area; and sign-in with the district's accounts when the
     * operator has configured OpenID Connect providers ({@code spring.security.oauth2.client.registration.*}).
     */
    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIn, ThrottledSignIn passwords,
            ObjectProvider<ClientRegistrationRepository> providers, DistrictIdentities identities,
            DistrictSignIn districtSignIn) throws Exception {
        AuthenticationManager ways = signIn;
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(sso -> sso.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(identities))
                    .successHandler(districtSignIn)
                    .failureHandler(districtSignIn));
            // the chain's own manager must also know the provider's codes, or they find no one to check them
            ways = new ProviderManager(passwords, new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), identities));
        }
        return http
                .authenticationManager(ways)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/login", "/sign-in/link", "/sign-in/email-link", "/set-password",
                                "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error", "/v3/api-docs/**", "/api-docs-ui/**", "/swagger-ui/**")).permitAll()
                        // the district's framework published as CASE 1.1: public, read-only, no student data
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(org.springframework.http.HttpMethod.GET, "/ims/case/v1p1/**")).permitAll()
                        // signed credentials (issue 18): the verification page (its form keeps CSRF) and the district's
                        // public keys as did:web resolves them; neither reads a student record
                        .requestMatchers(path("/verify")).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(org.springframework.http.HttpMethod.GET, "/.well-known/did.json")).permitAll()
                        // a released transcript's recipient (issue 18): the e-mailed link is the credential, GET only
                        .requestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(org.springframework.http.HttpMethod.GET, "/released/**")).permitAll()
                        .requestMatchers(path("/student/**")).hasRole("STUDENT")
                        // an administrator corrects evidence too (the evidence feature's policy decides which)
                        .requestMatchers(path("/teacher/evidence/*/correct")).hasAnyRole("TEACHER", "ADMIN")
                        .requestMatchers(path("/teacher/**")).hasRole("TEACHER")
                        .requestMatchers(path("/counselor/**")).hasRole("COUNSELOR")
                        .requestMatchers(path("/guardian/**")).hasRole("GUARDIAN")
                        .requestMatchers(path("/admin/**")).hasRole("ADMIN")
                        .requestMatchers(path("/tasks/**")).hasAnyRole("TEACHER", "COUNSELOR", "GUARDIAN", "ADMIN")
                        .requestMatchers(path("/students/**")).hasAnyRole("TEACHER", "COUNSELOR", "GUARDIAN", "ADMIN")
                        .requestMatchers(path("/transcripts/**")).hasAnyRole("COUNSELOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll()
                        .failureHandler(passwordRefusals())
                        .authenticationDetailsSource(SignInDetails.by(SignInAttempt.Method.FORM)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(e -> e.accessDeniedPage("/error/403"))
                .build();
    }

    // ------------------------------------------------------------------ operations: health and metrics (issue 17)

    /**
     * Spring Boot Actuator under {@code /actuator/**}, the whole space in one chain so that an endpoint that is not
     * exposed answers the same as one that is refused. The health probes ({@code /actuator/health},
     * {@code /actuator/health/liveness}, {@code /actuator/health/readiness}) answer anyone, for a load balancer, with
     * the status alone; everything else (metrics, Prometheus, info) is for administrators, by their session, HTTP
     * Basic or an API token, as the administrators' API. A scrape never makes a session (Basic and tokens are kept
     * for the request only; no request is saved for after a login), and a session only shows the health details to
     * an administrator ({@code management.endpoint.health.roles}). Only GET endpoints are exposed; CSRF stays on as on
     * the pages, since a session is accepted here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, AuthenticationManager signIn, ApiTokens tokens, Accounts accounts,
            SignInAudit audit, Clock clock) throws Exception {
        SignInRefusal refusal = new SignInRefusal();
        return http.securityMatcher(path("/actuator/**"))
                .addFilterBefore(new ApiTokenSignIn(tokens, accounts, audit, clock), BasicAuthenticationFilter.class)
                .authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(
                                org.springframework.http.HttpMethod.GET, "/actuator/health")).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(
                                org.springframework.http.HttpMethod.GET, "/actuator/health/liveness")).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(
                                org.springframework.http.HttpMethod.GET, "/actuator/health/readiness")).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(refusal)
                        .authenticationDetailsSource(SignInDetails.by(SignInAttempt.Method.BASIC)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusal))
                .build();
    }

    // ------------------------------------------------------------------ mentors: their own door (issue 19)

    /**
     * The mentors' pages under {@code /mentor/**}: a mentor enters by a one-time link of their invitation
     * ({@code /mentor/link}) and gets a session of their own ({@link MentorSessions}), read only here; a district
     * account's session is nobody here, and a mentor's is nobody anywhere else. Without a mentor session the answer is
     * 401 with the page that tells a mentor how to get a new link. CSRF stays on.
     */
    @Bean
    @Order(3)
    SecurityFilterChain mentors(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/mentor/**"))
                .securityContext(c -> c.securityContextRepository(MentorSessions.repository()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/mentor/link", "/mentor/ended")).permitAll()
                        .anyRequest().hasRole(MentorSessions.ROLE))
                .logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(org.springframework.http.HttpMethod.POST, "/mentor/sign-out"))
                        .logoutSuccessUrl("/mentor/link?signedOut"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, refused) -> {
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                    request.getRequestDispatcher("/mentor/ended").forward(request, response);
                }).accessDeniedPage("/error/403"))
                .build();
    }

    /** A password refused because the role signs in with the district's account says so on the login page. */
    private static AuthenticationFailureHandler passwordRefusals() {
        ExceptionMappingAuthenticationFailureHandler refusals = new ExceptionMappingAuthenticationFailureHandler();
        refusals.setDefaultFailureUrl("/login?error");
        refusals.setExceptionMappings(Map.of(PasswordSignInClosed.class.getName(), "/login?error=sso-only"));
        return refusals;
    }
}
