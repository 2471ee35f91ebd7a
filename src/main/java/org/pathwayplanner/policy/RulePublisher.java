package org.pathwayplanner.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.pathwayplanner.progress.DistrictRecomputation;
import org.pathwayplanner.rules.PolicyDocument;
import org.pathwayplanner.rules.RuleBook;
import org.pathwayplanner.rules.RuleBuildException;
import org.pathwayplanner.rules.RuleLimitExceeded;
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
public class RulePublisher implements DisposableBean, org.pathwayplanner.rules.ActiveRules {

    /**
     * A publish under way: the version it made and the recomputation that follows it (which completes with
     * null when a later publish came before it started, and exceptionally when it failed).
     */
    public record Publication(int versionNo, CompletableFuture<DistrictEvaluation.Result> recomputed) {
    }

    /**
     * Where the recomputation after the latest publish stands: RUNNING with students done so far, DONE with
     * the impact, or FAILED with the reason; NONE before any publish since the start.
     */
    public record Recomputation(Integer versionNo, String state, int done, int total, String message) {

        public static final String NONE = "NONE";
        public static final String RUNNING = "RUNNING";
        public static final String DONE = "DONE";
        public static final String FAILED = "FAILED";

        public int percent() {
            return total == 0 ? (state.equals(RUNNING) ? 0 : 100) : (int) (100L * done / total);
        }
    }

    /** A file of the version in use: rule file or decision table, and the version that last changed it. */
    public record FileStatus(String name, String kind, int lastChangedIn) {

        public boolean isDecisionTable() {
            return kind.equals("decision-table");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RulePublisher.class);
    /** How many real students a draft is tried on before it is accepted (validate, preview, publish). */
    static final int SAMPLE_STUDENTS = 20;
    /** The outcome of a publish or rollback in the audit log until its recomputation ends. */
    static final String RECOMPUTING = "Recomputing every student…";
    /** The outcome of a recomputation that a stop of the server cut short, written on the next start. */
    static final String INTERRUPTED = "Recomputation failed: the server stopped before it finished (marked failed on "
            + "the next start). The students it had not reached were evaluated on start on the rules in use, without "
            + "measuring this version's impact; preview the rules to see it";

