package org.pathwayplanner.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The person behind a request: account name, display name and the one role they act in. */
public record SignedInUser(String username, String displayName, String role, String passwordHash, boolean enabled)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean hasRole(String name) {
        return role.equals(name);
    }

    /** The password hash never leaves the authentication step, not even into a log line. */
    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
