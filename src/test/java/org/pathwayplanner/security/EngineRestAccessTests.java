package org.pathwayplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwayplanner.PlannerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's REST API is not part of Pathway Planner: nothing in the application calls it, and whoever can
 * deploy a BPMN through it can run code on the server. Over real HTTP (Camunda's servlets are behind Tomcat,
 * out of MockMvc's reach): no session cookie ever reaches {@code /engine-rest/**}, anonymous callers get 401,
 * other roles 403, and an administrator's Basic credentials find nothing served there (404). Cockpit, which
 * has its own API under {@code /camunda/api/**}, stays open to a signed-in administrator and only to them.
 */
@PlannerTest
class EngineRestAccessTests {

    private static final String DEPLOYMENT = "{\"deployment-name\":\"x\"}";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/engine",
            "/engine-rest/deployment", "/engine-rest/"})
    void givenNoCredentialsWhenCallingEngineRestThenUnauthorized(String path) {
        assertThat(new Visitor(port).get(path).statusCode()).isEqualTo(401);
    }

    @Test
    void givenAStudentsSessionWithItsCsrfTokenWhenCallingEngineRestThenUnauthorizedAndNothingIsChanged() {
        Visitor student = new Visitor(port).signIn("student1", "demo");

        assertThat(student.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(student.postJson("/engine-rest/task/any/complete", "{\"variables\":{}}").statusCode()).isEqualTo(401);
        assertThat(student.postJson("/engine-rest/deployment/create", DEPLOYMENT).statusCode()).isEqualTo(401);
    }

    @Test
    void givenAnAdministratorsSessionWhenCallingEngineRestThenUnauthorized() {
        Visitor admin = new Visitor(port).signIn("admin", "demo");

        assertThat(admin.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(admin.postJson("/engine-rest/deployment/create", DEPLOYMENT).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"student1", "teacher.math", "counselor1", "guardian1"})
    void givenBasicCredentialsOfAnotherRoleWhenCallingEngineRestThenForbidden(String username) {
        HttpResponse<String> answer = new Visitor(port).get("/engine-rest/task",
                "Authorization", Visitor.basic(username, "demo"));

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void givenAnAdministratorsBasicCredentialsWhenCallingEngineRestThenNothingIsServedThere() {
        Visitor curl = new Visitor(port);

        assertThat(curl.get("/engine-rest/task", "Authorization", Visitor.basic("admin", "demo")).statusCode())
                .isEqualTo(404);
        assertThat(curl.send(curl.request("/engine-rest/deployment/create")
                        .header("Authorization", Visitor.basic("admin", "demo"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(DEPLOYMENT))).statusCode())
                .isEqualTo(404);
        assertThat(curl.get("/engine-rest/task", "Authorization", Visitor.basic("admin", "wrong")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void givenASignedInAdministratorWhenOpeningCockpitThenItsPageAndApiAnswer() {
        Visitor admin = new Visitor(port).signIn("admin", "demo");

        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).contains("<html").containsIgnoringCase("cockpit");
        assertThat(admin.get("/camunda/api/engine/engine/", "Accept", "application/json").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"student1", "teacher.math", "counselor1", "guardian1"})
    void givenAnotherRolesSessionWhenOpeningCockpitOrItsApiThenForbidden(String username) {
        Visitor someone = new Visitor(port).signIn(username, "demo");

        assertThat(someone.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(someone.get("/camunda/api/engine/engine/default/task", "Accept", "application/json").statusCode())
                .isEqualTo(403);
        assertThat(someone.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                "Accept", "application/json").statusCode()).isEqualTo(403);
    }

    @Test
    void givenNoSessionWhenCallingCockpitsApiThenUnauthorized() {
        assertThat(new Visitor(port).get("/camunda/api/engine/engine/default/task", "Accept", "application/json")
                .statusCode()).isEqualTo(401);
    }
}
