package org.pathwayplanner.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.pathwayplanner.progress.Impact;
import org.pathwayplanner.rules.RuleBook;
import org.pathwayplanner.rules.RuleBuildException;
import org.pathwayplanner.rules.RuleProblem;
import org.pathwayplanner.rules.RuleSet;
import org.pathwayplanner.rules.RuleVersions;
import org.pathwayplanner.rules.StudentEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes the district's rules safely. A draft is validated (compiled, and checked against the safe
 * subset) and its impact previewed on every student without saving anything; publishing stores a new
 * version and swaps the rules every evaluation uses — atomically, without a restart — then recomputes
 * every student's results in the background. Rolling back publishes an earlier version's files the
 * same way. Every publish and rollback is in the audit log with its impact.
 */
@Service
public class RulePublisher implements DisposableBean {

    /** A publish under way: the version it made and the recomputation that follows it. */
    public record Publication(int versionNo, CompletableFuture<DistrictEvaluation.Result> recomputed) {
    }

    private static final Logger log = LoggerFactory.getLogger(RulePublisher.class);

    private final RuleSetVersionRepository versions;
    private final RuleAuditRepository audit;
    private final StudentEvaluator evaluator;
    private final DistrictEvaluation district;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService recomputation = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "rules-recomputation");
        thread.setDaemon(true);
        return thread;
    });

    RulePublisher(RuleSetVersionRepository versions, RuleAuditRepository audit, StudentEvaluator evaluator,
            DistrictEvaluation district, TransactionTemplate transaction, Clock clock) {
        this.versions = versions;
        this.audit = audit;
        this.evaluator = evaluator;
        this.district = district;
        this.transaction = transaction;
        this.clock = clock;
    }

    public RuleSetVersion activeVersion() {
        return versions.findByActiveTrue().orElseThrow(() -> new IllegalStateException("No rule version is active"));
    }

    public List<RuleSetVersion> versions() {
        return versions.findAllByOrderByVersionNoDesc();
    }

    public RuleSetVersion version(int versionNo) {
        return versions.findByVersionNo(versionNo)
                .orElseThrow(() -> new NoSuchElementException("There is no rules version " + versionNo));
    }

    public List<RuleAuditEntry> auditLog() {
        return audit.findTop100ByOrderByOccurredAtDescIdDesc();
    }

    /** Every problem of the draft, with file and line; nothing changes. */
    public List<RuleProblem> validate(Map<String, String> draft) {
        return RuleBook.validate(draft);
    }

    /** Evaluates every student on the draft and compares with their stored results; nothing is saved. */
    public Impact preview(String actor, Map<String, String> draft) {
        RuleSet candidate = compile(draft, "preview");
        try {
            Impact impact = district.preview(candidate, done -> { }).impact();
            record(actor, "PREVIEW", null, null, impact.summary());
            return impact;
        } finally {
            candidate.release();
        }
    }

    /** Publishes the draft as a new version, puts it in use, and recomputes every student in the background. */
    public Publication publish(String actor, Map<String, String> draft, String comment) {
        requireComment(comment);
        return publish(actor, draft, comment, "PUBLISH");
    }

    /** Puts an earlier version's files back in use as a new version. */
    public Publication rollback(String actor, int versionNo, String comment) {
        requireComment(comment);
        RuleSetVersion earlier = version(versionNo);
        return publish(actor, earlier.getFiles(), "Roll back to version " + versionNo + ": " + comment, "ROLLBACK");
    }

    private synchronized Publication publish(String actor, Map<String, String> draft, String comment, String action) {
        RuleSet next = compile(draft, RuleVersions.of(draft));
        RuleSetVersion saved = transaction.execute(status -> {
            RuleSetVersion previous = versions.findByActiveTrue().orElse(null);
            if (previous != null) {
                previous.deactivate();
                versions.saveAndFlush(previous);
            }
            RuleSetVersion version = new RuleSetVersion(versions.lastVersionNo() + 1, draft, next.version(), actor,
                    comment, previous == null ? null : previous.getVersionNo(), clock.instant());
            version.activate();
            return versions.save(version);
        });
        RuleSet replaced = evaluator.swap(next);
        replaced.release();   // disposed once the evaluations still running on it finish
        RuleAuditEntry entry = record(actor, action, saved.getVersionNo(), comment, "Recomputing every student…");
        log.info("{} published rules version {} ({}): {}", actor, saved.getVersionNo(), next.version(), comment);
        CompletableFuture<DistrictEvaluation.Result> recomputed = CompletableFuture.supplyAsync(() -> {
            DistrictEvaluation.Result result = district.evaluateAll(done -> { });
            transaction.executeWithoutResult(status -> {
                RuleSetVersion version = versions.findById(saved.getId()).orElseThrow();
                version.recordImpact(result.impact().summary());
                RuleAuditEntry done = audit.findById(entry.getId()).orElseThrow();
                done.completeWith(result.impact().summary());
            });
            return result;
        }, recomputation);
        return new Publication(saved.getVersionNo(), recomputed);
    }

    /** Seeds version 1 from the rules folder on a fresh install; otherwise puts the active version in use. */
    void startWith(Map<String, String> folderRules) {
        RuleSetVersion active = transaction.execute(status -> versions.findByActiveTrue().orElseGet(() -> {
            RuleSetVersion first = new RuleSetVersion(1, folderRules, RuleVersions.of(folderRules), "system",
                    "The shipped rules, from the rules folder", null, clock.instant());
            first.activate();
            audit.save(new RuleAuditEntry(clock.instant(), "system", "SEED", 1, first.getComment(), null));
            return versions.save(first);
        }));
        if (!active.getContentHash().equals(evaluator.ruleSet().version())) {
            evaluator.swap(compile(active.getFiles(), active.getContentHash())).release();
            log.info("Using rules version {} from the database", active.getVersionNo());
        }
    }

    private RuleSet compile(Map<String, String> draft, String version) {
        return RuleBook.compile(draft, version);
    }

    private RuleAuditEntry record(String actor, String action, Integer versionNo, String comment, String outcome) {
        return transaction.execute(status -> audit.save(new RuleAuditEntry(clock.instant(), actor, action, versionNo,
                comment, outcome)));
    }

    private static void requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Say why the rules change: the comment goes into the audit log");
        }
    }

    @Override
    public void destroy() {
        recomputation.shutdownNow();
    }
}
