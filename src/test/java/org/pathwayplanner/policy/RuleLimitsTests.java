package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.RuleBuildException;
import org.pathwayplanner.rules.RuleProblem;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A draft that keeps firing is refused before it can take the server down; a crashed recomputation is settled. */
@PlannerTest
class RuleLimitsTests {

    /** The reporter's rule, word for word. */
    static final String LOOP = """
            package org.pathwayplanner.rules.loop;
            import org.pathwayplanner.rules.Facts.*;
            rule "loop" no-loop false when $s : StudentFact(studentId == 1) then update($s); end
            """;

    @Autowired
    RulePublisher publisher;
    @Autowired
    StudentEvaluator evaluator;
    @Autowired
    StudentProgress progress;
    @Autowired
    PeopleDirectory people;
    @Autowired
    MockMvc mvc;
    @Autowired
    DistrictPreviews previews;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuleSetVersionRepository versions;
    @Autowired
    RuleAuditRepository audit;
    @Autowired
    RulesOnStart onStart;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theReportersLoopingRuleIsRefusedByValidateQuicklyNamingTheRuleAndItsLine() {
        assertThat(people.roster().get(0).studentId()).as("student 1 is the first of the sample").isEqualTo(1L);
        long started = System.nanoTime();

        List<RuleProblem> problems = publisher.validate(withLoop());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("loop.drl");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("Rule \"loop\" kept firing: 10,000 firings for student 1 (the limit is "
                    + "10,000 rule firings per student)");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("it used to never return")
                .isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void previewAndPublishOfTheLoopingRuleFailCleanlyAndTheRulesInUseKeepWorking() {
        String inUse = evaluator.ruleSet().version();
        int activeVersion = publisher.activeVersion().getVersionNo();
        int auditEntries = publisher.auditLog().size();

        assertThatThrownBy(() -> publisher.preview("admin", withLoop())).isInstanceOf(RuleBuildException.class)
                .hasMessageContaining("loop.drl:3: Rule \"loop\" kept firing");
        assertThatThrownBy(() -> publisher.publish("admin", withLoop(), "loops on purpose"))
                .isInstanceOf(RuleBuildException.class).hasMessageContaining("Rule \"loop\" kept firing");

        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(activeVersion);
        assertThat(publisher.auditLog()).hasSize(auditEntries);
        assertThat(evaluator.ruleSet().version()).isEqualTo(inUse);
        assertThat(progress.evaluate(1L).ruleSetVersion()).isEqualTo(inUse);
    }

    @Test
    void theApiRefusesTheLoopingRuleWithItsProblemAndStillAnswersAfterwards() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        String draft = json.writeValueAsString(Map.of("files", withLoop()));

        mvc.perform(post("/api/rules/validate").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(draft))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[0].file").value("loop.drl"))
                .andExpect(jsonPath("$.problems[0].message").value(startsWith("Rule \"loop\" kept firing")));
        String preview = mvc.perform(post("/api/rules/preview").with(admin).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        BackgroundPreviewsApiTests.awaitEnd(mvc, json, preview, admin)
                .andExpect(jsonPath("$.state").value("INVALID"))
                .andExpect(jsonPath("$.problems[0].message").value(startsWith("Rule \"loop\" kept firing")));
        mvc.perform(post("/api/rules/publish").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("files", withLoop(), "comment", "loops"))))
                .andExpect(status().isUnprocessableEntity());

        mvc.perform(get("/api/rules/versions").with(admin)).andExpect(status().isOk());
    }

    @Test
    void theEditorShowsTheLoopingRuleAsAProblemOfItsFile() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        String location = mvc.perform(post("/admin/rules/files/loop.drl").with(admin).with(csrf())
                        .param("content", LOOP).param("action", "preview"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        DistrictPreviewsTests.awaitEnd(previews.job(id).orElseThrow());
        mvc.perform(get("/admin/rules/files/loop.drl").param("preview", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kept firing: 10,000 firings for student 1")));
    }

    @Test
    void aRecomputationCutShortByAStopIsMarkedFailedOnTheNextStartAndTheRulesPageSaysSo() throws Exception {
        RuleSetVersion active = publisher.activeVersion();
        String impactBefore = active.getImpactSummary();
        // Given the state a crash during a recomputation leaves: the publish still "recomputing", no impact.
        RuleAuditEntry crashed = transaction.execute(status -> {
            versions.recordImpact(active.getId(), null);
            return audit.save(new RuleAuditEntry(Instant.now(), "admin", "PUBLISH", active.getVersionNo(),
                    "published just before the crash", RulePublisher.RECOMPUTING, "policy.drl changed"));
        });
        try {
            // When the server starts again
            onStart.run(null);

            // Then the audit and the version say it failed, and why
            assertThat(audit.findById(crashed.getId()).orElseThrow().getOutcome())
                    .isEqualTo(RulePublisher.INTERRUPTED);
            assertThat(publisher.version(active.getVersionNo()).getImpactSummary())
                    .startsWith("Recomputation failed: the server stopped before it finished");
            assertThat(publisher.recomputation().state()).isEqualTo(RulePublisher.Recomputation.FAILED);
            mvc.perform(get("/admin/rules").with(user(accounts.loadUserByUsername("admin"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("the server stopped before it finished")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(RulePublisher.RECOMPUTING))));
        } finally {
            transaction.executeWithoutResult(status -> versions.recordImpact(active.getId(), impactBefore));
        }
    }

    private Map<String, String> withLoop() {
        Map<String, String> files = new HashMap<>(publisher.activeVersion().getFiles());
        files.put("loop.drl", LOOP);
        return files;
    }
}