    private final RuleSetVersionRepository versions;
    private final RuleAuditRepository audit;
    private final StudentEvaluator evaluator;
    private final DistrictEvaluation district;
    private final DistrictRecomputation districtRuns;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PolicySemantics semantics;
    private final PublishGate gate;
    private final RollbackTargets rollbackTargets;
    private final PeopleDirectory people;
    private final AtomicReference<Recomputation> recomputation = new AtomicReference<>(
            new Recomputation(null, Recomputation.NONE, 0, 0, null));
    private final AtomicInteger recomputed = new AtomicInteger();
    /**
     * The active version this instance has in use (loaded on start, published here, or followed from the database
     * after another instance published it); 0 until the start has put the database's version in use.
     */
    private volatile int versionInUse;
    private final ExecutorService recomputations = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "rules-recomputation");
        thread.setDaemon(true);
        return thread;
    });

    RulePublisher(RuleSetVersionRepository versions, RuleAuditRepository audit, StudentEvaluator evaluator,
            DistrictEvaluation district, TransactionTemplate transaction, Clock clock, PolicySemantics semantics,
            PublishGate gate, RollbackTargets rollbackTargets, PeopleDirectory people,
            DistrictRecomputation districtRuns) {
        this.districtRuns = districtRuns;
        this.semantics = semantics;
        this.gate = gate;
        this.rollbackTargets = rollbackTargets;
        this.people = people;
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

    /**
     * The recomputation after the latest publish, with its progress: this instance's when it published the version in
     * use; otherwise, when another instance did, its run as the database shows it (finished partitions).
     */
    public Recomputation recomputation() {
        Recomputation current = recomputation.get();
        if (current.state().equals(Recomputation.RUNNING)) {
            return new Recomputation(current.versionNo(), current.state(), recomputed.get(),
                    Math.max(totalOf(current.versionNo()), recomputed.get()), null);
        }
        int inUse = versionInUse;
        if (inUse != 0 && (current.versionNo() == null || current.versionNo() < inUse)) {
            return districtRuns.latest(reasonOf(inUse)).map(run -> run.finished()
                    ? new Recomputation(inUse, Recomputation.DONE, run.evaluated(), run.students(),
                            versions.findByVersionNo(inUse).map(RuleSetVersion::getImpactSummary).orElse(null))
                    : new Recomputation(inUse, Recomputation.RUNNING, run.evaluated(), run.students(), null))
                    .orElse(current);
        }
        return current;
    }

    /** What the run of a version's recomputation is called (every instance finds it by this). */
    private static String reasonOf(int versionNo) {
        return "rules version " + versionNo;
    }

    private int totalOf(int versionNo) {
        return districtRuns.latest(reasonOf(versionNo)).map(DistrictRecomputation.RunProgress::students)
                .orElse(district.progress()[1]);
    }

    /** The files of the version in use, each with its kind and the version that last changed it. */
    public List<FileStatus> files() {
        Map<String, Integer> lastChanged = new HashMap<>();
        Map<String, String> previous = Map.of();
        List<RuleSetVersion> oldestFirst = new ArrayList<>(versions());
        java.util.Collections.reverse(oldestFirst);
        for (RuleSetVersion version : oldestFirst) {
            for (Map.Entry<String, String> file : version.getFiles().entrySet()) {
                if (!file.getValue().equals(previous.get(file.getKey()))) {
                    lastChanged.put(file.getKey(), version.getVersionNo());
                }
            }
            previous = version.getFiles();
        }
        RuleSetVersion active = activeVersion();
        return active.getFiles().keySet().stream().sorted()
                .map(name -> new FileStatus(name, name.endsWith(".csv") ? "decision-table"
                        : name.equals(PolicyDocument.FILE) ? "policy-document" : "rule-file",
                        lastChanged.getOrDefault(name, active.getVersionNo())))
                .toList();
    }

    public List<RuleAuditEntry> auditLog() {
        return audit.findTop100ByOrderByOccurredAtDescIdDesc();
    }

    /**
     * Every problem of the draft, with file and line: what does not compile or leaves the safe subset, and a rule
     * that keeps firing or takes too long on a sample of real students ({@value #SAMPLE_STUDENTS}, spread across
     * the district). Nothing changes.
     */
    public List<RuleProblem> validate(Map<String, String> draft) {
        List<RuleProblem> meaning = semantics.check(draft);
        RuleSet candidate;
        try {
            candidate = RuleBook.compile(draft, "validation");
        } catch (RuleBuildException e) {
            return java.util.stream.Stream.concat(meaning.stream(), e.problems().stream()).distinct().toList();
        }
        if (!meaning.isEmpty()) {
            candidate.release();
            return meaning;
        }
        try {
            return problemsOnSample(candidate);
        } finally {
            candidate.release();
        }
    }

    /** A limit the draft hits on the sample of students, as a problem on the line of the rule that kept firing. */
    private List<RuleProblem> problemsOnSample(RuleSet candidate) {
        try {
            district.tryOnSample(candidate, SAMPLE_STUDENTS);
            return List.of();
        } catch (RuleLimitExceeded limit) {
            return List.of(candidate.problemOf(limit));
        }
    }

    /**
     * Evaluates every student on the draft and compares with their stored results; nothing is saved but the outcome,
     * which the publish gate reads: the students the draft fails to evaluate, and those who would lose a credit or a
     * met status.
     */
    public DraftPreview preview(String actor, Map<String, String> draft) {
        return preview(actor, draft, done -> { });
    }

    /**
     * As {@link #preview(String, Map)}, telling {@code watch} how far it has come and stopping when it cancels (then
     * with a {@link java.util.concurrent.CancellationException}, and nothing recorded): a preview in the background
     * ({@link DistrictPreviews}). A draft with problems ends in a {@link RuleBuildException} naming them.
     */
    DraftPreview preview(String actor, Map<String, String> draft, DistrictEvaluation.Watch watch) {
        refuseIfMeaningless(draft);
        RuleSet candidate = compile(draft, "preview");
        try {
            refuseIfProblemsOnSample(candidate);
            int inUse = activeVersion().getVersionNo();
            DraftPreview preview = DraftPreview.of(RuleVersions.of(draft), inUse,
                    district.preview(candidate, watch), this::namesOf);
            record(actor, "PREVIEW", null, null, preview.passed() ? preview.impact().summary()
                    : "Failed for " + preview.failures().size() + " students; " + preview.impact().summary());
            // the gate hears of a preview last: one that fails on the way (or is cancelled) never opens it
            gate.record(actor, preview);
            return preview;
        } finally {
            candidate.release();
        }
    }

    private Map<Long, String> namesOf(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            people.students(ids.subList(from, Math.min(ids.size(), from + 500)))
                    .forEach(student -> names.put(student.id(), student.fullName()));
        }
        return names;
    }

    /**
     * Publishes the draft as a new version, puts it in use, and recomputes every student in the background; only a
     * draft that passed its preview (see {@link PublishGate}), with {@code confirmedRevocations} the number of
     * students it takes a credit or a met status from, when there are any.
     */
    public Publication publish(String actor, Map<String, String> draft, String comment, Integer confirmedRevocations) {
        requireComment(comment);
        return publish(actor, draft, comment, "PUBLISH", confirmedRevocations);
    }

    /** As {@link #publish(String, Map, String, Integer)} for a draft that takes nothing from anyone. */
    public Publication publish(String actor, Map<String, String> draft, String comment) {
        return publish(actor, draft, comment, null);
    }

    /** Whether a version may be put back in use, and if not, why ({@link RollbackTargets}). */
    public java.util.Optional<PublishRefused> rollbackRefusal(RuleSetVersion version) {
        return rollbackTargets.refusal(version);
    }

    /** Puts an earlier version's files back in use as a new version. */
    public Publication rollback(String actor, int versionNo, String comment) {
        requireComment(comment);
        RuleSetVersion earlier = version(versionNo);
        java.util.Optional<PublishRefused> refused = rollbackTargets.refusal(earlier);
        if (refused.isPresent()) {
            throw refused.get();
        }
        try {
            return publish(actor, earlier.getFiles(), "Roll back to version " + versionNo + ": " + comment, "ROLLBACK",
                    null);
        } catch (RuleBuildException doesNotCompile) {
            rollbackTargets.doesNotCompile(earlier, doesNotCompile.problems());
            throw doesNotCompile;
        }
    }

    /** Checks, once, which stored versions no longer compile with this release (they are no rollback targets). */
    void checkRollbackTargets() {
        rollbackTargets.check(versions());
    }

    private synchronized Publication publish(String actor, Map<String, String> draft, String comment, String action,
            Integer confirmedRevocations) {
        refuseIfMeaningless(draft);
        RuleSet next = compile(draft, RuleVersions.of(draft));
        try {
            refuseIfProblemsOnSample(next);
            if (action.equals("PUBLISH")) {
                gate.admit(actor, next.version(), activeVersion().getVersionNo(), confirmedRevocations);
            }
        } catch (RuleBuildException | PublishRefused refused) {
            next.release();
            throw refused;
        }
        String changedFiles = changedFiles(activeFiles(), draft);
        RuleSetVersion saved;
        try {
            saved = transaction.execute(status -> {
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
        } catch (RuntimeException notSaved) {
            next.release();   // never in use: nothing holds it
            throw notSaved;
        }
        RuleSet replaced = evaluator.swap(next);
        replaced.release();   // disposed once the evaluations still running on it finish
        versionInUse = saved.getVersionNo();
        RuleAuditEntry entry = record(new RuleAuditEntry(clock.instant(), actor, action, saved.getVersionNo(), comment,
                RECOMPUTING, changedFiles));
        log.info("{} published rules version {} ({}): {}; files changed: {}", actor, saved.getVersionNo(),
                next.version(), comment, changedFiles);
        recomputed.set(0);
        recomputation.set(new Recomputation(saved.getVersionNo(), Recomputation.RUNNING, 0, 0, null));
        CompletableFuture<DistrictEvaluation.Result> result = CompletableFuture.supplyAsync(
                () -> recompute(saved, entry), recomputations);
        return new Publication(saved.getVersionNo(), result);
    }

    /**
     * Recomputes every student on the rules just published; a failure is recorded and logged, not swallowed.
     * A recomputation still waiting when a later version is published is left to that version's.
     */
    private DistrictEvaluation.Result recompute(RuleSetVersion saved, RuleAuditEntry entry) {
        Integer latest = recomputation.get().versionNo();
        if (latest != null && latest != saved.getVersionNo()) {
            recordOutcome(saved, entry, "Superseded by version " + latest + " before its recomputation started");
            return null;
        }
        try {
            DistrictEvaluation.Result result = districtRuns.recompute(reasonOf(saved.getVersionNo()), true, done -> {
                if (isLatest(saved)) {
                    recomputed.set(done);
                }
            });
            String summary = result.summary();
            recordOutcome(saved, entry, summary);
            settle(saved, new Recomputation(saved.getVersionNo(), Recomputation.DONE, result.students(),
                    result.students(), summary));
            return result;
        } catch (RuntimeException e) {
            String failed = "Recomputation failed: " + e.getMessage();
            log.error("Recomputing every student on rules version {} failed", saved.getVersionNo(), e);
            settle(saved, new Recomputation(saved.getVersionNo(), Recomputation.FAILED, recomputed.get(),
                    totalOf(saved.getVersionNo()), failed));
            recordOutcome(saved, entry, failed);
            throw e;
        }
    }

    private boolean isLatest(RuleSetVersion saved) {
        Integer latest = recomputation.get().versionNo();
        return latest != null && latest == saved.getVersionNo();
    }

    /** The end of a recomputation shows unless a later version has been published meanwhile. */
    private void settle(RuleSetVersion saved, Recomputation outcome) {
        recomputation.updateAndGet(current -> current.versionNo() != null && current.versionNo() == saved.getVersionNo()
                ? outcome : current);
    }

    private void recordOutcome(RuleSetVersion saved, RuleAuditEntry entry, String outcome) {
        transaction.executeWithoutResult(status -> {
            versions.recordImpact(saved.getId(), RuleSetVersion.shortened(outcome));
            audit.findById(entry.getId()).orElseThrow().completeWith(outcome);
        });
    }

    private Map<String, String> activeFiles() {
        return versions.findByActiveTrue().map(RuleSetVersion::getFiles).orElse(Map.of());
    }

    /** "policy.drl changed, limits.drl.csv added": which files a publish changes, for the audit log. */
    static String changedFiles(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        new java.util.TreeSet<>(java.util.stream.Stream.concat(before.keySet().stream(), after.keySet().stream())
                .toList()).forEach(file -> {
                    if (!before.containsKey(file)) {
                        changes.add(file + " added");
                    } else if (!after.containsKey(file)) {
                        changes.add(file + " removed");
                    } else if (!before.get(file).equals(after.get(file))) {
                        changes.add(file + " changed");
                    }
                });
        return changes.isEmpty() ? "no file changed" : String.join(", ", changes);
    }

    /**
     * Marks failed every recomputation that a stop of the server cut short (its publish still says
     * "Recomputing every student…" and its version has no impact): the audit log and the version say so, and
     * the rules page shows it for the version in use. Runs on start, before any recomputation of this process.
     */
    void settleInterruptedRecomputations() {
        Recomputation running = recomputation.get();
        List<RuleAuditEntry> interrupted = transaction.execute(status -> {
            List<RuleAuditEntry> entries = audit.findByOutcome(RECOMPUTING).stream()
                    .filter(entry -> !(running.state().equals(Recomputation.RUNNING)
                            && java.util.Objects.equals(running.versionNo(), entry.getVersionNo())))
                    .filter(entry -> !stillRunning(entry.getVersionNo()))
                    .toList();
            for (RuleAuditEntry entry : entries) {
                entry.completeWith(INTERRUPTED);
                if (entry.getVersionNo() != null) {
                    versions.findByVersionNo(entry.getVersionNo()).filter(v -> v.getImpactSummary() == null)
                            .ifPresent(v -> versions.recordImpact(v.getId(), RuleSetVersion.shortened(INTERRUPTED)));
                }
            }
            return entries;
        });
        for (RuleAuditEntry entry : interrupted) {
            log.warn("The recomputation after rules version {} was cut short by a stop of the server: marked failed",
                    entry.getVersionNo());
        }
        versions.findByActiveTrue().filter(active -> interrupted.stream()
                .anyMatch(entry -> entry.getVersionNo() != null && entry.getVersionNo() == active.getVersionNo()))
                .ifPresent(active -> recomputation.set(new Recomputation(active.getVersionNo(), Recomputation.FAILED,
                        0, 0, INTERRUPTED)));
    }

    /**
     * Whether the recomputation of a version is still under way on the cluster (its jobs go on when the instance that
     * published it stops): another instance starting meanwhile must not mark it interrupted.
     */
    private boolean stillRunning(Integer versionNo) {
        return versionNo != null && districtRuns.latest(reasonOf(versionNo)).map(run -> !run.finished()).orElse(false);
    }

    /** Seeds version 1 from the rules folder on a fresh install; otherwise puts the active version in use. */
    synchronized void startWith(Map<String, String> folderRules) {
        RuleSetVersion active = transaction.execute(status -> versions.findByActiveTrue().orElseGet(() -> {
            RuleSetVersion first = new RuleSetVersion(1, folderRules, RuleVersions.of(folderRules), "system",
                    "The shipped rules, from the rules folder", null, clock.instant());
            first.activate();
            audit.save(new RuleAuditEntry(clock.instant(), "system", "SEED", 1, first.getComment(), null,
                    changedFiles(Map.of(), folderRules)));
            return versions.save(first);
        }));
        putInUse(active);
    }

    /**
     * Another instance may have published or rolled back: when the active version of the database is not the one in
     * use here, compiles it and swaps it in (an evaluation under way finishes on the rules it started with). Cheap
     * when nothing changed: one query of the active version's number. Nothing happens before the start has put the
     * database's version in use. Returns whether the rules in use changed.
     */
    public synchronized boolean followActiveVersion() {
        if (versionInUse == 0) {
            return false;
        }
        Integer active = versions.activeVersionNo().orElse(null);
        if (active == null || active == versionInUse) {
            return false;
        }
        RuleSetVersion version = versions.findByVersionNo(active).orElse(null);
        if (version == null || !version.isActive()) {
            return false;   // published again meanwhile: the next check follows that one
        }
        putInUse(version);
        log.info("Rules version {} was put in use on another instance: in use here now", active);
        return true;
    }

    @Override
    public boolean catchUp() {
        return followActiveVersion();
    }

    private void putInUse(RuleSetVersion active) {
        if (!active.getContentHash().equals(evaluator.ruleSet().version())) {
            evaluator.swap(compile(active.getFiles(), active.getContentHash())).release();
            log.info("Using rules version {} from the database", active.getVersionNo());
        }
        versionInUse = active.getVersionNo();
    }

    private RuleSet compile(Map<String, String> draft, String version) {
        return RuleBook.compile(draft, version);
    }

    /** Names an unknown method, area or kind, or holds a value out of range: refused before anything compiles. */
    private void refuseIfMeaningless(Map<String, String> draft) {
        List<RuleProblem> problems = semantics.check(draft);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
    }

    private void refuseIfProblemsOnSample(RuleSet candidate) {
        List<RuleProblem> problems = problemsOnSample(candidate);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
    }

    private RuleAuditEntry record(String actor, String action, Integer versionNo, String comment, String outcome) {
        return record(new RuleAuditEntry(clock.instant(), actor, action, versionNo, comment, outcome, null));
    }

    private RuleAuditEntry record(RuleAuditEntry entry) {
        return transaction.execute(status -> audit.save(entry));
    }

    private static void requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Say why the rules change: the comment goes into the audit log");
        }
        if (comment.length() > 1900) {
            throw new IllegalArgumentException("Say why in at most 1900 characters");
        }
    }

    @Override
    public void destroy() {
        recomputations.shutdownNow();
    }
}
