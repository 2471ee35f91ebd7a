package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.rules.PolicyDocument;
import org.pathwayplanner.rules.PolicyJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The policy form: the version in use's values, problems beside their fields (en + es), the same validate and preview (in the background). */
@PlannerTest
class PolicyFormTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    RulePublisher publisher;
    @Autowired
    DistrictPreviews previews;

    @Test
    void theFormShowsThePolicyInUseWithDropDownsOfRealMethodsAreasAndKinds() throws Exception {
        mvc.perform(get("/admin/rules/policy").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"mastery.districtMethod\"")))
                .andExpect(content().string(containsString("<option value=\"DECAYING_AVERAGE\"")))
                .andExpect(content().string(not(containsString("MOST_MEENRECENT"))))
                .andExpect(content().string(containsString("name=\"mastery.areaMethods[0].area\"")))
                .andExpect(content().string(containsString("value=\"INTERNSHIP\"")))
                .andExpect(content().string(containsString("Allowed: 0.01 to 1.")))
                .andExpect(content().string(containsString("Weight of the latest score (decaying average)")));
    }

    @Test
    void validatingTheUnchangedFormPassesAndChangesNothing() throws Exception {
        int inUse = publisher.activeVersion().getVersionNo();

        mvc.perform(form(Map.of()).param("action", "validate"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"valid\"")));

        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
    }

    @Test
    void eachMistakeIsShownBesideItsFieldInEnglishAndSpanish() throws Exception {
        Map<String, String> mistakes = Map.of("mastery.districtMethod", "MOST_MEENRECENT",
                "mastery.decayingAverageWeight", "1.5", "flags.weeksBeforeIntervention", "six",
                "pathways.kinds[0].code", "internship", "mastery.areaMethods[0].area", "SCIENCE");

        mvc.perform(form(mistakes).param("action", "validate"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unknown calculation method MOST_MEENRECENT")))
                .andExpect(content().string(containsString("Outside the allowed range: 0.01 to 1.")))
                .andExpect(content().string(containsString("Give a number.")))
                .andExpect(content().string(containsString("capitals, digits and _")))
                .andExpect(content().string(containsString("There is no content area SCIENCE")))
                .andExpect(content().string(containsString("Code, row 1: A kind&#39;s code is 2 to 40 capitals")))
                .andExpect(content().string(containsString("Weight of the latest score (decaying average): Outside")))
                .andExpect(content().string(not(containsString("id=\"valid\""))));
        mvc.perform(form(mistakes).param("action", "validate").param("lang", "es"))
                .andExpect(content().string(containsString("Método de cálculo desconocido MOST_MEENRECENT")))
                .andExpect(content().string(containsString("Fuera del rango permitido")));
    }

    @Test
    void aNewKindOnABlankRowAndARemovedRowMakeTheDraftsKinds() throws Exception {
        Map<String, String> newKind = Map.of("pathways.kinds[7].code", "SUMMER_BRIDGE",
                "pathways.kinds[7].name", "Summer bridge", "pathways.kinds[7].hoursPerCredit", "30",
                "pathways.kinds[7].maxCredits", "0.5", "pathways.kinds[7].fromGrade", "8",
                "pathways.kinds[7].fromAge", "13", "pathways.kinds[6].remove", "on");

        PolicyFormInput.Draft draft = PolicyFormInput.from(withShipped(newKind));

        PolicyDocument document = PolicyJson.read(draft.json()).document();
        assertThat(document.pathways().kinds()).extracting(PolicyDocument.Kind::code).containsExactly("INTERNSHIP",
                "APPRENTICESHIP", "ONLINE_COURSE", "COLLEGE_COURSE", "CAREER_TECHNICAL", "SERVICE_LEARNING",
                "SUMMER_BRIDGE");
        assertThat(draft.values()).containsEntry("pathways.kinds[6].code", "SUMMER_BRIDGE");
    }

    @Test
    void aPreviewFromTheFormRunsInTheBackgroundThenShowsTheImpactInTheFormAsSentAndPublishesNothing()
            throws Exception {
        int inUse = publisher.activeVersion().getVersionNo();

        String location = mvc.perform(form(Map.of("mastery.districtMethod", "MEAN")).param("action", "preview"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/rules/previews/");
        String id = location.substring("/admin/rules/previews/".length());
        DistrictPreviewsTests.awaitEnd(previews.job(id).orElseThrow());

        mvc.perform(get(location).with(admin())).andExpect(redirectedUrl("/admin/rules/policy?preview=" + id));
        mvc.perform(get("/admin/rules/policy").param("preview", id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"impact\"")))
                .andExpect(content().string(containsString("id=\"preview-passed\"")))
                .andExpect(content().string(containsString("<option value=\"MEAN\" selected=\"selected\"")));
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
    }

    @Test
    void aFormWithMistakesIsRefusedInTheRequestAndNoPreviewStarts() throws Exception {
        mvc.perform(form(Map.of("mastery.decayingAverageWeight", "1.5")).param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("Outside the allowed range: 0.01 to 1.")));
    }

    @Test
    void onAVersionFromBeforeTheDocumentTheFormStartsFromTheShippedValuesAndItsDraftReplacesTheOldFiles()
            throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        Map<String, String> old = new java.util.HashMap<>(publisher.activeVersion().getFiles());
        old.remove("policy.json");
        old.putAll(org.pathwayplanner.rules.RuleBook.read(java.nio.file.Path.of("src/test/resources/rules-before-policy-json")));
        publisher.publish("admin", old, "A version as stored before policy.json",
                publisher.preview("admin", old).revokedStudents()).recomputed()
                .get(2, java.util.concurrent.TimeUnit.MINUTES);
        try {
            mvc.perform(get("/admin/rules/policy").with(admin()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"old-format\"")));
            mvc.perform(form(Map.of()).param("action", "validate"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"valid\"")));
        } finally {
            publisher.rollback("admin", original, "Back to the policy document").recomputed()
                    .get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
    }

    @Test
    void anUnknownActionIsABadRequest() throws Exception {
        mvc.perform(form(Map.of()).param("action", "publsh")).andExpect(status().isBadRequest());
    }

    private MockHttpServletRequestBuilder form(Map<String, String> changes) {
        MockHttpServletRequestBuilder request = post("/admin/rules/policy").with(admin()).with(csrf());
        withShipped(changes).forEach(request::param);
        return request;
    }

    /** The fields as the form sends them for the shipped policy, with some changed. */
    private static Map<String, String> withShipped(Map<String, String> changes) {
        Map<String, String> fields = new java.util.TreeMap<>(PolicyFormInput.values(PolicyDocument.DEFAULTS));
        fields.putAll(changes);
        return fields;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername("admin"));
    }
}
