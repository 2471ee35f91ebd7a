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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The preview's pages: the editor's preview answers at once with the way to the preview's page; its status for the
 * page's script; the administrator who started it finds the outcome in the editor, a colleague on the preview's page
 * (without a cancel button); the cancel needs CSRF; no one but an administrator reaches any of it.
 */
@PlannerTest
class DistrictPreviewPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    RulePublisher publisher;
    @Autowired
    DistrictPreviews previews;

    final CountDownLatch letGo = new CountDownLatch(1);

    @AfterEach
    void noLongerHeld() throws Exception {
        letGo.countDown();
        previews.pace(null);
        mvc.perform(post("/admin/rules/drafts/policy.json/discard").with(user(accounts.loadUserByUsername("admin")))
                .with(csrf()));
    }

    @Test
    void theEditorsPreviewRunsInTheBackgroundAndItsOutcomeIsShownInTheEditor() throws Exception {
        RequestPostProcessor admin = user(accounts.loadUserByUsername("admin"));
        String id = startPreview(admin, "policy.json", meanOfAllScores());

        mvc.perform(get("/admin/rules/previews/{id}/status", id).with(admin).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").exists())
                .andExpect(jsonPath("$.done").isNumber())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.percent").isNumber());
        DistrictPreviews.Job job = DistrictPreviewsTests.awaitEnd(previews.job(id).orElseThrow());
        assertThat(job.getState()).isEqualTo("DONE");

        mvc.perform(get("/admin/rules/previews/{id}/status", id).with(admin))
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.done").value(job.getTotal()))
                .andExpect(jsonPath("$.percent").value(100));
        mvc.perform(get("/admin/rules/previews/{id}", id).with(admin))
                .andExpect(redirectedUrl("/admin/rules/files/policy.json?preview=" + id));
        mvc.perform(get("/admin/rules/files/policy.json").param("preview", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preview-passed\"")))
                .andExpect(content().string(containsString("id=\"impact\"")))
                .andExpect(content().string(containsString("&quot;MEAN&quot;")));

        mvc.perform(get("/admin/rules/previews/{id}", id).with(user("admin.colleague").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"impact\"")))
                .andExpect(content().string(not(containsString("id=\"preview-job-cancel\""))));
    }

    @Test
    void aPreviewUnderWayShowsItsProgressAndItsAdministratorCancelsItWithCsrf() throws Exception {
        previews.pace(done -> {
            if (done == 5) {
                try {
                    letGo.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        RequestPostProcessor admin = user(accounts.loadUserByUsername("admin"));
        String id = startPreview(admin, "policy.json", meanOfAllScores());
        DistrictPreviews.Job job = previews.job(id).orElseThrow();
        DistrictPreviewsTests.await(() -> job.getDone() == 5, Duration.ofMinutes(2));
        mvc.perform(get("/admin/rules/files/policy.json").param("preview", id).with(admin))
                .andExpect(redirectedUrl("/admin/rules/previews/" + id));

        mvc.perform(get("/admin/rules/previews/{id}", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Evaluated 5 of " + job.getTotal() + " students")))
                .andExpect(content().string(containsString("<progress id=\"preview-job-bar\"")))
                .andExpect(content().string(containsString("id=\"preview-job-reload\"")))
                .andExpect(content().string(containsString("id=\"preview-job-cancel\"")));
        mvc.perform(get("/admin/rules/previews/{id}", id).with(user("admin.colleague").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preview-job-not-yours\"")))
                .andExpect(content().string(not(containsString("id=\"preview-job-cancel\""))));
        mvc.perform(post("/admin/rules/previews/{id}/cancel", id).with(user("admin.colleague").roles("ADMIN"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/rules/previews/{id}/cancel", id).with(admin)).andExpect(status().isForbidden());
        assertThat(job.isCancelRequested()).as("no CSRF token, no cancel").isFalse();

        mvc.perform(post("/admin/rules/previews/{id}/cancel", id).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/rules/previews/" + id));
        letGo.countDown();
        DistrictPreviewsTests.awaitEnd(job);
        mvc.perform(get("/admin/rules/previews/{id}", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cancelled after " + job.getDone() + " of "
                        + job.getTotal() + " students")))
                .andExpect(content().string(not(containsString("id=\"impact\""))));
        mvc.perform(get("/admin/rules/files/policy.json").param("preview", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;MEAN&quot;")))
                .andExpect(content().string(not(containsString("id=\"impact\""))))
                .andExpect(content().string(not(containsString("id=\"preview-passed\""))));
    }

    @Test
    void onlyAdministratorsReachAPreviewBySessionOrByBasic() throws Exception {
        String id = startPreview(user(accounts.loadUserByUsername("admin")), "policy.json", meanOfAllScores());
        for (String path : new String[] {"/admin/rules/previews/{id}", "/admin/rules/previews/{id}/status"}) {
            for (String who : new String[] {"student1", "guardian1", "teacher.math", "counselor1"}) {
                mvc.perform(get(path, id).with(user(accounts.loadUserByUsername(who))))
                        .andExpect(status().isForbidden());
                // pages take the session: a Basic caller is a stranger there, sent to sign in
                mvc.perform(get(path, id).with(httpBasic(who, "demo"))).andExpect(status().is3xxRedirection())
                        .andExpect(redirectedUrlPattern("**/login"));
            }
        }
        mvc.perform(post("/admin/rules/previews/{id}/cancel", id).with(user(accounts.loadUserByUsername("counselor1")))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/rules/previews/{id}/cancel", id).with(httpBasic("counselor1", "demo")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        assertThat(previews.job(id).orElseThrow().isCancelRequested()).isFalse();
        DistrictPreviewsTests.awaitEnd(previews.job(id).orElseThrow());
    }

    /** Clicks the editor's preview with {@code content} for {@code file}: the answer names the preview's page. */
    String startPreview(RequestPostProcessor admin, String file, String content) throws Exception {
        String location = mvc.perform(post("/admin/rules/files/{file}", file).with(admin).with(csrf())
                        .param("content", content).param("action", "preview"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/rules/previews/");
        return location.substring("/admin/rules/previews/".length());
    }

    private String meanOfAllScores() {
        return publisher.activeVersion().getFiles().get("policy.json")
                .replace(RulePublisherTests.DEFAULT_METHOD, DistrictPreviewsTests.MEAN);
    }
}
