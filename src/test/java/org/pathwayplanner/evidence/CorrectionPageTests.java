package org.pathwayplanner.evidence;

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
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class CorrectionPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    EvidenceHistory history;

    @Test
    void aTeacherCorrectsAnEntryAndTheOriginalStaysInTheHistory() throws Exception {
        long student = people.studentOfAccount("student1").orElseThrow().id();
        var original = history.historyOf(student).stream().filter(e -> !e.isSuperseded()).findFirst().orElseThrow();
        var score = original.scores().get(0);
        String key = score.objectiveId() != null ? "o" + score.objectiveId() : "c" + score.competencyId();
        int newLevel = score.level() == 4 ? 3 : score.level() + 1;

        mvc.perform(get("/teacher/evidence/{id}/correct", original.id()).with(user(accounts.loadUserByUsername("teacher.math"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(original.title())));
        mvc.perform(post("/teacher/evidence/{id}/correct", original.id()).with(user(accounts.loadUserByUsername("teacher.math")))
                        .with(csrf()).param("level-" + key, String.valueOf(newLevel)).param("comment", "Rescored after moderation"))
                .andExpect(status().is3xxRedirection());

        var after = history.historyOf(student);
        assertThat(after).filteredOn(e -> e.id() == original.id()).singleElement()
                .satisfies(e -> assertThat(e.isSuperseded()).isTrue());
        assertThat(after).filteredOn(e -> original.id() == (e.supersedesId() == null ? -1 : e.supersedesId()))
                .singleElement().satisfies(e -> {
                    assertThat(e.comment()).isEqualTo("Rescored after moderation");
                    assertThat(e.scores().get(0).level()).isEqualTo(newLevel);
                });
    }

    @Test
    void aCorrectionNeedsAReasonAndATeacherOfTheStudent() throws Exception {
        long student = people.studentOfAccount("student1").orElseThrow().id();
        var original = history.historyOf(student).stream().filter(e -> !e.isSuperseded()).findFirst().orElseThrow();

        mvc.perform(post("/teacher/evidence/{id}/correct", original.id()).with(user(accounts.loadUserByUsername("teacher.math")))
                        .with(csrf()).param("comment", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say why the evidence is corrected")));
        mvc.perform(get("/teacher/evidence/{id}/correct", original.id()).with(user(accounts.loadUserByUsername("teacher.math2"))))
                .andExpect(status().isForbidden());
    }
}
