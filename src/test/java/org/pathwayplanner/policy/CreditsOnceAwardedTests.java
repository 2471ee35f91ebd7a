package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.ProgressViews.CreditAwardView;
import org.pathwayplanner.progress.ProgressViews.StudentProgressView;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A publish that would take credits back: under the district's AwardPolicy KEEP (the shipped default) every award
 * stays, marked with the version that made it, on the pages and in the API; under RECALCULATE the new rules decide.
 */
@PlannerTest
class CreditsOnceAwardedTests {

    /** A change that would take back every full bundle award: no bundle lists that many competencies. */
    static final String FULL_BUNDLE_AWARD = "CreditAllocation(candidate.bundleId != null, candidate.partial == false,"
            + " lostNone == true, $e : candidate)";
    static final String NO_FULL_BUNDLE_AWARD = "CreditAllocation(candidate.bundleId != null, candidate.partial == false,"
            + " lostNone == true, candidate.listed > 1000, $e : candidate)";

    @Autowired
    RulePublisher publisher;
    @Autowired
    StudentProgress progress;
    @Autowired
    PeopleDirectory people;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void underKeepAPublishThatWouldTakeCreditsBackKeepsThemMarkedWithTheVersionThatAwardedThem() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        long senior = people.studentOfAccount("student.senior").orElseThrow().id();
        StudentProgressView before = progress.progressOf(senior);
        List<CreditAwardView> fullBundles = fullBundleAwards(before);
        assertThat(fullBundles).as("the senior holds full bundle awards").isNotEmpty()
                .allSatisfy(a -> assertThat(a.awardedUnderVersion()).isNull());
        String madeUnder = String.valueOf(firstVersionWithTheRulesInUse());

        try {
            publish(activeWith("credits.drl", text -> text.replace(FULL_BUNDLE_AWARD, NO_FULL_BUNDLE_AWARD)),
                    "No more full bundle awards");

            StudentProgressView after = progress.progressOf(senior);
            assertThat(after.audit().earned()).isEqualByComparingTo(before.audit().earned());
            assertThat(after.audit().status()).isEqualTo(before.audit().status());
            assertThat(after.credits()).filteredOn(a -> a.bundleId() != null && fullBundles.stream()
                    .anyMatch(b -> b.id().equals(a.id()))).hasSameSizeAs(fullBundles).allSatisfy(a -> {
                        assertThat(a.awardedUnderVersion()).isEqualTo(madeUnder);
                        assertThat(a.why().reason()).contains("awarded under an earlier rule version and kept");
                    });
            mvc.perform(get("/api/students/{id}/progress", senior).with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.credits[?(@.id == '" + fullBundles.get(0).id() + "')].awardedUnderVersion")
                            .value(madeUnder));
            mvc.perform(get("/student/transcript").with(user(accounts.loadUserByUsername("student.senior"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("awarded under version " + madeUnder)));
        } finally {
            publisher.rollback("admin", original, "Back to full bundle awards").recomputed().get(2, TimeUnit.MINUTES);
        }
        assertThat(fullBundleAwards(progress.progressOf(senior))).hasSameSizeAs(fullBundles)
                .allSatisfy(a -> assertThat(a.awardedUnderVersion()).isNull());
    }

    @Test
    void underRecalculateThePublishTakesTheCreditsBack() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        long senior = people.studentOfAccount("student.senior").orElseThrow().id();
        StudentProgressView before = progress.progressOf(senior);
        BigDecimal fullBundleCredits = fullBundleAwards(before).stream().map(CreditAwardView::credits)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(fullBundleCredits).isPositive();

        try {
            Map<String, String> draft = activeWith("credits.drl",
                    text -> text.replace(FULL_BUNDLE_AWARD, NO_FULL_BUNDLE_AWARD));
            String policy = draft.get("policy.json");
            draft.put("policy.json", policy.replace("\"creditsOnceAwarded\" : \"KEEP\"", "\"creditsOnceAwarded\" : \"RECALCULATE\""));
            assertThat(draft.get("policy.json")).as("the test's edit applies").isNotEqualTo(policy);
            publish(draft, "Recalculate, and no more full bundle awards");

            StudentProgressView after = progress.progressOf(senior);
            assertThat(fullBundleAwards(after)).isEmpty();
            assertThat(after.credits()).allSatisfy(a -> assertThat(a.awardedUnderVersion()).isNull());
            assertThat(after.audit().earned()).isLessThan(before.audit().earned());
        } finally {
            publisher.rollback("admin", original, "Back to full bundle awards").recomputed().get(2, TimeUnit.MINUTES);
        }
        assertThat(progress.progressOf(senior).audit().earned()).isEqualByComparingTo(before.audit().earned());
    }

    private static List<CreditAwardView> fullBundleAwards(StudentProgressView view) {
        return view.credits().stream().filter(a -> a.bundleId() != null
                && "A bundle whose competencies are all mastered awards its credits".equals(a.why().rule())
                || a.why().reason().contains("kept")).toList();
    }

    private int firstVersionWithTheRulesInUse() {
        String hash = publisher.activeVersion().getContentHash();
        return publisher.versions().stream().filter(v -> v.getContentHash().equals(hash))
                .mapToInt(RuleSetVersion::getVersionNo).min().orElseThrow();
    }

    /** Through the publish gate: previewed first, the students losing credits confirmed by their number. */
    private void publish(Map<String, String> draft, String comment) throws Exception {
        int revoked = publisher.preview("admin", draft).revokedStudents();
        publisher.publish("admin", draft, comment, revoked).recomputed().get(2, TimeUnit.MINUTES);
    }

    private Map<String, String> activeWith(String file, java.util.function.Function<String, String> change) {
        Map<String, String> files = new HashMap<>(publisher.activeVersion().getFiles());
        String changed = change.apply(files.get(file));
        assertThat(changed).as("the test's edit applies").isNotEqualTo(files.get(file));
        files.put(file, changed);
        return files;
    }
}
