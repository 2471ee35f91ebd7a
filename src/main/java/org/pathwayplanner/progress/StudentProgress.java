package org.pathwayplanner.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.pathwayplanner.evidence.EvidenceRecorded;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.progress.ProgressViews.StudentProgressView;
import org.pathwayplanner.rules.AuditDifference;
import org.pathwayplanner.rules.Evaluation;
import org.pathwayplanner.rules.EvaluationFailure;
import org.pathwayplanner.rules.Facts.PathwayCreditFact;
import org.pathwayplanner.rules.Facts.ScoreFact;
import org.pathwayplanner.rules.StudentEvaluator;
import org.pathwayplanner.rules.StudentInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A student's progress as the rules decide it. Evaluations are stored; pages and the API read the
 * stored one, and it is recomputed in the same transaction that records new evidence, so nobody sees
 * credits that the evidence no longer supports.
 */
@Service
public class StudentProgress {

    private static final Object PENDING = StudentProgress.class.getName() + ".pending";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StudentProgress.class);

    private final StudentEvaluator evaluator;
    private final ProgressFacts facts;
    private final ProgressStore store;
    private final StaleResults stale;
    private final org.springframework.beans.factory.ObjectProvider<org.pathwayplanner.rules.RuleVersionNumbers>
            versionNumbers;
    private final PeopleDirectory people;
    private final Clock clock;
    private final Sentences sentences;

    private final org.springframework.beans.factory.ObjectProvider<DistrictRecomputation> districtProvider;

    StudentProgress(StudentEvaluator evaluator, ProgressFacts facts, ProgressStore store, StaleResults stale,
            PeopleDirectory people, Clock clock,
            org.springframework.beans.factory.ObjectProvider<DistrictRecomputation> districtProvider,
            org.springframework.beans.factory.ObjectProvider<org.pathwayplanner.rules.RuleVersionNumbers> versionNumbers,
            Sentences sentences) {
        this.versionNumbers = versionNumbers;
        this.sentences = sentences;
        this.stale = stale;
        this.districtProvider = districtProvider;
        this.evaluator = evaluator;
        this.facts = facts;
        this.store = store;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Evaluates the student now and stores the result. When the rules in use cannot evaluate the student, the stored
     * result stays, marked stale with the reason, and is returned.
     *
     * @throws ProgressNotAvailable when the rules cannot evaluate a student who has no stored result yet
     */
    @Transactional
    public Evaluation evaluate(long studentId) {
        return evaluateOrMarkStale(studentId).orElseGet(() -> store.load(studentId).map(ProgressStore.Stored::evaluation)
                .orElseThrow(() -> ProgressNotAvailable.forResults(stale.of(studentId).map(StaleResults.Stale::reason)
                        .orElse("the rules failed"))));
    }

    /**
     * Evaluates and stores; a failure of the rules for this student (whatever the cause) is contained: nothing
     * stored changes but the stale mark with the reason, and nothing is thrown, so the evidence or pathway that
     * asked for the evaluation is saved all the same.
     */
    private java.util.Optional<Evaluation> evaluateOrMarkStale(long studentId) {
        java.time.Instant started = clock.instant();
        StudentInput input = facts.student(student(studentId));
        String version = evaluator.ruleSet().version();
        Evaluation evaluation;
        try {
            evaluation = evaluator.evaluate(facts.framework(), input);
        } catch (RuntimeException failed) {
            EvaluationFailure failure = EvaluationFailure.of(studentId, version, failed);
            log.warn("The rules in use ({}) cannot evaluate student {}; their progress is marked stale: {}", version,
                    studentId, failure.reason());
            stale.mark(failure, clock.instant());
            return java.util.Optional.empty();
        }
        store.save(ProgressStore.Stamped.of(evaluation, input.scores(), started), clock.instant());
        stale.clear(List.of(studentId));
        return java.util.Optional.of(evaluation);
    }

    /** Why the student's stored progress is stale (the rules in use cannot evaluate them), if it is. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> staleReason(long studentId) {
        return stale.of(studentId).map(StaleResults.Stale::reason);
    }

    /**
     * The stored evaluation, explained; evaluated first if the student has none yet. The explained view is
     * kept while the stored evaluation's time stamp is unchanged (checked on every call with one indexed
     * read), so a page does not unzip and parse the same evaluation again.
     */
    @Transactional
    public StudentProgressView progressOf(long studentId) {
        java.time.Instant stamp = store.evaluatedAt(studentId).orElse(null);
        ExplainedView cached = explained.get(studentId);
        if (stamp != null && cached != null && cached.evaluatedAt().equals(stamp)) {
            return withStaleMark(cached.view());
        }
        ProgressStore.Stored stored = store.load(studentId).orElseGet(() -> {
            evaluate(studentId);
            return store.load(studentId).orElseThrow();
        });
        StudentProgressView view = new ProgressExplainer(facts.framework(), this::versionName,
                sentences::english).explain(stored.evaluation(),
                stored.evaluatedAt());
        explained.put(studentId, new ExplainedView(stored.evaluatedAt(), view));
        return withStaleMark(view);
    }

    private String versionName(String ruleSetVersion) {
        org.pathwayplanner.rules.RuleVersionNumbers numbers = versionNumbers.getIfAvailable();
        return (numbers == null ? java.util.Optional.<Integer>empty() : numbers.numberOf(ruleSetVersion))
                .map(String::valueOf).orElse(ruleSetVersion);
    }

    /** The stale mark is read on every call: it changes without the stored evaluation changing. */
    private StudentProgressView withStaleMark(StudentProgressView view) {
        return view.withStale(stale.of(view.studentId())
                .map(s -> new ProgressViews.StaleNote(s.reason(), s.since())).orElse(null));
    }

    private record ExplainedView(java.time.Instant evaluatedAt, StudentProgressView view) {
    }

    private final java.util.Map<Long, ExplainedView> explained = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, ExplainedView> eldest) {
                    return size() > 2_000;
                }
            });

    @Transactional(readOnly = true)
    public java.util.Optional<Evaluation> storedEvaluation(long studentId) {
        return store.load(studentId).map(ProgressStore.Stored::evaluation);
    }

    @Transactional(readOnly = true)
    public List<ProgressSummary> summaries(List<Long> studentIds) {
        return store.summaries(studentIds);
    }

    /** The students whose stored results carry a support flag (interventions needed, or ready to accelerate). */
    @Transactional(readOnly = true)
    public List<ProgressSummary> flagged() {
        return store.flagged();
    }

    /** How the audit would change with the hypothetical evidence and pathways. Nothing is saved. */
    @Transactional(readOnly = true)
    public AuditDifference whatIf(long studentId, Hypothesis hypothesis) {
        checkHypothesis(hypothesis);
        LocalDate today = LocalDate.now(clock);
        List<ScoreFact> scores = hypothesis.scores().stream()
                .map(s -> new ScoreFact(-1, -1, s.objectiveId(), s.competencyId(), s.level(), today, false)).toList();
        // Hypothetical pathways take negative ids, one each, so each is an award of its own.
        List<PathwayCreditFact> pathways = new java.util.ArrayList<>();
        for (Hypothesis.HypotheticalPathway p : hypothesis.pathways()) {
            pathways.add(new PathwayCreditFact(-1L - pathways.size(), p.title(), p.areaCode(), p.credits(), today,
                    p.competencyIds()));
        }
        StudentInput input = facts.student(student(studentId));
        try {
            return evaluator.whatIf(facts.framework(), input, scores, pathways);
        } catch (RuntimeException failed) {
            throw ProgressNotAvailable.forWhatIf(EvaluationFailure.of(studentId, evaluator.ruleSet().version(), failed)
                    .reason());
        }
    }

    /**
     * The student's plan to graduation checked by the rules (rules/plan.drl), as if every item of the plan's open terms
     * were done by the end of its term. Nothing is saved.
     */
    @Transactional(readOnly = true)
    public org.pathwayplanner.rules.PlanFacts.PlanCheck checkPlan(long studentId,
            org.pathwayplanner.rules.PlanFacts.PlanInput plan) {
        StudentInput input = facts.student(student(studentId));
        try {
            return evaluator.checkPlan(facts.framework(), input, plan);
        } catch (RuntimeException failed) {
            throw ProgressNotAvailable.forWhatIf(EvaluationFailure.of(studentId, evaluator.ruleSet().version(), failed)
                    .reason());
        }
    }

    /**
     * Refuses a what-if the rules could not read, with a message saying what to fix: each score is for exactly one
     * learning objective or competency the framework knows, at a level on the district's scale; each pathway is in a
     * credit area the district knows.
     */
    private void checkHypothesis(Hypothesis hypothesis) {
        org.pathwayplanner.rules.FrameworkFacts framework = facts.framework();
        var scale = framework.scale();
        int n = 0;
        for (Hypothesis.HypotheticalScore score : hypothesis.scores()) {
            n++;
            if (score == null) {
                throw new IllegalArgumentException("Score " + n + " is empty");
            }
            if ((score.objectiveId() == null) == (score.competencyId() == null)) {
                throw new IllegalArgumentException("Score " + n
                        + " must name exactly one of objectiveId and competencyId");
            }
            if (score.objectiveId() != null && framework.competencyOfObjective(score.objectiveId()) < 0) {
                throw new IllegalArgumentException("Score " + n + ": there is no learning objective "
                        + score.objectiveId());
            }
            if (score.competencyId() != null
                    && framework.competencies().stream().noneMatch(c -> c.id() == score.competencyId())) {
                throw new IllegalArgumentException("Score " + n + ": there is no competency " + score.competencyId());
            }
            if (score.level() < scale.minLevel() || score.level() > scale.maxLevel()) {
                throw new IllegalArgumentException("Score " + n + ": level " + score.level()
                        + " is not on the proficiency scale (" + scale.minLevel() + "-" + scale.maxLevel() + ")");
            }
        }
        java.util.Set<String> areas = facts.creditAreaCodes();
        n = 0;
        for (Hypothesis.HypotheticalPathway pathway : hypothesis.pathways()) {
            n++;
            if (pathway == null) {
                throw new IllegalArgumentException("Pathway " + n + " is empty");
            }
            if (!areas.contains(pathway.areaCode())) {
                throw new IllegalArgumentException("Pathway " + n + ": there is no credit area " + pathway.areaCode()
                        + "; use one of " + new java.util.TreeSet<>(areas));
            }
        }
    }

    /** Results follow the evidence: recomputed before the transaction that recorded it commits. */
    @org.springframework.context.event.EventListener
    void on(EvidenceRecorded recorded) {
        recomputeBeforeCommit(recorded.studentId());
    }

    /** A completed pathway's credits count in the same transaction that completed it. */
    @org.springframework.context.event.EventListener
    void on(PathwayCompleted completed) {
        recomputeBeforeCommit(completed.studentId());
    }

    /**
     * Recomputes the student's results just before the current transaction commits — once, however many
     * changes the transaction makes (a completed pathway records evidence and awards credit) — or at
     * once when there is no transaction.
     */
    public void recomputeBeforeCommit(long studentId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            evaluateOrMarkStale(studentId);
            return;
        }
        @SuppressWarnings("unchecked")
        java.util.Set<Long> pending = (java.util.Set<Long>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            java.util.Set<Long> students = new java.util.LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, students);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    students.forEach(StudentProgress.this::evaluateOrMarkStale);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = students;
        }
        pending.add(studentId);
    }

    /** The framework changed: read it again, and recompute every student once the change is committed. */
    @org.springframework.transaction.event.TransactionalEventListener
    void on(org.pathwayplanner.framework.FrameworkChanged changed) {
        frameworkChanged();
        // Nothing stored yet (a fresh install still loading): the start-up evaluation will compute everything.
        if (store.hasAny() && recomputePending.compareAndSet(false, true)) {
            java.util.concurrent.CompletableFuture.runAsync(() -> {
                recomputePending.set(false);
                districtProvider.getObject().recompute("framework change", false, done -> { });
            });
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean recomputePending =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** Called when the framework or credit rules change: the cached framework facts are read again. */
    public void frameworkChanged() {
        facts.forgetFramework();
        explained.clear();
    }

    private StudentView student(long studentId) {
        return people.student(studentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("No student with id " + studentId));
    }
}
