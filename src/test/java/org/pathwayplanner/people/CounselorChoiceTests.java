package org.pathwayplanner.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Choosing a student's counselor on a page of its own: the people page links to it from each student found (no list
 * of every counselor beside each), the page lists the counselors with the student's school's first, and a choice that
 * names no counselor is answered with the form and its error.
 */
@PlannerTest
class CounselorChoiceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    PeopleRegistry registry;

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFoundStudentsLinkToTheirCounselorsPageInsteadOfListingEveryCounselor() throws Exception {
        var student = people.caseloadOf("counselor2").get(0);

        String found = page("/admin/people?find=" + student.studentNumber());

        assertThat(found).contains("/admin/people/students/" + student.id() + "/counselor?find=" + student.studentNumber())
                .doesNotContain("name=\"counselorId\"");
    }

    @Test
    void theCounselorsOfTheStudentsSchoolComeFirstWithTheirCaseloads() throws Exception {
        var student = people.caseloadOf("counselor2").get(0);
        var loads = people.counselorLoads();

        String choice = page("/admin/people/students/" + student.id() + "/counselor");

        assertThat(choice).contains(student.fullName()).contains("now with " + student.counselorName());
        loads.forEach(c -> assertThat(choice).contains(c.name() + " · " + (c.schoolName() == null ? "—" : c.schoolName())
                + " · " + c.caseload() + " students"));
        int lastOfSchool = loads.stream().filter(c -> student.schoolName().equals(c.schoolName()))
                .mapToInt(c -> choice.indexOf("value=\"" + c.id() + "\"")).max().orElseThrow();
        int firstElsewhere = loads.stream().filter(c -> !student.schoolName().equals(c.schoolName()))
                .mapToInt(c -> choice.indexOf("value=\"" + c.id() + "\"")).min().orElse(Integer.MAX_VALUE);
        assertThat(lastOfSchool).isLessThan(firstElsewhere);
        assertThat(choice).containsPattern("value=\"" + student.counselorId() + "\"\\s+checked");
    }

    @Test
    void anAdministratorMovesAStudentAndReturnsToTheirSearch() throws Exception {
        var student = people.caseloadOf("counselor2").get(1);
        long counselor1 = people.staffOfAccount("counselor1").orElseThrow().id();

        mvc.perform(post("/admin/people/students/{id}/counselor", student.id()).param("counselorId", String.valueOf(counselor1))
                        .param("find", student.studentNumber())
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/admin/people?find=" + student.studentNumber()));

        assertThat(people.counselorUsernameOf(student.id())).contains("counselor1");
        registry.assignCounselor(student.id(), people.staffOfAccount("counselor2").orElseThrow().id());   // as it was
    }

    @Test
    void aChoiceThatNamesNoCounselorIsAnsweredWithTheFormAndItsErrorAndChangesNothing() throws Exception {
        var student = people.caseloadOf("counselor2").get(0);
        long teacher = people.staffOfAccount("teacher.math").orElseThrow().id();

        for (String bad : new String[] {"", "abc", String.valueOf(teacher), "987654321"}) {
            String answer = mvc.perform(post("/admin/people/students/{id}/counselor", student.id()).param("counselorId", bad)
                            .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

            assertThat(answer).as(bad).contains("id=\"counselor-error\"").contains("Choose one of the counselors.")
                    .contains("aria-invalid=\"true\"");
        }
        assertThat(people.counselorUsernameOf(student.id())).contains("counselor2");
    }

    @Test
    void onlyAnAdministratorChoosesACounselor() throws Exception {
        var student = people.caseloadOf("counselor1").get(0);
        long counselor2 = people.staffOfAccount("counselor2").orElseThrow().id();
        for (String other : new String[] {"counselor1", "teacher.math", "student1", "guardian1"}) {
            mvc.perform(get("/admin/people/students/{id}/counselor", student.id())
                    .with(user(accounts.loadUserByUsername(other)))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/people/students/{id}/counselor", student.id()).param("counselorId", String.valueOf(counselor2))
                    .with(user(accounts.loadUserByUsername(other))).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(people.counselorUsernameOf(student.id())).contains("counselor1");
        mvc.perform(post("/admin/people/students/{id}/counselor", student.id()).param("counselorId", String.valueOf(counselor2))
                .with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isForbidden());   // no CSRF token
    }
}
