package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each administrator's draft is kept on the server as they type and restored when they come back to the file;
 * nobody else sees it, and it can be discarded.
 */
@PlannerTest
class RuleDraftsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    RulePublisher publisher;
    @Autowired
    RuleDrafts drafts;

    final RequestPostProcessor dana = user("dana.drafts").roles("ADMIN");
    final RequestPostProcessor omar = user("omar.drafts").roles("ADMIN");

    @Test
    void aDraftSavedWhileTypingIsRestoredToItsAuthorOnlyUntilDiscarded() throws Exception {
        String edited = publisher.activeVersion().getFiles().get("flags.drl") + "\n// Dana's note on flags\n";

        mvc.perform(post("/admin/rules/drafts/flags.drl").with(dana).with(csrf()).param("content", edited))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.savedAt").isNotEmpty());

        mvc.perform(get("/admin/rules/files/flags.drl").with(dana))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Restored your draft from")))
                .andExpect(content().string(containsString("Dana&#39;s note on flags")))
                .andExpect(content().string(containsString("Discard the draft")));
        mvc.perform(get("/admin/rules").with(dana))
                .andExpect(content().string(containsString("Your drafts")));
        mvc.perform(get("/admin/rules/files/flags.drl").with(omar))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Dana&#39;s note on flags"))))
                .andExpect(content().string(not(containsString("Restored your draft"))));
        mvc.perform(get("/admin/rules").with(omar))
                .andExpect(content().string(not(containsString("Your drafts"))));

        mvc.perform(post("/admin/rules/drafts/flags.drl/discard").with(dana).with(csrf()))
                .andExpect(redirectedUrl("/admin/rules/files/flags.drl"));
        mvc.perform(get("/admin/rules/files/flags.drl").with(dana))
                .andExpect(content().string(not(containsString("Dana&#39;s note on flags"))));
        assertThat(drafts.find("dana.drafts", "flags.drl")).isEmpty();
    }

    @Test
    void theTextSentToValidateOrPreviewIsKeptAsTheDraftAndAPublishEndsIt() throws Exception {
        String edited = publisher.activeVersion().getFiles().get("readiness.drl") + "\n// checked with validate\n";

        mvc.perform(post("/admin/rules/files/readiness.drl").with(dana).with(csrf()).param("content", edited)
                        .param("action", "validate"))
                .andExpect(status().isOk());

        assertThat(drafts.find("dana.drafts", "readiness.drl")).hasValueSatisfying(d -> {
            assertThat(d.getContent()).isEqualTo(edited);
            assertThat(d.getBasedOnVersionNo()).isEqualTo(publisher.activeVersion().getVersionNo());
        });
        drafts.discard("dana.drafts", "readiness.drl");
    }

    @Test
    void aDraftOfAFileNotYetInTheRulesIsRestoredToo() throws Exception {
        String table = "RuleSet,org.pathwayplanner.rules.extra\n";
        mvc.perform(post("/admin/rules/drafts/extra-limits.drl.csv").with(dana).with(csrf()).param("content", table))
                .andExpect(status().isOk());

        mvc.perform(get("/admin/rules/files/extra-limits.drl.csv").with(dana))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("org.pathwayplanner.rules.extra")));
        mvc.perform(post("/admin/rules/drafts/extra-limits.drl.csv/discard").with(dana).with(csrf()))
                .andExpect(redirectedUrl("/admin/rules"));
        mvc.perform(get("/admin/rules/files/extra-limits.drl.csv").with(dana)).andExpect(status().isNotFound());
    }

    @Test
    void aDraftNeedsARuleFileNameAndItsText() throws Exception {
        mvc.perform(post("/admin/rules/drafts/notes.txt").with(dana).with(csrf()).param("content", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/rules/drafts/flags.drl").with(dana).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(drafts.of("dana.drafts")).noneMatch(d -> d.getFileName().equals("notes.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"student1", "teacher.math", "counselor1", "guardian1"})
    void nobodyButAnAdministratorKeepsDrafts(String username) throws Exception {
        mvc.perform(post("/admin/rules/drafts/flags.drl").with(user(accounts.loadUserByUsername(username))).with(csrf())
                        .param("content", "rule \"sneaky\""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/rules/drafts/flags.drl/discard").with(user(accounts.loadUserByUsername(username)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(drafts.of(username)).isEmpty();
    }
}
