package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.pathways.PathwayFixtures.onlineCourse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Hours are quarter hours, kept exactly: 2.5 is 2.5, never 2; 2.3 is refused with a message, never rounded. */
@PlannerTest
class QuarterHoursTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;
    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService accounts;

    /** A day within the fixtures' pathways. */
    static final String DAY = PathwayFixtures.UNDER_WAY_SINCE.plusDays(1).toString();

    PathwayFixtures fixtures;
    PathwayJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @Test
    void twoAndAHalfHoursLoggedThroughTheApiAreKeptAsTwoAndAHalf() throws Exception {
        Proposer p = fixtures.anAdult();
        long id = journey.active(p, onlineCourse(p.target())).id();

        logHours(p, id, "{\"date\": \"" + DAY + "\", \"hours\": 2.5, \"note\": \"Lab\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.loggedHours").value(2.5));
        logHours(p, id, "{\"date\": \"" + DAY + "\", \"hours\": 0.75, \"activity\": \"Reading\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.loggedHours").value(3.25));

        assertThat(jdbc.queryForObject("select logged_hours from pathway_proposal where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("3.25");
        assertThat(journey.lastEvent(id).comment()).isEqualTo("0.75 h on " + DAY + ": Reading");
    }

    @Test
    void hoursThatAreNotQuarterHoursAreRefusedWith400AndNothingIsLogged() throws Exception {
        Proposer p = fixtures.anAdult();
        long id = journey.active(p, onlineCourse(p.target())).id();

        logHours(p, id, "{\"date\": \"" + DAY + "\", \"hours\": 2.3, \"activity\": \"Lab\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Give hours in quarter hours (such as 2, 2.25, 2.5 or 2.75), not 2.3"));
        logHours(p, id, "{\"date\": \"" + DAY + "\", \"hours\": 0, \"activity\": \"Lab\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Log between 0.25 and 24 hours for one day"));

        assertThat(journey.now(id).loggedHours()).isEqualByComparingTo("0");
        assertThat(journey.now(id).timeline()).extracting(e -> e.action()).doesNotContain("HOURS_LOGGED");
    }

    @Test
    void plannedQuarterHoursAreKeptAndOtherFractionsRefusedBesideTheField() throws Exception {
        Proposer p = fixtures.anAdult();
        ObjectNode request = (ObjectNode) json.valueToTree(onlineCourse(p.target()));

        request.put("plannedHours", new BigDecimal("40.5"));
        mvc.perform(post("/api/pathways").with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.plannedHours").value(40.5));
        request.put("plannedHours", new BigDecimal("40.1"));
        mvc.perform(post("/api/pathways").with(httpBasic(p.student().username(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(request.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Give hours in quarter hours (such as 2, 2.25, 2.5 or 2.75), not 40.1"));
    }

    @Test
    void onThePageHoursThatAreNotQuarterHoursAreRefusedBesideTheFieldInTheReadersLanguage() throws Exception {
        Proposer p = fixtures.anAdult();
        long id = journey.active(p, onlineCourse(p.target())).id();

        MvcResult refused = mvc.perform(post("/student/pathways/{id}/hours", id).param("workDate", DAY).param("hours", "2.3").param("activity", "Lab")
                        .param("lang", "es").with(as(p)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get("/student/pathways/{id}", id).param("lang", "es").flashAttrs(refused.getFlashMap()).with(as(p)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<span class=\"field-error\""
                        + " id=\"hours-error\">Indique las horas en cuartos de hora (por ejemplo 2, 2,25, 2,5 o 2,75),"
                        + " no 2.3</span>")));
        assertThat(journey.now(id).loggedHours()).isEqualByComparingTo("0");

        mvc.perform(post("/student/pathways/{id}/hours", id).param("workDate", DAY).param("hours", "1.25").param("activity", "Lab").with(as(p)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(journey.now(id).loggedHours()).isEqualByComparingTo("1.25");
    }

    private org.springframework.test.web.servlet.ResultActions logHours(Proposer p, long id, String body)
            throws Exception {
        return mvc.perform(post("/api/pathways/{id}/hours", id).with(httpBasic(p.student().username(), "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(Proposer p) {
        return user(accounts.loadUserByUsername(p.student().username()));
    }
}
