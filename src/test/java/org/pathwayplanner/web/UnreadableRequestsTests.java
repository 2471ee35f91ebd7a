package org.pathwayplanner.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A page request the application cannot read gets the translated 400 page, not a server error. */
@PlannerTest
class UnreadableRequestsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aPlainFormWhereAFileUploadBelongsGetsTheBadRequestPage() throws Exception {
        mvc.perform(post("/admin/rules/upload").with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("file=rules.drl"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error"));
    }
}
