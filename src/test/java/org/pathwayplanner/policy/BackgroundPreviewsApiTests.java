package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The API's preview runs in the background (issue 20): {@code POST /api/rules/preview} refuses in the request what
 * needs no compilation (422 with its problems) and answers 202 with the Location of the preview's status, which ends
 * INVALID with the problems of a draft that does not compile; the status says how far it has
 * come and, once DONE, has the preview's fields as the synchronous answer had them; its administrator cancels it with
 * DELETE, a colleague cannot, and a cancelled preview never opens the publish gate.
 */
@PlannerTest
class BackgroundPreviewsApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RulePublisher publisher;
    @Autowired
    DistrictPreviews previews;
    @Autowired
    PeopleDirectory people;

    final CountDownLatch letGo = new CountDownLatch(1);
    final RequestPostProcessor admin = httpBasic("admin", "demo");

    @AfterEach
    void noLongerHeld() {
        letGo.countDown();
        previews.pace(null);
    }

    @Test
    void aPreviewAnswers202AtOnceThenItsStatusEndsWithThePreviewsFields() throws Exception {
        Map<String, String> draft = activeWith("\n// background preview through the API\n");

        ResultActions started = start(draft).andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/rules/previews/")))
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.startedBy").value("admin"))
                .andExpect(jsonPath("$.publishable").doesNotExist());
        String location = started.andReturn().getResponse().getHeader("Location");
        assertThat(location).endsWith(json.readTree(started.andReturn().getResponse().getContentAsString())
                .get("id").asText());

        int students = people.roster().size();
        awaitEnd(mvc, json, location, admin).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.done").value(students))
                .andExpect(jsonPath("$.total").value(students))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.studentsEvaluated").value(students))
                .andExpect(jsonPath("$.publishable").value(true))
                .andExpect(jsonPath("$.draftHash").value(org.pathwayplanner.rules.RuleVersions.of(draft)))
                .andExpect(jsonPath("$.activeVersionNo").value(publisher.activeVersion().getVersionNo()))
                .andExpect(jsonPath("$.studentsChanged").value(0))
                .andExpect(jsonPath("$.students").isArray())
                .andExpect(jsonPath("$.failures").isEmpty())
                .andExpect(jsonPath("$.revokedStudents").value(0))
                .andExpect(jsonPath("$.problems").doesNotExist())
                .andExpect(jsonPath("$.error").doesNotExist());
    }

    @Test
    void aDraftNamingWhatDoesNotExistIsRefusedInTheRequestWithItsProblems() throws Exception {
        Map<String, String> draft = new HashMap<>(publisher.activeVersion().getFiles());
        draft.put("policy.json", draft.get("policy.json").replace(PublishGateApiTests.DEFAULT_METHOD,
                "\"districtMethod\" : \"MOST_MEENRECENT\""));

        start(draft).andExpect(status().isUnprocessableEntity())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.problems[0].file").value("policy.json"))
                .andExpect(jsonPath("$.problems[0].message", containsString("MOST_MEENRECENT")));
        start(Map.of()).andExpect(status().isBadRequest());
    }

    @Test
    void aDraftThatDoesNotCompileEndsInvalidWithItsProblemsAndOpensNothing() throws Exception {
        Map<String, String> draft = activeWith("\nrule \"Unfinished\" when then\n");

        String location = start(draft).andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");

        awaitEnd(mvc, json, location, admin)
                .andExpect(jsonPath("$.state").value("INVALID"))
                .andExpect(jsonPath("$.problems[0].file").value("flags.drl"))
                .andExpect(jsonPath("$.problems[0].line").isNumber())
                .andExpect(jsonPath("$.publishable").doesNotExist());
    }

    @Test
    void itsAdministratorCancelsItAColleagueCannotAndACancelledPreviewNeverOpensTheGate() throws Exception {
        holdAfter(5);
        Map<String, String> draft = activeWith("\n// previewed through the API, then cancelled\n");
        String location = start(draft).andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        String id = location.substring("/api/rules/previews/".length());
        DistrictPreviewsTests.await(() -> previews.job(id).orElseThrow().getDone() == 5, Duration.ofMinutes(2));

        mvc.perform(get(location).with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.done").value(5))
                .andExpect(jsonPath("$.total").value(people.roster().size()))
                .andExpect(jsonPath("$.cancelling").value(false));
        // the same draft again (a client retrying): its preview under way
        start(draft).andExpect(status().isAccepted()).andExpect(header().string("Location", location));
        start(activeWith("\n// another draft\n")).andExpect(status().isConflict())
                .andExpect(header().string("Location", location))
                .andExpect(jsonPath("$.preview").value(location));
        mvc.perform(delete(location).with(user("admin.colleague").roles("ADMIN"))).andExpect(status().isForbidden());
        assertThat(previews.job(id).orElseThrow().isCancelRequested()).isFalse();

        mvc.perform(delete(location).with(admin)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.cancelling").value(true));
        letGo.countDown();
        awaitEnd(mvc, json, location, admin)
                .andExpect(jsonPath("$.state").value("CANCELLED"))
                .andExpect(jsonPath("$.publishable").doesNotExist())
                .andExpect(jsonPath("$.students").doesNotExist());

        Map<String, Object> change = new LinkedHashMap<>();
        change.put("files", draft);
        change.put("comment", "Published after a cancelled preview");
        int inUse = publisher.activeVersion().getVersionNo();
        mvc.perform(post("/api/rules/publish").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reason", anyOf(equalTo("rules.gate.unpreviewed"), equalTo("rules.gate.changed"))));
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
    }

    @Test
    void aPreviewThatIsNotThereIsNotFound() throws Exception {
        mvc.perform(get("/api/rules/previews/no-such-preview").with(admin)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/rules/previews/no-such-preview").with(admin)).andExpect(status().isNotFound());
    }

    /** Polls the status at {@code location} until the preview has ended; answers its last status. */
    static ResultActions awaitEnd(MockMvc mvc, ObjectMapper json, String location, RequestPostProcessor who)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            ResultActions status = mvc.perform(get(location).with(who));
            String state = json.readTree(status.andReturn().getResponse().getContentAsString()).get("state").asText();
            if (!state.equals("RUNNING")) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The preview at " + location + " is still running");
            }
            Thread.sleep(50);
        }
    }

    private ResultActions start(Map<String, String> files) throws Exception {
        return mvc.perform(post("/api/rules/preview").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("files", files))));
    }

    private Map<String, String> activeWith(String flagsEnding) {
        Map<String, String> files = new HashMap<>(publisher.activeVersion().getFiles());
        files.put("flags.drl", files.get("flags.drl") + flagsEnding);
        return files;
    }

    private void holdAfter(int students) {
        previews.pace(PreviewHold.after(students, letGo));
    }
}
