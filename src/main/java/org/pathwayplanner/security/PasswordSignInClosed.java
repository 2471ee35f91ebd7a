package org.pathwayplanner.security;

import org.springframework.security.core.AuthenticationException;

/** The account's role signs in with the district's account only ({@code pathway-planner.sign-in.methods.password-roles}). */
class PasswordSignInClosed extends AuthenticationException {

    PasswordSignInClosed(String role) {
        super("Password sign-in is closed for the role " + role + ": sign in with the district's account");
    }
}
