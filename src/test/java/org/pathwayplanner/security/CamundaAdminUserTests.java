package org.pathwayplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda's own administrator with its well-known password does not exist, on a new database or an old one. */
@PlannerTest
class CamundaAdminUserTests {

    @Autowired
    IdentityService identity;

    @Test
    void givenAStartedApplicationThenNoCamundaAdminSignsInWithTheWellKnownPassword() {
        assertThat(identity.checkPassword("camunda-admin", "camunda-admin")).isFalse();
        assertThat(identity.createUserQuery().userId("camunda-admin").count()).isZero();
    }

    @Test
    void givenAnOlderDatabaseWithTheWellKnownAdminWhenTheApplicationStartsThenThatUserIsRemoved() {
        saveUser("camunda-admin", "camunda-admin");

        new WellKnownCamundaAdmin(identity).removeIfItsPasswordIsTheWellKnownOne();

        assertThat(identity.createUserQuery().userId("camunda-admin").count()).isZero();
    }

    @Test
    void givenACamundaAdminWithAPasswordTheOperatorChoseThenItIsLeftAlone() {
        saveUser("camunda-admin", "a long password the operator chose");
        try {
            new WellKnownCamundaAdmin(identity).removeIfItsPasswordIsTheWellKnownOne();

            assertThat(identity.createUserQuery().userId("camunda-admin").count()).isEqualTo(1);
        } finally {
            identity.deleteUser("camunda-admin");
        }
    }

    private void saveUser(String id, String password) {
        User user = identity.newUser(id);
        user.setPassword(password);
        identity.saveUser(user);
    }
}
