package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.rules.RuleVersions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A preview over the district in the background: it counts the students it has evaluated out of all of them, finds
 * exactly what the preview in the request finds, stops when its administrator cancels it — recording nothing — and
 * runs one at a time per administrator.
 */
@PlannerTest
class DistrictPreviewsTests {

    static final String MEAN = "\"districtMethod\" : \"MEAN\"";

    @Autowired
    DistrictPreviews previews;
    @Autowired
    RulePublisher publisher;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RulePreviewRepository recorded;

    /** Holds a preview after its tenth student until the test lets it go. */
    final CountDownLatch letGo = new CountDownLatch(1);
    final CountDownLatch held = new CountDownLatch(1);

    @AfterEach
    void noLongerHeld() {
        letGo.countDown();
        previews.pace(null);
    }

    @Test
    void aPreviewCountsEveryStudentAndFindsWhatThePreviewInTheRequestFinds() {
        Map<String, String> draft = meanOfAllScores();

        DistrictPreviews.Start start = previews.start("admin.background", "policy.json", draft);
        DistrictPreviews.Job job = awaitEnd(start.job());

        assertThat(start.alreadyRunning()).isFalse();
        assertThat(job.getState()).isEqualTo("DONE");
        assertThat(job.getTotal()).isEqualTo((int) people.countStudents());
        assertThat(job.getDone()).isEqualTo(job.getTotal());
        assertThat(job.percent()).isEqualTo(100);
        DraftPreview inTheRequest = publisher.preview("admin.request", draft);
        DraftPreview inTheBackground = job.result().orElseThrow();
        assertThat(inTheBackground.impact()).isEqualTo(inTheRequest.impact());
        assertThat(inTheBackground.failures()).isEqualTo(inTheRequest.failures());
        assertThat(inTheBackground.revocations()).isEqualTo(inTheRequest.revocations());
        assertThat(inTheBackground.impact().studentsChanged()).as("the draft changes someone").isPositive();
    }

    @Test
    void aCancelledPreviewStopsWithinABatchSaysHowFarItCameAndRecordsNothing() throws Exception {
        holdAfterTenStudents();
        int recordedPreviews = count("rule_preview");
        int auditLines = count("rule_audit");
        Map<String, String> draft = meanOfAllScores();
        draft.put("flags.drl", draft.get("flags.drl") + "\n// previewed, then cancelled\n");

        DistrictPreviews.Job job = previews.start("admin.cancels", "policy.json", draft).job();
        assertThat(held.await(2, TimeUnit.MINUTES)).as("the preview reached its tenth student").isTrue();
        assertThat(job.getState()).isEqualTo("RUNNING");
        assertThat(job.getDone()).isEqualTo(10);
        previews.cancel("admin.cancels", job.getId());
        assertThat(job.isCancelRequested()).isTrue();
        letGo.countDown();
        awaitEnd(job);

        assertThat(job.getState()).isEqualTo("CANCELLED");
        assertThat(job.getTotal()).isEqualTo((int) people.countStudents());
        assertThat(job.getDone()).as("the students under way finished, no other started")
                .isBetween(10, 10 + Runtime.getRuntime().availableProcessors() * 2)
                .isLessThan(job.getTotal());
        assertThat(job.result()).as("a part of the district is never the impact").isEmpty();
        assertThat(count("rule_preview")).isEqualTo(recordedPreviews);
        assertThat(count("rule_audit")).isEqualTo(auditLines);
        assertThat(recorded.findFirstByDraftHashOrderByPreviewedAtDescIdDesc(RuleVersions.of(draft)))
                .as("the publish gate knows no preview of this draft").isEmpty();
    }

