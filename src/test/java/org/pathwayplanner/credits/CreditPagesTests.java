package org.pathwayplanner.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.credits.CreditViews.BundleView;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's credit pages: areas, requirements by graduating class, bundles; ADMIN only. */
@PlannerTest
@Transactional
class CreditPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    CreditCatalog catalog;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    StudentProgress progress;

    @BeforeEach
    @AfterEach
    void forgetTheCachedFramework() {
        progress.frameworkChanged();
    }

    @Test
    void theCreditRulesAreListedWithTheirSources() throws Exception {
        mvc.perform(asAdmin(get("/admin/credits")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("PA 23-21"), containsString("Class of 2027 and later"),
                        containsString("Algebra II"), containsString("Personal financial management"))));
    }

    @Test
    void aBundleIsCreatedEditedAndRetired() throws Exception {
        long stem = areaId("STEM");
        mvc.perform(asAdmin(post("/admin/credits/bundles")).param("code", "DATA-SCI").param("name", "Data science")
                        .param("areaId", String.valueOf(stem)).param("credits", "0.5")
                        .param("competencyIds", String.valueOf(competency("MATH-08"))))
                .andExpect(redirectedUrl("/admin/credits#bundles"));
        long id = bundle("DATA-SCI").id();

        mvc.perform(asAdmin(get("/admin/credits/bundles/{id}", id)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Data science")));
        mvc.perform(asAdmin(post("/admin/credits/bundles/{id}", id)).param("name", "Data science and statistics")
                        .param("areaId", String.valueOf(stem)).param("credits", "1")
                        .param("competencyIds", String.valueOf(competency("MATH-08")), String.valueOf(competency("MATH-07")))
                        .param("_partialAllowed", "on").param("partialAllowed", "true").param("_shareable", "on"))
                .andExpect(flash().attribute("message", "bundleSaved"));

        assertThat(bundle("DATA-SCI")).satisfies(b -> {
            assertThat(b.name()).isEqualTo("Data science and statistics");
            assertThat(b.credits()).isEqualByComparingTo("1");
            assertThat(b.competencyIds()).hasSize(2);
            assertThat(b.partialAllowed()).isTrue();
        });

        mvc.perform(asAdmin(post("/admin/credits/bundles/{id}/retire", id)))
                .andExpect(flash().attribute("message", "bundleRetired"));
        assertThat(catalog.bundles()).extracting(BundleView::code).doesNotContain("DATA-SCI");
        mvc.perform(asAdmin(get("/admin/credits/bundles/{id}", id)))
                .andExpect(content().string(containsString("Retired")));
    }

    @Test
    void aBundleWorthNoCreditsWithoutCompetenciesShowsTheErrorsBesideTheFields() throws Exception {
        mvc.perform(asAdmin(post("/admin/credits/bundles")).param("code", "ALG2").param("name", "")
                        .param("areaId", String.valueOf(areaId("STEM"))).param("credits", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The code ALG2 is already taken"),
                        containsString("Required."), containsString("More than 0 credits."),
                        containsString("Choose at least one competency."))));
        mvc.perform(asAdmin(post("/admin/credits/bundles")).param("code", "NEW-1").param("name", "x")
                        .param("areaId", String.valueOf(areaId("STEM"))).param("credits", "lots"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a number.")));
    }

    @Test
    void aRequirementForLaterClassesIsAddedAfterTheCurrentOneIsEndedAndAnOverlapIsRefused() throws Exception {
        long stem = areaId("STEM");
        var current = catalog.requirementRows().stream().filter(r -> r.areaId() == stem).findFirst().orElseThrow();

        mvc.perform(asAdmin(post("/admin/credits/requirements")).param("areaId", String.valueOf(stem))
                        .param("credits", "10").param("firstClassYear", "2030"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another requirement in this area applies to some of the same classes (2023–)")));

        mvc.perform(asAdmin(post("/admin/credits/requirements/{id}", current.id())).param("areaId", String.valueOf(stem))
                        .param("credits", "9").param("firstClassYear", "2023").param("lastClassYear", "2029")
                        .param("source", current.source()))
                .andExpect(redirectedUrl("/admin/credits#requirements"));
        mvc.perform(asAdmin(post("/admin/credits/requirements")).param("areaId", String.valueOf(stem))
                        .param("credits", "10").param("firstClassYear", "2030").param("source", "Board policy 2026-14"))
                .andExpect(redirectedUrl("/admin/credits#requirements"));

        assertThat(catalog.requirementsForClassOf(2029)).filteredOn(r -> r.areaCode().equals("STEM"))
                .singleElement().satisfies(r -> assertThat(r.credits()).isEqualByComparingTo("9"));
        assertThat(catalog.requirementsForClassOf(2030)).filteredOn(r -> r.areaCode().equals("STEM"))
                .singleElement().satisfies(r -> assertThat(r.credits()).isEqualByComparingTo("10"));
    }

    @Test
    void aCreditAreaIsCreatedEditedAndOneInUseIsNotRetired() throws Exception {
        mvc.perform(asAdmin(post("/admin/credits/areas")).param("code", "CAPSTONE").param("name", "Capstone project"))
                .andExpect(redirectedUrl("/admin/credits#areas"));
        long capstone = areaId("CAPSTONE");
        mvc.perform(asAdmin(post("/admin/credits/areas/{id}", capstone)).param("name", "Senior capstone")
                        .param("position", "-1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("0 or more.")));
        mvc.perform(asAdmin(post("/admin/credits/areas/{id}", capstone)).param("name", "Senior capstone")
                        .param("position", "9"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.areas()).anySatisfy(a -> assertThat(a.name()).isEqualTo("Senior capstone"));

        mvc.perform(asAdmin(post("/admin/credits/areas/{id}/retire", areaId("STEM"))))
                .andExpect(redirectedUrl("/admin/credits/areas/" + areaId("STEM")));
        mvc.perform(asAdmin(post("/admin/credits/areas/{id}/retire", capstone)))
                .andExpect(flash().attribute("message", "areaRetired"));
    }

    @Test
    void everyCreditPageOpensForTheAdministrator() throws Exception {
        long requirement = catalog.requirementRows().get(0).id();
        for (String page : List.of("/admin/credits", "/admin/credits/areas/new", "/admin/credits/requirements/new",
                "/admin/credits/bundles/new", "/admin/credits/areas/" + areaId("STEM"),
                "/admin/credits/requirements/" + requirement, "/admin/credits/bundles/" + bundle("ALG2").id())) {
            mvc.perform(asAdmin(get(page))).andExpect(status().isOk());
        }
        mvc.perform(asAdmin(get("/admin/credits/bundles/999999"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher.art", "counselor1", "student1"})
    void nobodyButAnAdministratorSeesOrChangesTheCreditRules(String username) throws Exception {
        var someone = accounts.loadUserByUsername(username);
        long alg2 = bundle("ALG2").id();

        mvc.perform(get("/admin/credits").with(user(someone))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/credits/bundles/{id}/retire", alg2).with(user(someone)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(catalog.bundles()).extracting(BundleView::code).contains("ALG2");
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername("admin"))).with(csrf());
    }

    private long areaId(String code) {
        return catalog.areaRows().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    private BundleView bundle(String code) {
        return catalog.bundles().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }

    private long competency(String code) {
        return framework.competencies().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }
}
