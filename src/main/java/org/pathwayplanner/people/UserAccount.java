package org.pathwayplanner.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A login: username, BCrypt password hash and the one role it acts in. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    private boolean enabled;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Role role) {
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw new IllegalArgumentException("An account stores a BCrypt hash, never a plain password");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