    @Test
    void anAdministratorHasOnePreviewAtATimeAndOnlyTheyCancelIt() throws Exception {
        holdAfterTenStudents();
        Map<String, String> draft = meanOfAllScores();
        DistrictPreviews.Job first = previews.start("admin.once", "policy.json", draft).job();
        assertThat(held.await(2, TimeUnit.MINUTES)).isTrue();

        DistrictPreviews.Start second = previews.start("admin.once", "flags.drl", publisher.activeVersion().getFiles());
        DistrictPreviews.Start colleague = previews.start("admin.colleague", "policy.json", draft);

        assertThat(second.alreadyRunning()).isTrue();
        assertThat(second.job()).isSameAs(first);
        assertThat(colleague.alreadyRunning()).isFalse();
        assertThat(colleague.job()).isNotSameAs(first);
        assertThat(colleague.job().getTotal()).as("waits for its turn").isZero();
        assertThatThrownBy(() -> previews.cancel("admin.colleague", first.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(first.isCancelRequested()).isFalse();

        previews.cancel("admin.once", first.getId());
        previews.cancel("admin.colleague", colleague.job().getId());
        letGo.countDown();
        assertThat(awaitEnd(first).getState()).isEqualTo("CANCELLED");
        assertThat(awaitEnd(colleague.job()).getState()).isEqualTo("CANCELLED");
        assertThat(colleague.job().getDone()).as("cancelled before its turn came").isZero();
    }

    @Test
    void previewsTakeTurnsAndAFewWaitAtMost() throws Exception {
        holdAfterTenStudents();
        Map<String, String> draft = meanOfAllScores();
        DistrictPreviews.Job running = previews.start("admin.turn0", "policy.json", draft).job();
        assertThat(held.await(2, TimeUnit.MINUTES)).isTrue();
        java.util.List<DistrictPreviews.Job> waiting = new java.util.ArrayList<>();
        for (int i = 1; i <= DistrictPreviews.WAITING; i++) {
            waiting.add(previews.start("admin.turn" + i, "policy.json", draft).job());
        }

        assertThatThrownBy(() -> previews.start("admin.turn9", "policy.json", draft))
                .isInstanceOf(DistrictPreviews.Busy.class);
        assertThat(waiting).allSatisfy(job -> assertThat(job.getTotal()).isZero());

        previews.cancel("admin.turn0", running.getId());
        waiting.forEach(job -> previews.cancel(job.getOwner(), job.getId()));
        letGo.countDown();
        assertThat(awaitEnd(running).getState()).isEqualTo("CANCELLED");
        waiting.forEach(job -> assertThat(awaitEnd(job).getState()).isEqualTo("CANCELLED"));
    }

    @Test
    void aDraftThatDoesNotCompileEndsWithItsProblemsAndNoStudentEvaluated() {
        Map<String, String> draft = new HashMap<>(publisher.activeVersion().getFiles());
        draft.put("flags.drl", draft.get("flags.drl") + "\nrule \"Broken\" when then oops( end\n");

        DistrictPreviews.Job job = awaitEnd(previews.start("admin.broken", "flags.drl", draft).job());

        assertThat(job.getState()).isEqualTo("INVALID");
        assertThat(job.getProblems()).isNotEmpty().anySatisfy(p -> assertThat(p.file()).isEqualTo("flags.drl"));
        assertThat(job.getDone()).isZero();
        assertThat(job.result()).isEmpty();
    }

    private void holdAfterTenStudents() {
        previews.pace(done -> {
            if (done == 10) {
                held.countDown();
                try {
                    letGo.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    private Map<String, String> meanOfAllScores() {
        Map<String, String> draft = new HashMap<>(publisher.activeVersion().getFiles());
        draft.put("policy.json", draft.get("policy.json").replace(RulePublisherTests.DEFAULT_METHOD, MEAN));
        assertThat(draft.get("policy.json")).contains(MEAN);
        return draft;
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    static DistrictPreviews.Job awaitEnd(DistrictPreviews.Job job) {
        await(() -> !job.getState().equals("RUNNING"), Duration.ofMinutes(3));
        return job;
    }

    static void await(BooleanSupplier condition, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still waiting after " + atMost);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
