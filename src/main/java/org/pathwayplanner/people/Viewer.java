package org.pathwayplanner.people;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is asking, and in which role: what access checks need to know about the signed-in user. */
public record Viewer(String username, Role role) {

    public static Viewer of(Authentication authentication) {
        Role role = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> Role.valueOf(a.substring(5)))
                .findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No role"));
        return new Viewer(authentication.getName(), role);
    }
}
