package org.pathwayplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An administrator signed in to Pathway Planner opens Cockpit and Tasklist without a second
 * login: Camunda's webapps take the user from Spring Security (which already let only ADMIN
 * through to {@code /camunda/**}) and treat them as a member of {@code camunda-admin}.
 */
@Configuration
class CamundaSingleSignOn {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", SignedInAdministrator.class.getName());
        registration.addUrlPatterns("/camunda/*");
        return registration;
    }

    /** Instantiated by Camunda's filter by class name, hence public with a no-argument constructor. */
    public static class SignedInAdministrator implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Principal principal = request.getUserPrincipal();
            if (principal == null || !request.isUserInRole("ADMIN")) {
                return AuthenticationResult.unsuccessful();
            }
            ensureCamundaUser(engine.getIdentityService(), principal.getName());
            AuthenticationResult result = AuthenticationResult.successful(principal.getName());
            result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
            return result;
        }

        /**
         * Camunda's webapps only accept users its identity service knows: an administrator of
         * Pathway Planner gets one on first visit, with an unusable random password (login is ours).
         */
        private static synchronized void ensureCamundaUser(IdentityService identity, String username) {
            if (identity.createUserQuery().userId(username).count() > 0) {
                return;
            }
            User user = identity.newUser(username);
            user.setPassword(UUID.randomUUID().toString() + UUID.randomUUID());
            identity.saveUser(user);
            if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
                Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
                group.setName("Camunda administrators");
                group.setType("SYSTEM");
                identity.saveGroup(group);
            }
            identity.createMembership(username, CAMUNDA_ADMIN_GROUP);
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security already challenged the request before it reached Camunda.
        }
    }
}
