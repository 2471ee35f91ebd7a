package org.pathwayplanner.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Earlier versions had Camunda create its own user {@code camunda-admin} with the password {@code camunda-admin}
 * unless an operator set another one. No such user is created any more (administrators reach Cockpit through
 * their Pathway Planner session, {@link CamundaSingleSignOn}); on every start a database that still has it with
 * that well-known password loses it. A {@code camunda-admin} user with any other password is left alone.
 */
@Component
class WellKnownCamundaAdmin {

    static final String USER = "camunda-admin";
    static final String WELL_KNOWN_PASSWORD = "camunda-admin";

    private final IdentityService identity;

    WellKnownCamundaAdmin(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeIfItsPasswordIsTheWellKnownOne() {
        if (identity.createUserQuery().userId(USER).count() > 0 && identity.checkPassword(USER, WELL_KNOWN_PASSWORD)) {
            identity.deleteUser(USER);
        }
    }
}
