package org.pathwayplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing passwords is slowed down by the form and by HTTP Basic alike. Each test comes from its own address
 * (documentation range) and uses its own usernames, so the rest of the suite (all from 127.0.0.1) is never locked.
 */
@PlannerTest
class SignInThrottleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void liftTheLockouts() {
        throttle.forget("student7");
        throttle.forget("student8");
    }

    @Test
    void givenFiveWrongPasswordsOnTheFormWhenTheRightOneIsTriedThenItIsRefusedLikeAWrongOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("student7", "guess" + i, "198.51.100.11")).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(login("student7", "demo", "198.51.100.11")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("student7", "demo", "198.51.100.12")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void givenAUsernameWithoutAnAccountThenItIsLockedOutTheSameWay() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("nobody.by.that.name", "guess" + i, "198.51.100.21")).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(login("nobody.by.that.name", "demo", "198.51.100.21")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/students/1/progress").with(httpBasic("nobody.by.that.name", "demo")).with(from("198.51.100.22")))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void givenWrongBasicCredentialsThenTheApiAnswers401AndOnceLockedOut429WithRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/pathways/mine").with(httpBasic("student8", "guess" + i)).with(from("198.51.100.31")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
        }

        mvc.perform(get("/api/pathways/mine").with(httpBasic("student8", "demo")).with(from("198.51.100.31")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"));
        mvc.perform(login("student8", "demo", "198.51.100.32")).andExpect(redirectedUrl("/login?error"));

        throttle.forget("student8");
        mvc.perform(get("/api/pathways/mine").with(httpBasic("student8", "demo")).with(from("198.51.100.31")))
                .andExpect(status().isOk());
    }

    @Test
    void givenFailedAndSuccessfulSignInsThenAdministratorsReadThemWithUsernameAddressAndOutcome() throws Exception {
        mvc.perform(login("someone.typed.this", "guess", "198.51.100.41")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("teacher.math", "demo", "198.51.100.42")).andExpect(redirectedUrl("/"));

        String page = mvc.perform(get("/admin/sign-ins").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("someone.typed.this").contains("198.51.100.41").contains("Refused")
                .contains("teacher.math").contains("198.51.100.42").contains("Signed in").contains("Login form");

        mvc.perform(get("/admin/sign-ins").with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLoginPageSaysOneThingForEveryFailureInEachLanguage() throws Exception {
        String english = mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
        String spanish = mvc.perform(get("/login").param("error", "").param("lang", "es"))
                .andReturn().getResponse().getContentAsString();

        assertThat(english).contains("Sign-in failed. Check the username and password")
                .doesNotContain("Wrong username").doesNotContain("locked");
        assertThat(spanish).contains("No se pudo iniciar sesión");
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
