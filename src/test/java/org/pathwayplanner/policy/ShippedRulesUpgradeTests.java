package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A district that installed an older release keeps its stored version in use when a release ships newer rules;
 * administrators are told, see the diff, and adopt the shipped rules through the normal preview and publish — or
 * keep theirs. The releases are played by handing the upgrade the files "this release ships".
 */
@PlannerTest
class ShippedRulesUpgradeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    RulePublisher publisher;
    @Autowired
    ShippedRulesUpgrade upgrade;
    @Autowired
    DistrictPreviews previews;
    @Autowired
    StudentEvaluator evaluator;

    final Map<String, String> installed = new HashMap<>();

    RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername("admin"));
    }

    @AfterEach
    void shipTheInstalledRulesAgain() {
        if (!installed.isEmpty()) {
            upgrade.shippedAre(installed);
        }
    }

    @Test
    void theRulesShippedAtInstallAreNotOffered() throws Exception {
        assertThat(upgrade.offer()).as("the shipped rules are a stored version").isEmpty();
        mvc.perform(get("/admin/rules").with(admin()))
                .andExpect(content().string(not(containsString("id=\"shipped-banner\""))));
        mvc.perform(get("/api/rules/shipped").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.offered").value(false));
    }

    @Test
    void newerShippedRulesAreOfferedWithTheirDiffAndAdoptedThroughPreviewAndPublish() throws Exception {
        int stored = publisher.activeVersion().getVersionNo();
        installed.putAll(publisher.activeVersion().getFiles());
        Map<String, String> newer = new HashMap<>(installed);
        newer.put("flags.drl", installed.get("flags.drl") + "\n// release 2027.1: the wording of the support flags\n");
        // the server starts on the stored version, with a release that ships newer rules
        publisher.startWith(newer);
        upgrade.shippedAre(newer);
        assertThat(evaluator.ruleSet().version()).isEqualTo(publisher.activeVersion().getContentHash());

        mvc.perform(get("/admin/rules").with(admin()))
                .andExpect(content().string(containsString("id=\"shipped-banner\"")))
                .andExpect(content().string(containsString("ships rules that differ from version " + stored)));
        mvc.perform(get("/admin/rules/shipped").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("flags.drl")))
                .andExpect(content().string(containsString("+// release 2027.1: the wording of the support flags")))
                .andExpect(content().string(not(containsString("mastery.drl"))));
        mvc.perform(get("/api/rules/shipped").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.offered").value(true))
                .andExpect(jsonPath("$.activeVersionNo").value(stored))
                .andExpect(jsonPath("$.diff[?(@.file == 'flags.drl')].change").value("changed"));

        mvc.perform(post("/admin/rules/shipped").with(admin()).with(csrf()).param("action", "publish")
                        .param("comment", "Adopt the release's rules"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"publish-refused\"")))
                .andExpect(content().string(containsString("before publishing")));
        String location = mvc.perform(post("/admin/rules/shipped").with(admin()).with(csrf()).param("action", "preview"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("the preview runs in the background").startsWith("/admin/rules/previews/");
        String id = location.substring("/admin/rules/previews/".length());
        DistrictPreviewsTests.awaitEnd(previews.job(id).orElseThrow());
        mvc.perform(get(location).with(admin())).andExpect(redirectedUrl("/admin/rules/shipped?preview=" + id));
        mvc.perform(get("/admin/rules/shipped").param("preview", id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preview-passed\"")))
                .andExpect(content().string(containsString("id=\"shipped-form\"")));
        mvc.perform(post("/admin/rules/shipped").with(admin()).with(csrf()).param("action", "publish")
                        .param("comment", "Adopt the release's rules"))
                .andExpect(redirectedUrl("/admin/rules"));

        assertThat(publisher.activeVersion().getVersionNo()).isGreaterThan(stored);
        assertThat(publisher.activeVersion().getFiles()).isEqualTo(newer);
        assertThat(upgrade.offer()).as("adopted: no longer offered").isEmpty();
        awaitRecomputation();
        publisher.rollback("admin", stored, "Back to the installed rules after the test").recomputed()
                .get(2, TimeUnit.MINUTES);
        assertThat(upgrade.offer()).as("once adopted, never offered again").isEmpty();
    }

    @Test
    void keepingOurRulesStopsTheOffer() throws Exception {
        installed.putAll(publisher.activeVersion().getFiles());
        Map<String, String> newer = new HashMap<>(installed);
        newer.put("flags.drl", installed.get("flags.drl") + "\n// release 2027.2\n");
        upgrade.shippedAre(newer);
        assertThat(upgrade.offer()).isPresent();

        mvc.perform(post("/admin/rules/shipped/decline").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/rules"));

        assertThat(upgrade.offer()).isEmpty();
        mvc.perform(get("/admin/rules").with(admin()))
                .andExpect(content().string(not(containsString("id=\"shipped-banner\""))));
    }

    private void awaitRecomputation() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (publisher.recomputation().state().equals(RulePublisher.Recomputation.RUNNING)
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }
}
