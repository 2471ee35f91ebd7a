package org.pathwayplanner.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The catalog's pages: the publishing form's reasons, filters kept across pages, a refusal said on the page. */
@PlannerTest
class OpportunityPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OpportunityCatalog catalog;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PathwayService pathways;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;

    @Test
    void anEmptyFormComesBackWithTheReasonsBesideItsFieldsInTheReadersLanguage() throws Exception {
        String english = mvc.perform(post("/opportunities").with(session("counselor1")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String spanish = mvc.perform(post("/opportunities").param("lang", "es").with(session("counselor1")).with(csrf())
                        .header("Accept-Language", "es"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(english).contains("Choose the kind", "Name the provider", "Pick between 1 and 20 competencies");
        assertThat(spanish).contains("Elige el tipo", "Nombra la entidad");
    }

    @Test
    void theFiltersStayInTheAddressFromPageToPage() throws Exception {
        Proposer student = new PathwayFixtures(jdbc, people, progress, pathways).aHighSchoolStudent();
        String word = "p" + UUID.randomUUID().toString().substring(0, 8);
        for (int n = 0; n < 11; n++) {
            catalog.publish(new Viewer("admin", Role.ADMIN), course(word, student, false));
        }

        String first = mvc.perform(get("/opportunities").param("q", word).param("kind", "ONLINE_COURSE")
                .with(session(student.student().username()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String second = mvc.perform(get("/opportunities").param("q", word).param("kind", "ONLINE_COURSE")
                .param("page", "2").with(session(student.student().username()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(first).contains("11 opportunities", "Page 1 of 2")
                .containsPattern("href=\"/opportunities\\?kind=ONLINE_COURSE[^\"]*q=" + word + "[^\"]*page=2\"");
        assertThat(second).contains("Page 2 of 2");
    }

    @Test
    void offCampusTheStudentMustSayHowTheyGetThereAndIsToldSoOnThePage() throws Exception {
        Proposer student = new PathwayFixtures(jdbc, people, progress, pathways).aHighSchoolStudent();
        long id = catalog.publish(new Viewer("admin", Role.ADMIN), course("offsite", student, true));

        mvc.perform(post("/opportunities/{id}/propose", id).with(session(student.student().username())).with(csrf()))
                .andExpect(redirectedUrl("/opportunities/" + id)).andExpect(flash().attributeExists("refusal"));
        mvc.perform(post("/opportunities/{id}/propose", id).param("transport", "PUBLIC_TRANSIT")
                        .with(session(student.student().username())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(catalog.startedBy(student.viewer(), id)).isPresent();
    }

    private static OpportunityForm course(String word, Proposer student, boolean offCampus) {
        LocalDate start = LocalDate.now().plusDays(7);
        return new OpportunityForm(offCampus ? "INTERNSHIP" : "ONLINE_COURSE", "Course " + word, null, "Provider " + word,
                null, null, start, start.plusDays(60), BigDecimal.valueOf(60), new BigDecimal("1"), "STEM", 5, 9, 12,
                offCampus, List.of(student.target().id()));
    }

    private RequestPostProcessor session(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
