package org.pathwayplanner.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's framework pages: forms with errors beside the fields, retire instead of delete, ADMIN only. */
@PlannerTest
@Transactional
class FrameworkAdminPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    FrameworkCatalog catalog;
    @Autowired
    FrameworkEditor editor;
    @Autowired
    StudentProgress progress;

    @BeforeEach
    @AfterEach
    void forgetTheCachedFramework() {
        progress.frameworkChanged();
    }

    @Test
    void anAdministratorCreatesACompetencyAddsAnObjectiveAndSeesBothListed() throws Exception {
        mvc.perform(asAdmin(post("/admin/framework/competencies")).param("code", "FIN-10")
                        .param("title", "Manage a budget").param("areaId", "").param("expectedGrade", "11")
                        .param("calculationMethod", "MOST_RECENT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "competencySaved"));
        long id = idOf("FIN-10");

        mvc.perform(asAdmin(post("/admin/framework/competencies/{id}/objectives", id)).param("title", "Build a monthly budget")
                        .param("points", "2").param("required", "true"))
                .andExpect(redirectedUrl("/admin/framework/competencies/" + id + "#objectives"));

        mvc.perform(asAdmin(get("/admin/framework/competencies/{id}", id)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("FIN-10.1"), containsString("Build a monthly budget"),
                        containsString(CaseIdentifier.of("competency", "FIN-10")))));
        mvc.perform(asAdmin(get("/admin/framework")))
                .andExpect(content().string(allOf(containsString("FIN-10"), containsString("Manage a budget"))));
    }

    @Test
    void aCompetencyFormWithADuplicateCodeAnEmptyTitleAndAGradeThatIsNotANumberShowsEachErrorBesideItsField()
            throws Exception {
        long before = catalog.countCompetencies();

        mvc.perform(asAdmin(post("/admin/framework/competencies")).param("code", "MATH-01").param("title", "")
                        .param("expectedGrade", "eleven"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter a number."),
                        containsString("Please correct the fields marked below."))));
        mvc.perform(asAdmin(post("/admin/framework/competencies")).param("code", "MATH-01").param("title", "")
                        .param("expectedGrade", "11"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The code MATH-01 is already taken"),
                        containsString("Required."))));

        assertThat(catalog.countCompetencies()).isEqualTo(before);
    }

    @Test
    void errorsShowInSpanishForASpanishReader() throws Exception {
        mvc.perform(asAdmin(post("/admin/framework/competencies")).param("code", "MATH-01").param("title", "x")
                        .param("expectedGrade", "11").param("lang", "es"))
                .andExpect(content().string(containsString("El código MATH-01 ya está en uso")));
    }

    @Test
    void aCompetencyIsRevisedAndRetiredAndThenShownAsRetiredWithItsHistoryKept() throws Exception {
        Competency created = editor.createCompetency(FrameworkAdministrationTests.competency("FIN-11", "Pay taxes", null));

        mvc.perform(asAdmin(post("/admin/framework/competencies/{id}", created.getId())).param("code", "HACKED")
                        .param("title", "Pay taxes on time").param("areaId", "").param("expectedGrade", "12"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.competency(created.getId()).orElseThrow())
                .satisfies(c -> assertThat(c.code()).isEqualTo("FIN-11"))
                .satisfies(c -> assertThat(c.title()).isEqualTo("Pay taxes on time"));

        mvc.perform(asAdmin(post("/admin/framework/competencies/{id}/retire", created.getId())))
                .andExpect(flash().attribute("message", "competencyRetired"));

        assertThat(catalog.competencies()).extracting(CompetencyView::code).doesNotContain("FIN-11");
        mvc.perform(asAdmin(get("/admin/framework/competencies/{id}", created.getId())))
                .andExpect(content().string(allOf(containsString("id=\"retired-note\""),
                        containsString("recorded scores stay in every history"), not(containsString("id=\"retire\"")))));
    }

    @Test
    void anObjectiveIsRevisedAndRetiredFromItsPage() throws Exception {
        Competency created = editor.createCompetency(FrameworkAdministrationTests.competency("FIN-12", "Invest", null));
        LearningObjective objective = editor.addObjective(created.getId(),
                FrameworkAdministrationTests.objective("Compare funds", 1, true));

        mvc.perform(asAdmin(post("/admin/framework/objectives/{id}", objective.getId())).param("title", "")
                        .param("points", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Required."), containsString("At least 1."))));
        mvc.perform(asAdmin(post("/admin/framework/objectives/{id}", objective.getId()))
                        .param("title", "Compare index funds").param("points", "2").param("_required", "on"))
                .andExpect(redirectedUrl("/admin/framework/competencies/" + created.getId() + "#objectives"));
        mvc.perform(asAdmin(post("/admin/framework/objectives/{id}/retire", objective.getId())))
                .andExpect(status().is3xxRedirection());

        assertThat(catalog.objectiveRow(objective.getId()).orElseThrow())
                .satisfies(o -> assertThat(o.title()).isEqualTo("Compare index funds"))
                .satisfies(o -> assertThat(o.points()).isEqualTo(2))
                .satisfies(o -> assertThat(o.required()).isFalse())
                .satisfies(o -> assertThat(o.retired()).isTrue());
    }

    @Test
    void aPrerequisiteIsAddedAndRemovedFromTheCompetencyPageAndACycleIsNamedThere() throws Exception {
        var c = editor.competenciesByCode(List.of("MATH-01", "MATH-03"));
        long math1 = c.get("MATH-01").getId();
        long math3 = c.get("MATH-03").getId();

        mvc.perform(asAdmin(post("/admin/framework/prerequisites")).param("competencyId", String.valueOf(math1))
                        .param("prerequisiteId", String.valueOf(math3)).param("from", "competency"))
                .andExpect(redirectedUrl("/admin/framework/competencies/" + math1 + "#prerequisites"))
                .andExpect(flash().attribute("prerequisiteError", containsString("MATH-01 requires MATH-03 requires MATH-02")));

        long math2 = editor.competenciesByCode(List.of("MATH-02")).get("MATH-02").getId();
        mvc.perform(asAdmin(post("/admin/framework/prerequisites/remove")).param("competencyId", String.valueOf(math2))
                        .param("prerequisiteId", String.valueOf(math1)))
                .andExpect(flash().attribute("message", "prerequisiteRemoved"));
        assertThat(catalog.prerequisites()).doesNotContain(new FrameworkViews.PrerequisiteEdge(math2, math1));
    }

    @Test
    void aContentAreaIsCreatedRenamedAndOneInUseIsNotRetired() throws Exception {
        mvc.perform(asAdmin(post("/admin/framework/areas")).param("code", "").param("name", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Required.")));
        mvc.perform(asAdmin(post("/admin/framework/areas")).param("code", "CTE").param("name", "Career education"))
                .andExpect(redirectedUrl("/admin/framework#areas"));
        long cte = catalog.areaRows().stream().filter(a -> a.code().equals("CTE")).findFirst().orElseThrow().id();
        mvc.perform(asAdmin(post("/admin/framework/areas/{id}", cte)).param("name", "Career and technical education"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.areas()).anySatisfy(a -> assertThat(a.name()).isEqualTo("Career and technical education"));

        long math = catalog.areas().stream().filter(a -> a.code().equals("MATH")).findFirst().orElseThrow().id();
        mvc.perform(asAdmin(post("/admin/framework/areas/{id}/retire", math)))
                .andExpect(redirectedUrl("/admin/framework/areas/" + math));
        mvc.perform(asAdmin(get("/admin/framework/areas/{id}", math)).flashAttr("retireError",
                        new ChangeRefused.Reason(null, "admin.error.areaInUse", List.of("MATH-01"), "in use")))
                .andExpect(content().string(containsString("Retire or move its competencies first: MATH-01")));
        mvc.perform(asAdmin(post("/admin/framework/areas/{id}/retire", cte)))
                .andExpect(flash().attribute("message", "areaRetired"));
    }

    @Test
    void standardsAreListedCreatedAndAligned() throws Exception {
        mvc.perform(asAdmin(get("/admin/framework/standards")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("CCSS.MATH.CONTENT.HSA.REI.B.4")));
        mvc.perform(asAdmin(post("/admin/framework/standards")).param("code", "CCSS.MATH.CONTENT.HSA.REI.B.4")
                        .param("statement", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is already taken"), containsString("Required."))));
        mvc.perform(asAdmin(post("/admin/framework/standards")).param("code", "CT.PF.2").param("statement", "Budget"))
                .andExpect(redirectedUrl("/admin/framework/standards"));
        long standard = catalog.standardRows().stream().filter(s -> s.code().equals("CT.PF.2")).findFirst()
                .orElseThrow().id();
        long math1 = idOf("MATH-01");

        mvc.perform(asAdmin(post("/admin/framework/competencies/{id}/standards", math1))
                        .param("standardId", String.valueOf(standard)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asAdmin(get("/admin/framework/competencies/{id}", math1)))
                .andExpect(content().string(containsString("CT.PF.2")));
        mvc.perform(asAdmin(post("/admin/framework/competencies/{id}/standards/{s}/remove", math1, standard)))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.standardRows()).filteredOn(s -> s.id() == standard).singleElement()
                .satisfies(s -> assertThat(s.competencyCodes()).isEmpty());
    }

    @Test
    void theScaleGetsALevelAboveAndLosesItAgainButNotALevelScoresUse() throws Exception {
        mvc.perform(asAdmin(post("/admin/framework/scale/levels")).param("position", "ABOVE").param("label", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Required.")));
        mvc.perform(asAdmin(post("/admin/framework/scale/levels")).param("position", "ABOVE")
                        .param("label", "Distinguished"))
                .andExpect(flash().attribute("message", "levelAdded"));
        assertThat(catalog.scale().labelOf(5)).isEqualTo("Distinguished");

        mvc.perform(asAdmin(post("/admin/framework/scale/levels/5/remove")))
                .andExpect(flash().attribute("message", "levelRemoved"));
        mvc.perform(asAdmin(post("/admin/framework/scale/levels/1/remove")))
                .andExpect(result -> assertThat(result.getFlashMap().get("levelError"))
                        .isInstanceOfSatisfying(ChangeRefused.Reason.class,
                                r -> assertThat(r.code()).isEqualTo("admin.error.levelInUse")));
        assertThat(catalog.scale().levels()).hasSize(4);
        mvc.perform(asAdmin(get("/admin/framework")).flashAttr("levelError", new ChangeRefused.Reason("level",
                        "admin.error.levelInUse", List.of(1234L, 1), "in use")))
                .andExpect(content().string(containsString("1,234 recorded scores are at level 1; it cannot be removed.")));
    }

    @Test
    void everyFrameworkPageOpensForTheAdministrator() throws Exception {
        long math1 = idOf("MATH-01");
        long objective = catalog.objectives().stream().filter(o -> o.competencyId() == math1).findFirst().orElseThrow().id();
        for (String page : List.of("/admin/framework", "/admin/framework/competencies/new", "/admin/framework/areas/new",
                "/admin/framework/standards", "/admin/framework/competencies/" + math1,
                "/admin/framework/objectives/" + objective)) {
            mvc.perform(asAdmin(get(page))).andExpect(status().isOk());
        }
        mvc.perform(asAdmin(get("/admin/framework/competencies/999999"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher.art", "counselor1", "student1"})
    void nobodyButAnAdministratorSeesOrChangesTheFramework(String username) throws Exception {
        UserDetails someone = accounts.loadUserByUsername(username);
        long math1 = idOf("MATH-01");

        mvc.perform(get("/admin/framework/competencies/{id}", math1).with(user(someone))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/framework/standards").with(user(someone))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/framework/competencies/{id}/retire", math1).with(user(someone)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/framework/competencies").with(user(someone)).with(csrf()).param("code", "X-1")
                .param("title", "x").param("expectedGrade", "9")).andExpect(status().isForbidden());
        assertThat(catalog.competencies()).extracting(CompetencyView::code).contains("MATH-01").doesNotContain("X-1");
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/framework/competencies/{id}/retire", idOf("MATH-01"))
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isForbidden());
        assertThat(catalog.competencies()).extracting(CompetencyView::code).contains("MATH-01");
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername("admin"))).with(csrf());
    }

    private long idOf(String code) {
        return catalog.competencies().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }
}
