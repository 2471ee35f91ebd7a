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

    /**
     * The last high-school student: taken here rather than from {@link PathwayFixtures}' shared sequence, so that the
     * students other test classes get do not depend on this class running.
     */
    org.pathwayplanner.people.PeopleViews.StudentView student;
    long competency;

    @BeforeEach
    void aStudent() {
        long id = jdbc.queryForObject("select max(id) from student where grade_level >= 9", Long.class);
        student = people.student(id).orElseThrow();
        competency = progress.progressOf(id).competencies().get(0).id();
    }

    @Test
    void theProposalFormOffersTheKindsOfThePolicyInUse() throws Exception {
        mvc.perform(get("/student/pathways/new").with(user(accounts.loadUserByUsername(student.username()))))
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
        publisher.publish("admin", draft, "Summer bridge programme", publisher.preview("admin", draft).revokedStudents())
                .recomputed().get(2, TimeUnit.MINUTES);
        try {
            var signedIn = user(accounts.loadUserByUsername(student.username()));

            mvc.perform(get("/student/pathways/new").with(signedIn))
                    .andExpect(content().string(containsString("<option value=\"SUMMER_BRIDGE\">Summer bridge</option>")));
            mvc.perform(proposal("ROCKET_SCIENCE", competency).with(signedIn).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("The district&#39;s policy offers no kind of pathway ROCKET_SCIENCE")));
            var bridge = pathways.draft(new org.pathwayplanner.people.Viewer(student.username(),
                    org.pathwayplanner.people.Role.STUDENT), new ProposalRequest(PathwayType.of("SUMMER_BRIDGE"), "Bridge", null,
                    "Community college", null, null, LocalDate.now().plusDays(7), LocalDate.now().plusDays(60),
                    java.math.BigDecimal.valueOf(15), false, "Projects", new java.math.BigDecimal("0.5"), "STEM",
                    java.util.List.of(competency)));
            assertThat(bridge.type()).isEqualTo("SUMMER_BRIDGE");
            assertThat(kinds.nameOf("SUMMER_BRIDGE")).isEqualTo("Summer bridge");
        } finally {
            publisher.rollback("admin", original, "Back to the shipped kinds").recomputed().get(2, TimeUnit.MINUTES);
        }
        assertThat(kinds.offers("SUMMER_BRIDGE")).isFalse();
        assertThat(kinds.nameOf("SUMMER_BRIDGE")).isEqualTo("Summer bridge");   // in words once no longer offered
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder proposal(String type,
            long competency) {
        return post("/student/pathways").param("type", type).param("title", "Bridge")
                .param("provider", "Community college").param("startDate", LocalDate.now().plusDays(7).toString())
                .param("endDate", LocalDate.now().plusDays(60).toString()).param("plannedHours", "40")
                .param("requestedCredits", "0.5").param("creditAreaCode", "STEM").param("evidencePlan", "Projects")
                .param("_offCampus", "on").param("competencyIds", String.valueOf(competency));
    }
}
