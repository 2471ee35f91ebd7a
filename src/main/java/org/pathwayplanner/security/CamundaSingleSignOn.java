package org.pathwayplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
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
            AuthenticationResult result = AuthenticationResult.successful(principal.getName());
            result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security already challenged the request before it reached Camunda.
        }
    }
}
