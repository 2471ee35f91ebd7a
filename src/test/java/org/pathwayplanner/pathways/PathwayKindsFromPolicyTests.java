package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.policy.RulePublisher;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.PathwayKinds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The kinds of pathway are the policy's: an administrator adds one, students' proposal form offers it, its limits apply. */
@PlannerTest
class PathwayKindsFromPolicyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    RulePublisher publisher;
    @Autowired
    PathwayKinds kinds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    PathwayService pathways;

    PathwayFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
    }

    @Test
    void theProposalFormOffersTheKindsOfThePolicyInUse() throws Exception {
        Proposer p = fixtures.aHighSchoolStudent();

        mvc.perform(get("/student/pathways/new").with(user(accounts.loadUserByUsername(p.student().username()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"INTERNSHIP\">Internship</option>")))
                .andExpect(content().string(not(containsString("SUMMER_BRIDGE"))));
        assertThat(kinds.offered()).hasSize(7);
    }

    @Test
    void aKindAddedInThePolicyIsOfferedAndItsLimitsApplyAndAnUnknownOneIsRefusedBesideTheField() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        Map<String, String> draft = new HashMap<>(publisher.activeVersion().getFiles());
        draft.put("policy.json", draft.get("policy.json").replace("\"kinds\" : [ {", """
                "kinds" : [ { "code" : "SUMMER_BRIDGE", "name" : "Summer bridge", "hoursPerCredit" : 30,
                  "maxCredits" : 0.5, "fromGrade" : 8, "fromAge" : 13 }, {"""));
        publisher.publish("admin", draft, "Summer bridge programme").recomputed().get(2, TimeUnit.MINUTES);
        try {
            Proposer p = fixtures.aHighSchoolStudent();
            var student = user(accounts.loadUserByUsername(p.student().username()));

            mvc.perform(get("/student/pathways/new").with(student))
                    .andExpect(content().string(containsString("<option value=\"SUMMER_BRIDGE\">Summer bridge</option>")));
            mvc.perform(proposal("ROCKET_SCIENCE", p).with(student).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("The district&#39;s policy offers no kind of pathway ROCKET_SCIENCE")));
            var bridge = pathways.draft(p.viewer(), new ProposalRequest(PathwayType.of("SUMMER_BRIDGE"), "Bridge", null,
                    "Community college", null, null, LocalDate.now().plusDays(7), LocalDate.now().plusDays(60),
                    java.math.BigDecimal.valueOf(15), false, "Projects", new java.math.BigDecimal("0.5"), "STEM",
                    java.util.List.of(p.target().id())));
            assertThat(bridge.type()).isEqualTo("SUMMER_BRIDGE");
            assertThat(kinds.nameOf("SUMMER_BRIDGE")).isEqualTo("Summer bridge");
        } finally {
            publisher.rollback("admin", original, "Back to the shipped kinds").recomputed().get(2, TimeUnit.MINUTES);
        }
        assertThat(kinds.offers("SUMMER_BRIDGE")).isFalse();
        assertThat(kinds.nameOf("SUMMER_BRIDGE")).isEqualTo("Summer bridge");   // in words once no longer offered
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder proposal(String type,
            Proposer p) {
        return post("/student/pathways").param("type", type).param("title", "Bridge")
                .param("provider", "Community college").param("startDate", LocalDate.now().plusDays(7).toString())
                .param("endDate", LocalDate.now().plusDays(60).toString()).param("plannedHours", "40")
                .param("requestedCredits", "0.5").param("creditAreaCode", "STEM").param("evidencePlan", "Projects")
                .param("_offCampus", "on").param("competencyIds", String.valueOf(p.target().id()));
    }
}
