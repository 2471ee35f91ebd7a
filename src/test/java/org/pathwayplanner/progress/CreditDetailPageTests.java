package org.pathwayplanner.progress;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.pathwayplanner.web.ReadableDates;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The student's dashboard and transcript show each credit award: when, for what, which competencies, and why. */
@PlannerTest
class CreditDetailPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    StudentProgress progress;
    @Autowired
    PeopleDirectory people;

    @Test
    void theDashboardListsEveryCreditAwardWithItsDateWhatEarnedItAndWhy() throws Exception {
        var view = progress.progressOf(people.studentOfAccount("student.senior").orElseThrow().id());
        var first = view.credits().get(0);

        mvc.perform(get("/student").with(user(accounts.loadUserByUsername("student.senior"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Credits awarded")))
                .andExpect(content().string(containsString("data-award=\"" + first.id() + "\"")))
                .andExpect(content().string(containsString(ReadableDates.date(first.awardedOn(), java.util.Locale.ENGLISH))))
                .andExpect(content().string(containsString(first.bundleName())))
                .andExpect(content().string(containsString(first.why().reason())));
    }

    @Test
    void theTranscriptShowsTheSameCreditDetail() throws Exception {
        var view = progress.progressOf(people.studentOfAccount("student.senior").orElseThrow().id());

        mvc.perform(get("/student/transcript").with(user(accounts.loadUserByUsername("student.senior"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"credit-awards\"")))
                .andExpect(content().string(containsString("data-award=\"" + view.credits().get(0).id() + "\"")));
    }

    @Test
    void theDashboardInSpanishNamesTheCreditDetailInSpanish() throws Exception {
        mvc.perform(get("/student").param("lang", "es")
                        .with(user(accounts.loadUserByUsername("student.senior"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Créditos otorgados")));
    }
}
