package org.pathwayplanner.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class RoleAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @ParameterizedTest
    @CsvSource({"student1, /student", "teacher.math, /teacher", "counselor1, /counselor", "guardian1, /guardian",
            "admin, /admin"})
    void afterLoginEachRoleLandsOnItsOwnPage(String username, String landingPage) throws Exception {
        mvc.perform(formLogin("/login").user(username).password("demo"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").with(user(accounts.loadUserByUsername(username))))
                .andExpect(redirectedUrl(landingPage));
    }

    @ParameterizedTest
    @CsvSource({"student1, /student, Hello", "teacher.math, /teacher, Mathematics 9",
            "counselor1, /counselor, students on your caseload", "guardian1, /guardian, Counselor: Maria Delgado",
            "admin, /admin, graduation competencies"})
    void eachLandingPageShowsTheUserRoleAndRealData(String username, String page, String realData) throws Exception {
        var signedIn = (SignedInUser) accounts.loadUserByUsername(username);
        mvc.perform(get(page).with(user(signedIn)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(signedIn.displayName())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(realData)));
    }

    @ParameterizedTest
    @CsvSource({"student1, /teacher", "student1, /admin", "teacher.math, /counselor", "counselor1, /student",
            "guardian1, /teacher", "admin, /student"})
    void anotherRolesPageIsForbidden(String username, String page) throws Exception {
        mvc.perform(get(page).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/error/403"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("student1").password("guess"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anonymousPagesRedirectToLogin() throws Exception {
        for (String page : List.of("/", "/student", "/student/map", "/student/pathways", "/teacher", "/counselor",
                "/guardian", "/admin", "/admin/rules", "/admin/framework", "/admin/credits", "/admin/people", "/tasks",
                "/students/1")) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        }
    }

    @Test
    void anonymousApiCallsGet401() throws Exception {
        for (String api : List.of("/api/students/1/progress", "/api/students/1/audit", "/api/students/1/flags",
                "/api/pathways/mine", "/api/pathways/tasks", "/api/rules/versions")) {
            mvc.perform(get(api)).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void camundaWebappsAndRestAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/engine-rest/process-definition").with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isForbidden());
        // MockMvc has no Camunda REST servlet behind the filters: passing security shows as 404, not 403.
        mvc.perform(get("/engine-rest/process-definition").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
    }

    @Test
    void camundaRestAnswersAnonymousCallsWith401AndTakesBasicCredentialsOfAnAdministratorOnly() throws Exception {
        mvc.perform(get("/engine-rest/process-definition")).andExpect(status().isUnauthorized());
        mvc.perform(post("/engine-rest/process-definition/key/pathway-proposal/start").contentType("application/json")
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/process-definition").with(httpBasic("counselor1", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/process-definition").with(httpBasic("admin", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/process-definition").with(httpBasic("admin", "demo")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
    }

    @Test
    void anAdministratorsSessionCookieAloneCannotCallCamundaRest() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password("demo"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        // the session is a real signed-in administrator's: the pages accept it
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

        mvc.perform(post("/engine-rest/process-definition/key/pathway-proposal/start").session(session)
                        .contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/task").session(session)).andExpect(status().isUnauthorized());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void camundaCockpitIsForAdministratorsOnly() throws Exception {
        for (String notAdmin : new String[] {"student1", "teacher.math", "counselor1", "guardian1"}) {
            mvc.perform(get("/camunda/app/cockpit/default/").with(user(accounts.loadUserByUsername(notAdmin))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/camunda/app/cockpit/default/").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
        mvc.perform(get("/camunda/app/cockpit/default/")).andExpect(status().isUnauthorized());
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/student/pathways/1/withdraw").param("reason", "no token")
                        .with(user(accounts.loadUserByUsername("student1"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/rules/files/{file}", "mastery.drl").param("action", "validate").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRecordThatDoesNotExistShowsTheFriendlyNotFoundPage() throws Exception {
        mvc.perform(get("/students/{id}", 987_654_321L).with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")));
        mvc.perform(get("/student/competencies/{id}", 987_654_321L).with(user(accounts.loadUserByUsername("student1"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")));
    }

    @Test
    void theForbiddenPageExplainsItselfKindly() throws Exception {
        mvc.perform(get("/error/403").with(user(accounts.loadUserByUsername("student1"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Not yours to see")));
    }
}
