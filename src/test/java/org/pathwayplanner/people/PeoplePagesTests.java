package org.pathwayplanner.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class PeoplePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;

    @Test
    void anAdministratorFindsAStudentAndMovesThemToAnotherCaseload() throws Exception {
        var student = people.caseloadOf("counselor2").get(0);
        long counselor1 = people.staffOfAccount("counselor1").orElseThrow().id();

        mvc.perform(get("/admin/people").param("find", student.studentNumber()).with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(student.fullName())));
        mvc.perform(post("/admin/people/{id}/counselor", student.id()).param("counselorId", String.valueOf(counselor1))
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(people.caseloadOf("counselor1")).extracting(PeopleViews.StudentView::id).contains(student.id());
        assertThat(people.caseloadOf("counselor2")).extracting(PeopleViews.StudentView::id).doesNotContain(student.id());
    }

    @Test
    void onlyAnAdministratorAssignsCaseloads() throws Exception {
        mvc.perform(get("/admin/people").with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isForbidden());
    }
}
