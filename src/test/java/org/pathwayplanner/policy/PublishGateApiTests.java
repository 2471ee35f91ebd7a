package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The publish gate through the API: only the exact draft whose preview evaluated every student is published; a
 * draft that fails for a student lists the student and the error and stays unpublished; a draft that takes credits
 * or the status "met" away needs the number of students confirmed.
 */
@PlannerTest
class PublishGateApiTests {

    static final String DEFAULT_METHOD = "\"districtMethod\" : \"MOST_RECENT\"";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RulePublisher publisher;
    @Autowired
    PeopleDirectory people;

    @Test
    void aDraftIsPublishedOnlyAfterAPreviewOfExactlyThoseFilesPassed() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        Map<String, String> draft = activeWith("flags.drl", text -> text + "\n// The board's wording, 2026\n");
        Map<String, String> changedAfterPreview = activeWith("flags.drl", text -> text + "\n// The board's wording, 2027\n");

        publish(draft, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("preview")));

        preview(draft).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.publishable").value(true))
                .andExpect(jsonPath("$.failures").isEmpty())
                .andExpect(jsonPath("$.revokedStudents").value(0))
                .andExpect(jsonPath("$.studentsChanged").value(0))
                .andExpect(jsonPath("$.studentsEvaluated").value(people.roster().size()))
                .andExpect(jsonPath("$.students").isArray());

        publish(changedAfterPreview, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reason").value("rules.gate.changed"))
                .andExpect(jsonPath("$.detail", containsString("The draft changed since your preview")));
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(original);

        publish(draft, null).andExpect(status().isOk());
        int published = publisher.activeVersion().getVersionNo();
        assertThat(published).isGreaterThan(original);
        awaitRecomputation();

        // a preview holds against the version it was taken on
        publish(draft, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reason").value("rules.gate.outdated"));
        rollBackTo(original);
    }

    @Test
    void aDraftThatFailsForOneStudentListsThatStudentWithTheErrorAndIsNotPublished() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        long victim = people.studentOfAccount("student1").orElseThrow().id();
        Map<String, String> draft = activeWith("flags.drl", text -> text + """

                rule "Fails for one student on purpose"
                when
                    org.pathwayplanner.rules.Facts.StudentFact(studentId == %d)
                then
                    throw new IllegalStateException("no rule covers this student on purpose");
                end
                """.formatted(victim));

        JsonNode preview = json.readTree(preview(draft).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(preview.get("publishable").asBoolean()).isFalse();
        assertThat(preview.get("failures")).hasSize(1);
        assertThat(preview.get("failures").get(0).get("studentId").asLong()).isEqualTo(victim);
        assertThat(preview.get("failures").get(0).get("name").asText())
                .isEqualTo(people.student(victim).orElseThrow().fullName());
        assertThat(preview.get("failures").get(0).get("error").asText())
                .contains("no rule covers this student on purpose").contains("Fails for one student on purpose");
        assertThat(preview.get("studentsEvaluated").asInt()).as("every other student was still evaluated")
                .isEqualTo(people.roster().size());

        publish(draft, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reason").value("rules.gate.failed"))
                .andExpect(jsonPath("$.detail", containsString("failed for 1 students")))
                .andExpect(jsonPath("$.detail", containsString("no rule covers this student on purpose")));
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(original);
    }

    @Test
    void aDraftThatTakesCreditsAwayNeedsTheNumberOfStudentsConfirmed() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        // four scores at mastery: almost nobody masters anything any more, so credits and "met" are lost (the
        // district recalculates credits already awarded instead of keeping them)
        Map<String, String> draft = activeWith("policy.json", text -> text.replace(DEFAULT_METHOD,
                "\"districtMethod\" : \"N_TIMES\"").replace("\"timesAtMastery\" : 2", "\"timesAtMastery\" : 4")
                .replace("\"creditsOnceAwarded\" : \"KEEP\"", "\"creditsOnceAwarded\" : \"RECALCULATE\""));

        JsonNode preview = json.readTree(preview(draft).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        int revoked = preview.get("revokedStudents").asInt();

        assertThat(preview.get("publishable").asBoolean()).isTrue();
        assertThat(revoked).isPositive();
        assertThat(preview.get("revocations")).hasSize(revoked).allSatisfy(r -> assertThat(
                r.get("creditsAfter").decimalValue().compareTo(r.get("creditsBefore").decimalValue()) < 0
                        || (r.get("statusBefore").asText().equals("MET") && !r.get("statusAfter").asText().equals("MET")))
                .isTrue());

        publish(draft, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reason").value("rules.gate.confirm"))
                .andExpect(jsonPath("$.detail", containsString(revoked + " students")));
        publish(draft, revoked + 1).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reason").value("rules.gate.wrongCount"));
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(original);

        publish(draft, revoked).andExpect(status().isOk());
        assertThat(publisher.activeVersion().getVersionNo()).isGreaterThan(original);
        awaitRecomputation();
        rollBackTo(original);
    }

    /** Starts a preview (202 with the Location of its status), waits for its end, and answers its status. */
    private ResultActions preview(Map<String, String> files) throws Exception {
        String status = mvc.perform(post("/api/rules/preview").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("files", files))))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        return BackgroundPreviewsApiTests.awaitEnd(mvc, json, status, httpBasic("admin", "demo"));
    }

    private ResultActions publish(Map<String, String> files, Integer confirm) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("files", files);
        body.put("comment", "Through the publish gate");
        if (confirm != null) {
            body.put("confirmRevocations", confirm);
        }
        return mvc.perform(post("/api/rules/publish").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private void rollBackTo(int version) throws Exception {
        mvc.perform(post("/api/rules/versions/" + version + "/rollback").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"Back after the test\"}"))
                .andExpect(status().isOk());
        awaitRecomputation();
        mvc.perform(get("/api/rules/versions").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
    }

    private void awaitRecomputation() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (publisher.recomputation().state().equals(RulePublisher.Recomputation.RUNNING)
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }

    private Map<String, String> activeWith(String file, Function<String, String> change) {
        Map<String, String> files = new HashMap<>(publisher.activeVersion().getFiles());
        String changed = change.apply(files.get(file));
        assertThat(changed).as("the test's edit applies").isNotEqualTo(files.get(file));
        files.put(file, changed);
        return files;
    }
}
