package org.pathwayplanner.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class FrameworkPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    FrameworkEditor editor;
    @Autowired
    FrameworkCatalog catalog;

    @Test
    void anAdministratorSeesTheFrameworkWithPrerequisitesAndObjectives() throws Exception {
        mvc.perform(get("/admin/framework").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Solve linear equations and inequalities")))
                .andExpect(content().string(containsString("Mastery from level")));
    }

    @Test
    void aPrerequisiteThatMakesACycleIsRefusedWithTheCycleNamed() throws Exception {
        var codes = editor.competenciesByCode(List.of("MATH-01", "MATH-03"));

        mvc.perform(post("/admin/framework/prerequisites").with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                        .param("competencyId", String.valueOf(codes.get("MATH-01").getId()))
                        .param("prerequisiteId", String.valueOf(codes.get("MATH-03").getId())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("prerequisiteError", containsString("MATH-01 requires MATH-03")));
    }

    @Test
    void aScaleWithANamelessLevelIsRefusedAndNothingChanges() throws Exception {
        var before = catalog.scale();

        mvc.perform(post("/admin/framework/scale").with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                        .param("label-1", "Emerging").param("label-2", " ").param("threshold", "4"))
                .andExpect(flash().attribute("scaleError", "Level 2 needs a name"));

        assertThat(catalog.scale()).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorLooksAfterTheFramework() throws Exception {
        mvc.perform(get("/admin/framework").with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isForbidden());
    }
}
