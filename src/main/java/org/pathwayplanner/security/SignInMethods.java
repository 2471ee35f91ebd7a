package org.pathwayplanner.security;

import java.util.Set;
import org.pathwayplanner.people.Accounts.IdentityKey;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which ways in are open ({@code pathway-planner.sign-in.methods.*}, see docs/operations.md). The district's OpenID
 * Connect providers themselves are Spring Boot's {@code spring.security.oauth2.client.registration.*}.
 *
 * @param passwordRoles  the roles that may still sign in with a local password, by form or HTTP Basic (all of them
 *                       by default; e.g. {@code STUDENT,GUARDIAN} makes staff sign in with the district's accounts
 *                       only, and their scripts use API tokens)
 * @param identityClaim  the claim of the district's ID token that names the person ({@code email} by default;
 *                       {@code preferred_username} or a custom claim carrying the roster's sourcedId)
 * @param identityKey    what that claim is compared with: the account's e-mail, its username, or the roster's
 *                       sourcedId
 */
@ConfigurationProperties("pathway-planner.sign-in.methods")
record SignInMethods(
        @DefaultValue({"STUDENT", "GUARDIAN", "TEACHER", "COUNSELOR", "ADMIN"}) Set<String> passwordRoles,
        @DefaultValue("email") String identityClaim,
        @DefaultValue("EMAIL") IdentityKey identityKey) {

    boolean passwordAllowedFor(String role) {
        return passwordRoles.contains(role);
    }
}
