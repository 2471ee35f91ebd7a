package org.pathwayplanner.policy;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class RulesPagesAndApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DistrictPreviews previews;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    RulePublisher publisher;
    @Autowired
    RuleSetVersionRepository versions;
    @Autowired
    org.pathwayplanner.people.PeopleDirectory people;

    @Test
    void anAdministratorSeesTheFilesVersionsAndAuditLog() throws Exception {
        mvc.perform(get("/admin/rules").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mastery.drl")))
                .andExpect(content().string(containsString("The shipped rules, from the rules folder")));
    }

    @Test
    void theEditorShowsTheFileInACodeEditorServedByTheApp() throws Exception {
        mvc.perform(get("/admin/rules/files/mastery.drl").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("which calculation method applies")))
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

    @Test
    void theFileListShowsEachFilesKindAndTheVersionThatLastChangedIt() throws Exception {
        mvc.perform(get("/admin/rules").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("policy.json")))
                .andExpect(content().string(containsString("Policy document")))
                .andExpect(content().string(containsString("Rule file")))
                .andExpect(content().string(containsString("href=\"/admin/rules/policy\"")))
                .andExpect(content().string(containsString("id=\"compare\"")));
        org.assertj.core.api.Assertions.assertThat(publisher.files())
                .anySatisfy(f -> {
                    org.assertj.core.api.Assertions.assertThat(f.name()).isEqualTo("policy.json");
                    org.assertj.core.api.Assertions.assertThat(f.kind()).isEqualTo("policy-document");
                    org.assertj.core.api.Assertions.assertThat(f.lastChangedIn()).isPositive();
                });
    }

    static final String KIND_TABLE = String.join("\n",
            "RuleSet,org.pathwayplanner.rules.pathways",
            "Import,org.pathwayplanner.rules.Eligibility.*",
            "Notes,Some kinds need a guardian's consent at any age.",
            ",",
            "RuleTable Guardian consent by kind",
            "CONDITION,ACTION",
            "$p : ProposalFact,",
            "\"type == \"\"$param\"\"\",\"insert(new GuardianConsentNeeded(\"\"Guardian consent by kind\"\", \"\"$param\"\"));\"",
            "Kind of pathway,Why",
            "INTERNSHIP,Internships are off campus", "");

    @Test
    void theDecisionTableIsDownloadedAsCsvAndAnUploadOpensAsADraft() throws Exception {
        mvc.perform(get("/admin/rules/files/policy.json/download").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("policy.json")))
                .andExpect(content().string(publisher.activeVersion().getFiles().get("policy.json")));

        mvc.perform(multipart("/admin/rules/upload").file(new MockMultipartFile("file", "consent-by-kind.drl.csv",
                                "text/csv", KIND_TABLE.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Internships are off campus")))
                .andExpect(content().string(containsString("Decision table")));

        mvc.perform(post("/admin/rules/files/consent-by-kind.drl.csv").with(user(accounts.loadUserByUsername("admin")))
                        .with(csrf()).param("content", KIND_TABLE).param("action", "validate"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"valid\"")));
    }

    @Test
    void aDecisionTableRowNamingAKindThePolicyDoesNotHaveIsRefusedOnItsRow() throws Exception {
        mvc.perform(post("/admin/rules/files/consent-by-kind.drl.csv").with(user(accounts.loadUserByUsername("admin")))
                        .with(csrf()).param("content", KIND_TABLE.replace("INTERNSHIP,", "INTERNSHIPS,"))
                        .param("action", "validate"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("consent-by-kind.drl.csv:10")))
                .andExpect(content().string(containsString("names the kind INTERNSHIPS that the policy does not have")));
    }

    @Test
    void aSpreadsheetUploadIsAskedForAsCsv() throws Exception {
        mvc.perform(multipart("/admin/rules/upload").file(new MockMultipartFile("file", "pathway-types.drl.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4, 0}))
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("uploadError", "rules.uploadSpreadsheet"));
        mvc.perform(get("/admin/rules").flashAttr("uploadError", "rules.uploadSpreadsheet")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(content().string(containsString("save the sheet as CSV")));
    }

    @Test
    void anUnknownActionIsABadRequestAndPublishesNothing() throws Exception {
        int inUse = publisher.activeVersion().getVersionNo();
        mvc.perform(post("/admin/rules/files/policy.json").with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                        .param("content", publisher.activeVersion().getFiles().get("policy.json"))
                        .param("comment", "why").param("action", "publsh"))
                .andExpect(status().isBadRequest());
        org.assertj.core.api.Assertions.assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
    }

    @Test
    void problemsOfTheEditedFileAreMarkedOnItsLinesAndThoseOfOtherFilesOnlyListed() throws Exception {
        String mastery = publisher.activeVersion().getFiles().get("mastery.drl");
        String broken = mastery.replaceFirst("when\n", "when\n    org.pathwayplanner.rules.Facts.StudentFact(gradeLevel >>= 9)\n");
        int line = broken.substring(0, broken.indexOf(">>=")).split("\n", -1).length;

        mvc.perform(post("/admin/rules/files/mastery.drl").with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                        .param("content", broken).param("action", "validate"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-line=\"" + line + "\"")))
                .andExpect(content().string(containsString("mastery.drl:" + line)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("other-file"))));
    }

    @Test
    void thePreviewListsWhoGainsAndLosesWhichCompetency() throws Exception {
        String stricter = publisher.activeVersion().getFiles().get("policy.json")
                .replace("\"districtMethod\" : \"MOST_RECENT\"", "\"districtMethod\" : \"MEAN\"");
        mvc.perform(previewed("policy.json", stricter))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"impact\"")))
                .andExpect(content().string(containsString("id=\"impact-competencies\"")))
                .andExpect(content().string(containsString("class=\"lost\"")))
                .andExpect(content().string(containsString("Lose the mastery of a competency")));
    }

    @Test
    void aPreviewThatFailsForAStudentNamesThemOnThePageAndThePublishIsRefused() throws Exception {
        int inUse = publisher.activeVersion().getVersionNo();
        var student = people.studentOfAccount("student1").orElseThrow();
        String failing = publisher.activeVersion().getFiles().get("readiness.drl") + """

                rule "Fails for one student on the page"
                when
                    org.pathwayplanner.rules.Facts.StudentFact(studentId == %d)
                then
                    throw new IllegalStateException("MOST_MEENRECENT is no calculation method");
                end
                """.formatted(student.id());
        var admin = user(accounts.loadUserByUsername("admin"));

        mvc.perform(previewed("readiness.drl", failing))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preview-failures\"")))
                .andExpect(content().string(containsString("The draft fails for 1 students")))
                .andExpect(content().string(containsString(student.fullName())))
                .andExpect(content().string(containsString("MOST_MEENRECENT is no calculation method")));
        mvc.perform(post("/admin/rules/files/readiness.drl").with(admin).with(csrf()).param("content", failing)
                        .param("action", "publish").param("comment", "publish it anyway"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"publish-refused\"")))
                .andExpect(content().string(containsString("failed for 1 students, so it cannot be published")));
        org.assertj.core.api.Assertions.assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
        mvc.perform(post("/admin/rules/drafts/readiness.drl/discard").with(admin).with(csrf()));
    }

    @Test
    void aRollbackFromThePageIsConfirmedAndARefusedOneExplained() throws Exception {
        int inUse = publisher.activeVersion().getVersionNo();
        mvc.perform(post("/admin/rules/versions/{n}/rollback", inUse).with(user(accounts.loadUserByUsername("admin")))
                        .with(csrf()).param("comment", "Same rules again, as a check"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "rolledBack"));
        publisher.recomputation();
        org.assertj.core.api.Assertions.assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse + 1);

        Map<String, String> broken = new HashMap<>(publisher.activeVersion().getFiles());
        broken.put("mastery.drl", broken.get("mastery.drl").replace("MasteryPolicy(", "RetiredPolicy("));
        RuleSetVersion stale = versions.save(new RuleSetVersion(versions.lastVersionNo() + 1, broken, "sha256:stale",
                "admin", "From before a fact was renamed", inUse, java.time.Instant.now()));
        mvc.perform(post("/admin/rules/versions/{n}/rollback", stale.getVersionNo())
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()).param("comment", "try"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("rollbackRefused", stale.getVersionNo()));
        mvc.perform(post("/api/rules/versions/{n}/rollback", stale.getVersionNo()).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"try\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("mastery.drl")));
        org.assertj.core.api.Assertions.assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse + 1);

        // a version that does not compile is no longer offered as a rollback target
        mvc.perform(get("/admin/rules").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(content().string(containsString("Version " + stale.getVersionNo()
                        + " is not offered as a rollback target: it does not compile with this release")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(
                        "/admin/rules/versions/" + stale.getVersionNo() + "/rollback"))));
        mvc.perform(get("/api/rules/versions").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[?(@.versionNo == " + stale.getVersionNo() + ")].rollbackTarget").value(false));
        mvc.perform(post("/admin/rules/versions/{n}/rollback", stale.getVersionNo())
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()).param("comment", "again"))
                .andExpect(flash().attribute("rollbackNotATarget", "rules.rollback.doesNotCompile"));
    }

    @Test
    void theRecomputationIsReportedToThePageScriptAndTheApi() throws Exception {
        mvc.perform(get("/admin/rules/recomputation").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").exists())
                .andExpect(jsonPath("$.done").isNumber());
        mvc.perform(get("/api/rules/recomputation").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").exists());
        mvc.perform(get("/admin/rules/recomputation").with(user(accounts.loadUserByUsername("teacher.math"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anyTwoVersionsCanBeCompared() throws Exception {
        mvc.perform(get("/admin/rules/diff").param("from", "1").param("to", "1")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"1\" selected=\"selected\">1</option>")));
        mvc.perform(get("/admin/rules/diff").param("from", "1").param("to", "99999")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound());
    }

    /**
     * The editor's preview (which runs in the background, issue 20) started as the administrator, waited for, and the
     * editor that shows its outcome.
     */
    private org.springframework.test.web.servlet.RequestBuilder previewed(String file, String content) throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        String location = mvc.perform(post("/admin/rules/files/{file}", file).with(admin).with(csrf())
                        .param("content", content).param("action", "preview"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        DistrictPreviewsTests.awaitEnd(previews.job(id).orElseThrow());
        return get("/admin/rules/files/{file}", file).param("preview", id).with(admin);
    }
}
