package org.pathwayplanner.progress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.RosterEntry;
import org.pathwayplanner.rules.Evaluation;
import org.pathwayplanner.rules.Conclusions.CreditAward;
import org.pathwayplanner.rules.EvaluationFailure;
import org.pathwayplanner.rules.EvaluationLimits;
import org.pathwayplanner.rules.Facts.PathwayCreditFact;
import org.pathwayplanner.rules.Facts.ScoreFact;
import org.pathwayplanner.rules.FrameworkFacts;
import org.pathwayplanner.rules.RuleSet;
import org.pathwayplanner.rules.StudentEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Evaluates every student of the district: one streaming read of all scores in student order, the
 * students evaluated in parallel on one rule set, results written in batches. Memory holds only the
 * students in flight, never the district.
 */
@Service
public class DistrictEvaluation {

    /**
     * What a run did: how many students, on which rules, in how long; {@code storeMillis} includes
     * {@code compareMillis}, the time spent comparing with the stored results.
     */
    public record Result(int students, String ruleSetVersion, long millis, long rulesCpuMillis, long storeMillis,
            long compareMillis, Impact impact, List<EvaluationFailure> failures) {

        public Result {
            failures = failures == null ? List.of() : List.copyOf(failures);
        }

        /** How a summary says that the rules could not evaluate some students. */
        public static final String NOT_EVALUATED = " could not be evaluated ";

        /** How many students the rules could not evaluate (their results are marked stale; the others are stored). */
        public int failed() {
            return failures.size();
        }

        /**
         * The impact's summary, and how many students the rules could not evaluate: "12 students changed …; 1
         * student could not be evaluated (marked stale): Rule "…" failed: …".
         */
        public String summary() {
            if (failures.isEmpty()) {
                return impact.summary();
            }
            return impact.summary() + "; " + failures.size() + (failures.size() == 1 ? " student" : " students")
                    + NOT_EVALUATED + "(progress marked stale, see the administrator's home page): "
                    + failures.get(0).reason();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DistrictEvaluation.class);
    private static final int WRITE_BATCH = 500;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final StudentEvaluator evaluator;
    private final ProgressFacts facts;
    private final ProgressStore store;
    private final StaleResults stale;
    private final PeopleDirectory people;
    private final EvidenceHistory evidence;
    private final Clock clock;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    DistrictEvaluation(StudentEvaluator evaluator, ProgressFacts facts, ProgressStore store, StaleResults stale,
            PeopleDirectory people, EvidenceHistory evidence, Clock clock) {
        this.stale = stale;
        this.evaluator = evaluator;
        this.facts = facts;
        this.store = store;
        this.people = people;
        this.evidence = evidence;
        this.clock = clock;
    }

    /**
     * Students evaluated so far by the recomputation in progress (or the last one), and how many it has in
     * all. A preview does not count here.
     */
    public int[] progress() {
        return new int[] {done.get(), total};
    }

    /**
     * Evaluates every student on the rules in use and stores the results; {@code onProgress} hears the number
     * of students evaluated so far after each one.
     */
    public Result evaluateAll(IntConsumer onProgress) {
        try (RuleSet.Lease lease = evaluator.leaseCurrent()) {
            return run(lease.ruleSet(), true, true, onProgress);
        }
    }

    /**
     * As {@link #evaluateAll}, without comparing each student with their stored results first (the result's impact
     * is empty): for recomputations whose callers do not report what changed, such as the one at start-up.
     */
    public Result evaluateAllWithoutImpact(IntConsumer onProgress) {
        try (RuleSet.Lease lease = evaluator.leaseCurrent()) {
            return run(lease.ruleSet(), true, false, onProgress);
        }
    }

    /** A student whose evaluation failed in a preview, and why. */
    public record StudentFailure(long studentId, String error) {
    }

    /** A preview's run, and the students it could not evaluate (the others' changes are in the impact). */
    public record Preview(Result result, List<StudentFailure> failures) {
    }

    /**
     * What the caller of a preview hears while it runs (how many students in all, how many evaluated so far) and
     * decides (whether to stop): a preview over a whole district runs in the background and may be cancelled.
     */
    public interface Watch {

        /** The number of students evaluated so far; called after each one, by the thread that evaluated it. */
        void evaluated(int done);

        /** How many students the run evaluates in all, once the roster is read. */
        default void started(int students) {
        }

        /** Checked before each student: once true, no student starts any more and the run ends cancelled. */
        default boolean cancelled() {
            return false;
        }
    }

    /**
     * Evaluates every student on {@code candidate} without storing anything: what would change, compared with
     * each student's stored results. A student whose evaluation fails is listed with the error and the others are
     * still evaluated, so that a preview names every student a draft would fail; only the time limit of a run
     * ends it early, and {@code watch} when it cancels: then no student starts any more, the students in flight
     * finish, and the run ends in a {@link java.util.concurrent.CancellationException} (nothing was stored).
     */
    public Preview preview(RuleSet candidate, Watch watch) {
        List<StudentFailure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Result result = run(candidate, false, true, watch, failures);
        List<StudentFailure> sorted = new ArrayList<>(failures);
        sorted.sort(java.util.Comparator.comparingLong(StudentFailure::studentId));
        return new Preview(result, List.copyOf(sorted));
    }

    /**
     * Evaluates up to {@code size} real students spread across the roster (the first and the last included) on
     * {@code candidate} under the evaluation limits, storing nothing: a draft whose rules keep firing or take
     * too long for one of them ends in {@link org.pathwayplanner.rules.RuleLimitExceeded}; any other failure is left to
     * the preview and the recomputation to report. Returns how many students were tried.
     */
    public int tryOnSample(RuleSet candidate, int size) {
        List<RosterEntry> roster = people.roster();
        if (roster.isEmpty() || size < 1) {
            return 0;
        }
        FrameworkFacts framework = facts.framework();
        java.util.SortedSet<Integer> picked = new java.util.TreeSet<>();
        int count = Math.min(size, roster.size());
        for (int i = 0; i < count; i++) {
            picked.add(count == 1 ? 0 : (int) ((long) i * (roster.size() - 1) / (count - 1)));
        }
        for (int index : picked) {
            try {
                StudentEvaluator.evaluate(candidate, framework, facts.student(roster.get(index)), evaluator.limits());
            } catch (org.pathwayplanner.rules.RuleLimitExceeded limit) {
                throw limit;
            } catch (RuntimeException failed) {
                // Not a limit: a rule that throws is reported by the preview and by the recomputation after a publish.
                log.debug("Student {} fails on draft rules {}: {}", roster.get(index).studentId(), candidate.version(),
                        failed.getMessage());
            }
        }
        return picked.size();
    }

    /**
     * Evaluates the students whose ids are from {@code firstStudentId} to {@code lastStudentId} on the rules in use,
     * one after the other in the calling thread, and stores the results: one partition of a district recomputation
     * run as jobs ({@link DistrictRecomputation}), where the parallelism is the job executors' threads on every
     * instance. Several partitions may run at once; the whole-district progress ({@link #progress()}) is not theirs.
     */
    public Result evaluatePartition(long firstStudentId, long lastStudentId, boolean compare) {
        try (RuleSet.Lease lease = evaluator.leaseCurrent()) {
            return evaluate(lease.ruleSet(), true, compare, done -> { }, null,
                    new Scope(people.rosterBetween(firstStudentId, lastStudentId),
                            rows -> evidence.streamScoresBetween(firstStudentId, lastStudentId, rows),
                            store.awardsBetween(firstStudentId, lastStudentId), false));
        }
    }

    /**
     * The students a run evaluates, their scores (a stream in student order) and the awards they hold; a whole
     * district is evaluated by a pool of threads, a partition in the calling thread.
     */
    private record Scope(List<RosterEntry> roster,
            java.util.function.Consumer<java.util.function.Consumer<EvidenceHistory.ScoreRow>> scores,
            Map<Long, List<CreditAward>> held, boolean wholeDistrict) {
    }

    private Result run(RuleSet rules, boolean storeResults, boolean compare, IntConsumer onProgress) {
        return run(rules, storeResults, compare, onProgress::accept, null);
    }

    /** {@code failures}, when given, collects each student's failure instead of ending the run with the first. */
    private synchronized Result run(RuleSet rules, boolean storeResults, boolean compare, Watch watch,
            List<StudentFailure> failures) {
        return evaluate(rules, storeResults, compare, watch, failures,
                new Scope(people.roster(), evidence::streamAllScores, store.allAwards(), true));
    }

    private Result evaluate(RuleSet rules, boolean storeResults, boolean compare, Watch watch,
            List<StudentFailure> failures, Scope scope) {
        long started = System.nanoTime();
        EvaluationLimits limits = evaluator.limits();
        // Every result of this run is stamped as started now, before anything is read: a student evaluated on their
        // own meanwhile (a new score, a pathway completed) keeps that fresher result (see ProgressStore).
        java.time.Instant runStarted = clock.instant();
        FrameworkFacts framework = facts.framework();
        List<RosterEntry> roster = scope.roster();
        Map<Long, List<PathwayCreditFact>> pathways = facts.allCompletedPathways();
        Map<Long, List<CreditAward>> held = scope.held();
        watch.started(roster.size());
        boolean countsProgress = storeResults && scope.wholeDistrict();
        if (countsProgress) {
            total = roster.size();
            done.set(0);
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = scope.wholeDistrict() ? new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 64), new ThreadPoolExecutor.CallerRunsPolicy()) : null;
        java.util.concurrent.Executor workers = pool != null ? pool : Runnable::run;
        Map<Long, String> titles = new java.util.HashMap<>();
        framework.competencies().forEach(c -> titles.put(c.id(), c.title()));
        Batch batch = new Batch(watch, storeResults, countsProgress, compare, limits, started, failures,
                rules.version(), storeResults ? stale.studentIds() : java.util.Set.of());
        try {
            Iterator<RosterEntry> students = roster.iterator();
            List<ScoreFact> scores = new ArrayList<>();
            long[] current = {-1};
            scope.scores().accept(row -> {
                if (row.studentId() != current[0]) {
                    batch.throwIfFailed();
                    if (current[0] >= 0) {
                        submitUpTo(current[0], students, scores, pathways, held, rules, framework, workers, batch,
                                runStarted);
                    }
                    current[0] = row.studentId();
                    scores.clear();
                }
                scores.add(ProgressFacts.score(row));
            });
            if (current[0] >= 0) {
                submitUpTo(current[0], students, scores, pathways, held, rules, framework, workers, batch,
                        runStarted);
            }
            scores.clear();
            submitUpTo(Long.MAX_VALUE, students, scores, pathways, held, rules, framework, workers, batch,
                    runStarted);
            if (pool != null) {
                pool.shutdown();
                awaitTermination(pool);
            }
            batch.throwIfCancelled();
            batch.flush();
            batch.markFailedStale();
            batch.rethrowFirstFailure();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (!scope.wholeDistrict()) {
            log.debug("Evaluated a partition of {} students on rules {} in {} ms; {} failed", roster.size(),
                    rules.version(), millis, batch.failed.size());
        } else {
            log.info("Evaluated {} students on rules {} in {} ms ({} ms of it comparing with the stored results); {} "
                    + "failed", roster.size(), rules.version(), millis, batch.compareNanos.get() / 1_000_000,
                    batch.failed.size());
        }
        return new Result(roster.size(), rules.version(), millis, batch.rulesNanos.get() / 1_000_000,
                batch.storeNanos.get() / 1_000_000, batch.compareNanos.get() / 1_000_000, Impact.of(batch.changes, titles),
                batch.failed);
    }

    /**
     * Evaluates every roster student up to {@code studentId}: those before it have no evidence,
     * {@code studentId} itself has {@code scores}.
     */
    private void submitUpTo(long studentId, Iterator<RosterEntry> students, List<ScoreFact> scores,
            Map<Long, List<PathwayCreditFact>> pathways, Map<Long, List<CreditAward>> held, RuleSet rules,
            FrameworkFacts framework,
            java.util.concurrent.Executor workers, Batch batch, java.time.Instant runStarted) {
        List<ScoreFact> ownScores = List.copyOf(scores);
        while (students.hasNext()) {
            RosterEntry student = students.next();
            List<ScoreFact> studentScores = student.studentId() == studentId ? ownScores : List.of();
            workers.execute(() -> batch.evaluate(student.studentId(), () -> {
                Evaluation evaluation = StudentEvaluator.evaluate(rules, framework, facts.input(student.studentId(),
                        student.gradeLevel(), student.graduationYear(), studentScores,
                        pathways.getOrDefault(student.studentId(), List.of()))
                        .holding(held.getOrDefault(student.studentId(), List.of())), batch.limits);
                return ProgressStore.Stamped.of(evaluation, studentScores, runStarted);
            }));
            if (student.studentId() >= studentId) {
                return;
            }
        }
    }

    private static void awaitTermination(ExecutorService workers) {
        try {
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("The district evaluation did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The district evaluation was interrupted", e);
        }
    }

    /**
     * Collects finished evaluations and writes them in batches; before writing, compares each with the
     * student's stored evaluation (one read per batch) to tell what changed.
     */
    private final class Batch {
        private final List<ProgressStore.Stamped> pending = new ArrayList<>(WRITE_BATCH);
        private final Watch watch;
        private final boolean storeResults;
        private final boolean countsProgress;
        private final boolean compare;
        private final List<Impact.StudentChange> changes = new ArrayList<>();
        private int evaluated;
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final java.util.concurrent.atomic.AtomicLong rulesNanos = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong storeNanos = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong compareNanos = new java.util.concurrent.atomic.AtomicLong();
        private final EvaluationLimits limits;
        private final long deadline;
        /** In a preview that lists them: each student the draft cannot evaluate (the run goes on). */
        private final List<StudentFailure> studentFailures;
        private final String version;
        /** Students stale when the run started: those it evaluates successfully are stale no more. */
        private final java.util.Set<Long> staleAtStart;
        /** Students the rules could not evaluate, in a recomputation (which goes on without them). */
        private final List<EvaluationFailure> failed = java.util.Collections.synchronizedList(new ArrayList<>());

        Batch(Watch watch, boolean storeResults, boolean countsProgress, boolean compare, EvaluationLimits limits, long started,
                List<StudentFailure> studentFailures, String version, java.util.Set<Long> staleAtStart) {
            this.studentFailures = studentFailures;
            this.version = version;
            this.staleAtStart = staleAtStart;
            this.watch = watch;
            this.storeResults = storeResults;
            this.countsProgress = countsProgress;
            this.compare = compare;
            this.limits = limits;
            this.deadline = started + limits.timePerRun().toNanos();
        }

        /**
         * Runs one evaluation. In a recomputation a student the rules cannot evaluate is set aside (marked stale at
         * the end) and the others go on; in a preview the first failure is kept and ends the run once the others
         * finish. Past the time limit of a run no evaluation starts any more.
         */
        void evaluate(long studentId, java.util.function.Supplier<ProgressStore.Stamped> evaluation) {
            if (failure.get() != null || watch.cancelled()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                failure.compareAndSet(null, new IllegalStateException("the run took longer than "
                        + EvaluationLimits.written(limits.timePerRun()) + ", the time limit of a run over the district "
                        + "(pathway-planner.rules.time-per-run)"));
                return;
            }
            try {
                // CPU time, not wall time: on shared cores a thread waiting for a core would count as rules
                long start = CPU.getCurrentThreadCpuTime();
                ProgressStore.Stamped result = evaluation.get();
                rulesNanos.addAndGet(CPU.getCurrentThreadCpuTime() - start);
                add(result);
            } catch (RuntimeException e) {
                if (storeResults) {
                    failed.add(EvaluationFailure.of(studentId, version, e));
                    log.warn("Student {} could not be evaluated on rules {}; marked stale: {}", studentId, version,
                            e.getMessage());
                } else if (studentFailures != null) {
                    studentFailures.add(new StudentFailure(studentId, readable(e)));
                    synchronized (this) {
                        evaluated++;
                        watch.evaluated(evaluated);
                    }
                } else {
                    failure.compareAndSet(null, e);
                }
            }
        }

        /** The error as a sentence: the rule engine's message names the rule; a missing message names the type. */
        private static String readable(RuntimeException e) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage();
            return message.length() <= 500 ? message : message.substring(0, 497) + "...";
        }

        /** Ends the reading of scores early once an evaluation failed: the rest would not be evaluated anyway. */
        void throwIfFailed() {
            if (failure.get() != null) {
                rethrowFirstFailure();
            }
            throwIfCancelled();
        }

        /** Ends a cancelled run: the students in flight have finished, the others were never started. */
        void throwIfCancelled() {
            if (watch.cancelled()) {
                throw new java.util.concurrent.CancellationException("Cancelled after " + evaluated + " of the "
                        + "district's students");
            }
        }

        void rethrowFirstFailure() {
            if (failure.get() != null) {
                throw new IllegalStateException("The district evaluation failed: " + failure.get().getMessage(),
                        failure.get());
            }
        }

        /** Counts the evaluation; a full batch is written by this worker while the others keep evaluating. */
        void add(ProgressStore.Stamped stamped) {
            List<ProgressStore.Stamped> full = null;
            synchronized (this) {
                pending.add(stamped);
                evaluated++;
                if (countsProgress) {
                    done.set(evaluated);
                }
                watch.evaluated(evaluated);
                if (pending.size() >= WRITE_BATCH) {
                    full = new ArrayList<>(pending);
                    pending.clear();
                }
            }
            if (full != null) {
                write(full);
            }
        }

        /** The students the rules could not evaluate keep their stored results, marked stale with the reason. */
        void markFailedStale() {
            synchronized (failed) {
                failed.sort(java.util.Comparator.comparingLong(EvaluationFailure::studentId));
                stale.markAll(failed, clock.instant());
            }
        }

        void flush() {
            List<ProgressStore.Stamped> rest;
            synchronized (this) {
                rest = new ArrayList<>(pending);
                pending.clear();
            }
            if (!rest.isEmpty()) {
                write(rest);
            }
        }

        /** Compares a batch with the stored results (one read), then stores it (one batch of writes). */
        private void write(List<ProgressStore.Stamped> batch) {
            long start = System.nanoTime();
            if (compare) {
                compare(batch);
            }
            if (storeResults) {
                store.saveAll(batch, clock.instant());
                if (!staleAtStart.isEmpty()) {
                    stale.clear(batch.stream().map(stamped -> stamped.evaluation().studentId())
                            .filter(staleAtStart::contains).toList());
                }
            }
            storeNanos.addAndGet(System.nanoTime() - start);
        }

        private void compare(List<ProgressStore.Stamped> batch) {
            long start = System.nanoTime();
            Map<Long, Impact.Basis> before = store.basesOf(batch.stream()
                    .map(stamped -> stamped.evaluation().studentId()).toList());
            List<Impact.StudentChange> found = new ArrayList<>();
            for (ProgressStore.Stamped stamped : batch) {
                Evaluation evaluation = stamped.evaluation();
                Impact.StudentChange change = Impact.StudentChange.between(before.get(evaluation.studentId()),
                        evaluation);
                if (change.changed()) {
                    found.add(change);
                }
            }
            synchronized (changes) {
                changes.addAll(found);
            }
            compareNanos.addAndGet(System.nanoTime() - start);
        }
    }
}
