package org.pathwayplanner.policy;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class RulesPagesAndApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    RulePublisher publisher;

    @Test
    void anAdministratorSeesTheFilesVersionsAndAuditLog() throws Exception {
        mvc.perform(get("/admin/rules").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mastery.drl")))
                .andExpect(content().string(containsString("The shipped rules, from the rules folder")));
    }

    @Test
    void theEditorShowsTheFileInACodeEditorServedByTheApp() throws Exception {
        mvc.perform(get("/admin/rules/files/policy.drl").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("District policy")))
                .andExpect(content().string(containsString("/webjars/codemirror/5.65.16/lib/codemirror.js")));
        mvc.perform(get("/webjars/codemirror/5.65.16/lib/codemirror.js")).andExpect(status().isOk());
    }

    @Test
    void validatingABrokenDraftShowsTheProblemBesideTheTextAndChangesNothing() throws Exception {
        int inUse = publisher.activeVersion().getVersionNo();
        String broken = publisher.activeVersion().getFiles().get("flags.drl").replace("salience 0\nwhen", "salience 0\nwhen\n    Oops(");

        mvc.perform(post("/admin/rules/files/flags.drl").with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                        .param("content", broken).param("action", "publish").param("comment", "typo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The draft has problems; nothing was changed")))
                .andExpect(content().string(containsString("flags.drl:")));
        org.assertj.core.api.Assertions.assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
    }

    @Test
    void theApiValidatesADraftWithFileAndLine() throws Exception {
        mvc.perform(post("/api/rules/validate").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"files\": {\"typo.drl\": \"package org.pathwayplanner.rules.typo;\\nrule \\\"x\\\"\\nwhen\\n  Nope()\\nthen\\nend\\n\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[0].file").value("typo.drl"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"student1", "teacher.math", "counselor1", "guardian1"})
    void nobodyButAnAdministratorSeesOrChangesRules(String username) throws Exception {
        mvc.perform(get("/admin/rules").with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/rules/versions").with(httpBasic(username, "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/rules/publish").with(httpBasic(username, "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"files\": {\"a.drl\": \"x\"}, \"comment\": \"sneaky\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDiffBetweenTwoVersionsIsShown() throws Exception {
        int v = publisher.activeVersion().getVersionNo();
        mvc.perform(get("/admin/rules/diff").param("from", "1").param("to", String.valueOf(v))
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mastery.drl")));
    }
}
