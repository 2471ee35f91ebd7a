package org.pathwayplanner.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.runtime.KieSession;
import org.pathwayplanner.rules.Conclusions.AuditLine;
import org.pathwayplanner.rules.Conclusions.AuditStatus;
import org.pathwayplanner.rules.Conclusions.BundleProgress;
import org.pathwayplanner.rules.Conclusions.CreditAward;
import org.pathwayplanner.rules.Conclusions.CreditOverflow;
import org.pathwayplanner.rules.Conclusions.LevelResult;
import org.pathwayplanner.rules.Conclusions.Mastery;
import org.pathwayplanner.rules.Conclusions.MethodChoice;
import org.pathwayplanner.rules.Conclusions.Readiness;
import org.pathwayplanner.rules.Conclusions.SupportFlag;

/**
 * Evaluates students against the rule set in use. Thread-safe: every evaluation has its own session
 * on the shared KieBase; {@link #swap} replaces the rule set atomically — an evaluation that started
 * on the old rules finishes on them.
 */
public class StudentEvaluator {

    private final AtomicReference<RuleSet> current;
    private final EvaluationLimits limits;

    public StudentEvaluator(RuleSet initial) {
        this(initial, EvaluationLimits.DEFAULT);
    }

    public StudentEvaluator(RuleSet initial, EvaluationLimits limits) {
        this.current = new AtomicReference<>(initial);
        this.limits = limits;
    }

    /** The limits every evaluation here runs under. */
    public EvaluationLimits limits() {
        return limits;
    }

    public RuleSet ruleSet() {
        return current.get();
    }

    /** Holds the rule set in use for a batch; the batch runs on it even if another is published meanwhile. */
    public RuleSet.Lease leaseCurrent() {
        while (true) {
            try {
                return current.get().lease();
            } catch (IllegalStateException released) {
                // published and released in between: take the new one
            }
        }
    }

    private RuleSet acquireCurrent() {
        while (true) {
            RuleSet rules = current.get();
            if (rules.tryAcquire()) {
                return rules;
            }
        }
    }

    /** Puts {@code next} in use and returns the rule set it replaced. */
    public RuleSet swap(RuleSet next) {
        return current.getAndSet(next);
    }

    /** Evaluates on the rule set in use; one published meanwhile does not disturb an evaluation under way. */
    public Evaluation evaluate(FrameworkFacts framework, StudentInput student) {
        RuleSet rules = acquireCurrent();
        try {
            return evaluateOn(rules, framework, student, limits);
        } finally {
            rules.endUse();
        }
    }

    /** Evaluates on the given rule set (a batch or a draft) under the default limits, holding it while in use. */
    public static Evaluation evaluate(RuleSet rules, FrameworkFacts framework, StudentInput student) {
        return evaluate(rules, framework, student, EvaluationLimits.DEFAULT);
    }

    /**
     * Evaluates on the given rule set (a batch or a draft), holding it while in use.
     *
     * @throws RuleLimitExceeded when a rule keeps firing or the rules take too long for this student
     */
    public static Evaluation evaluate(RuleSet rules, FrameworkFacts framework, StudentInput student,
            EvaluationLimits limits) {
        if (!rules.tryAcquire()) {
            throw new IllegalStateException("Rule set " + rules.version() + " was released");
        }
        try {
            return evaluateOn(rules, framework, student, limits);
        } finally {
            rules.endUse();
        }
    }

    /**
     * Evaluates; then, when the district keeps credits once awarded ({@link Policies.AwardPolicy}, read from the
     * session as the rules stated it) and the student would lose an award made under other rules, evaluates again
     * with those awards as {@link Facts.KeptAward} facts, so the rules themselves keep them and allocate the rest
     * around them (a kept award keeps its competencies, and the audit counts its credits). Kept awards are given to
     * the rules rather than merged into the results afterwards because everything downstream of an award — areas,
     * electives, the audit and its status — must be the rules' own conclusion. Keeping one award can take
     * competencies from another award made under other rules; that one is then kept too, until nothing more is lost.
     * A second evaluation happens only when something would be taken back.
     */
    private static Evaluation evaluateOn(RuleSet rules, FrameworkFacts framework, StudentInput student,
            EvaluationLimits limits) {
        return EvaluationMetrics.timed(
                () -> runKeepingAwards(rules, framework, student, limits, List.of()).evaluation());
    }

    /** {@link #evaluateOn} with {@code extraFacts} in every session (a plan to check): the last run. */
    private static Run runKeepingAwards(RuleSet rules, FrameworkFacts framework, StudentInput student,
            EvaluationLimits limits, List<?> extraFacts) {
        Run run = runOn(rules, framework, student, limits, List.of(), extraFacts);
        if (!run.keepsAwards() || student.awardsHeld().isEmpty()) {
            return run;
        }
        java.util.Map<String, Facts.KeptAward> kept = new java.util.LinkedHashMap<>();
        while (true) {
            List<Facts.KeptAward> lost = lostAwards(run.evaluation(), student, framework, rules.version(), kept);
            if (lost.isEmpty()) {
                return run;
            }
            lost.forEach(award -> kept.put(award.awardId(), award));
            run = runOn(rules, framework, student, limits, List.copyOf(kept.values()), extraFacts);
        }
    }

    /**
     * An evaluation, whether the rules stated that credits once awarded are kept (the default when silent), and what
     * the plan rules found (nothing unless a plan was in the session).
     */
    private record Run(Evaluation evaluation, boolean keepsAwards, List<PlanFacts.PlanFinding> planFindings) {
    }

    /**
     * Awards the student holds, made under other rules than these, that the evaluation does not make for as many
     * credits (and that are not kept already): they would be taken back.
     */
    private static List<Facts.KeptAward> lostAwards(Evaluation evaluation, StudentInput student, FrameworkFacts framework,
            String version, java.util.Map<String, Facts.KeptAward> alreadyKept) {
        List<Facts.KeptAward> lost = new ArrayList<>();
        for (CreditAward held : student.awardsHeld()) {
            if (!held.madeUnderOtherRulesThan(version) || alreadyKept.containsKey(held.awardId())) {
                continue;
            }
            boolean madeNow = evaluation.credits().stream().anyMatch(now -> now.awardId().equals(held.awardId())
                    && now.credits().compareTo(held.credits()) >= 0);
            if (!madeNow) {
                lost.add(new Facts.KeptAward(held.awardId(), nameOf(held, framework, student), held));
            }
        }
        return lost;
    }

    private static Object nameOf(CreditAward award, FrameworkFacts framework, StudentInput student) {
        if (award.bundleId() != null) {
            return framework.bundles().stream().filter(b -> b.id() == award.bundleId()).map(Facts.BundleFact::name)
                    .findFirst().orElse("#" + award.bundleId());
        }
        return CreditCandidate.labelOf(student.pathways().stream().filter(p -> p.proposalId() == award.proposalId())
                .map(Facts.PathwayCreditFact::title).findFirst().orElse("#" + award.proposalId()), award.proposalId());
    }

    private static Run runOn(RuleSet rules, FrameworkFacts framework, StudentInput student, EvaluationLimits limits,
            List<Facts.KeptAward> kept, List<?> extraFacts) {
        KieSession session = rules.newSession();
        boolean stopped = true;
        try {
            session.insert(framework.scale());
            framework.competencies().forEach(session::insert);
            // Objectives matter only where there is evidence to roll up; the rest would only slow the session.
            java.util.Set<Long> assessed = assessedCompetencies(framework, student);
            framework.objectives().stream().filter(o -> assessed.contains(o.competencyId())).forEach(session::insert);
            framework.prerequisites().forEach(session::insert);
            framework.bundles().forEach(session::insert);
            framework.areaParts().forEach(session::insert);
            session.insert(student.student());
            histories(framework, student).forEach(session::insert);
            student.pathways().forEach(session::insert);
            student.requirements().forEach(session::insert);
            kept.forEach(session::insert);
            extraFacts.forEach(session::insert);
            FiringLimit.fire(session, limits, student.student().studentId());
            Evaluation evaluation = collect(rules.version(), student, session);
            boolean keeps = session.getObjects(o -> o instanceof Policies.AwardPolicy).stream()
                    .map(o -> ((Policies.AwardPolicy) o).creditsOnceAwarded()).findFirst()
                    .map(Policies.AwardPolicy.KEEP::equals).orElse(true);
            List<PlanFacts.PlanFinding> findings = new ArrayList<>();
            if (!extraFacts.isEmpty()) {
                session.getObjects(o -> o instanceof PlanFacts.PlanFinding)
                        .forEach(o -> findings.add((PlanFacts.PlanFinding) o));
                findings.sort(Comparator.comparing((PlanFacts.PlanFinding f) -> severityOrder(f.severity()))
                        .thenComparing(f -> f.termSequence() == null ? 0 : f.termSequence())
                        .thenComparing(PlanFacts.PlanFinding::key).thenComparing(f -> String.join("|", f.args())));
            }
            stopped = false;
            return new Run(evaluation, keeps, List.copyOf(findings));
        } finally {
            RuleSet.close(session, stopped);
        }
    }

    /** One history per objective (or competency assessed as a whole), scores in the order given. */
    private static java.util.Collection<Facts.ScoreHistory> histories(FrameworkFacts framework, StudentInput student) {
        java.util.Map<String, java.util.List<Facts.ScoreFact>> byTarget = new java.util.LinkedHashMap<>();
        for (Facts.ScoreFact score : student.scores()) {
            String key = score.objectiveId() != null ? "o" + score.objectiveId() : "c" + score.competencyId();
            byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(score);
        }
        List<Facts.ScoreHistory> histories = new ArrayList<>(byTarget.size());
        for (List<Facts.ScoreFact> scores : byTarget.values()) {
            Facts.ScoreFact first = scores.get(0);
            long competency = first.objectiveId() != null ? framework.competencyOfObjective(first.objectiveId())
                    : first.competencyId();
            histories.add(new Facts.ScoreHistory(first.objectiveId(), competency, List.copyOf(scores)));
        }
        return histories;
    }

    private static java.util.Set<Long> assessedCompetencies(FrameworkFacts framework, StudentInput student) {
        java.util.Set<Long> assessed = new java.util.HashSet<>();
        for (Facts.ScoreFact score : student.scores()) {
            assessed.add(score.competencyId() != null ? score.competencyId()
                    : framework.competencyOfObjective(score.objectiveId()));
        }
        return assessed;
    }

    /** Runs rules/pathway-eligibility.drl on one proposal: every problem, and whether a guardian must consent. */
    public Eligibility.Result checkEligibility(Eligibility.ProposalFact proposal, Eligibility.ProposerFact proposer,
            List<Eligibility.CompetencyStatusFact> statuses, List<Facts.PrerequisiteFact> prerequisites) {
        RuleSet rules = acquireCurrent();
        KieSession session = rules.newSession();
        boolean stopped = true;
        try {
            session.insert(proposal);
            session.insert(proposer);
            statuses.forEach(session::insert);
            prerequisites.forEach(session::insert);
            FiringLimit.fire(session, limits, proposer.studentId());
            stopped = false;
            List<Eligibility.EligibilityProblem> problems = new ArrayList<>();
            Eligibility.GuardianConsentNeeded consent = null;
            for (Object fact : session.getObjects()) {
                if (fact instanceof Eligibility.EligibilityProblem problem) {
                    problems.add(problem);
                } else if (fact instanceof Eligibility.GuardianConsentNeeded needed) {
                    consent = needed;
                }
            }
            problems.sort(Comparator.comparing(Eligibility.EligibilityProblem::reason));
            return new Eligibility.Result(List.copyOf(problems), consent);
        } finally {
            RuleSet.close(session, stopped);
            rules.endUse();
        }
    }

    /**
     * Checks a student's plan to graduation with rules/plan.drl: first the student as they are (what is mastered
     * today), then the student as if every item of the plan's open terms were done by the end of its term, with the
     * plan's terms and items in the session. Nothing is saved.
     */
    public PlanFacts.PlanCheck checkPlan(FrameworkFacts framework, StudentInput student, PlanFacts.PlanInput plan) {
        RuleSet rules = acquireCurrent();
        try {
            return checkPlanOn(rules, framework, student, plan, limits);
        } finally {
            rules.endUse();
        }
    }

    /** {@link #checkPlan} on the given rule set (a rule test, or a draft), under the default limits. */
    public static PlanFacts.PlanCheck checkPlan(RuleSet rules, FrameworkFacts framework, StudentInput student,
            PlanFacts.PlanInput plan) {
        if (!rules.tryAcquire()) {
            throw new IllegalStateException("Rule set " + rules.version() + " was released");
        }
        try {
            return checkPlanOn(rules, framework, student, plan, EvaluationLimits.DEFAULT);
        } finally {
            rules.endUse();
        }
    }

    private static PlanFacts.PlanCheck checkPlanOn(RuleSet rules, FrameworkFacts framework, StudentInput student,
            PlanFacts.PlanInput plan, EvaluationLimits limits) {
        Evaluation now = evaluateOn(rules, framework, student, limits);
        java.util.Set<Long> masteredNow = new java.util.HashSet<>();
        now.masteries().stream().filter(m -> m.objectiveId() == null && m.mastered())
                .forEach(m -> masteredNow.add(m.competencyId()));
        StudentInput projected = plan.projectedOnto(student, framework, rules.policy(), masteredNow);
        List<Object> planFacts = new ArrayList<>();
        planFacts.addAll(plan.terms());
        planFacts.addAll(plan.items());
        planFacts.addAll(plan.approved());
        planFacts.addAll(plan.approvedFindings());
        Run run = runKeepingAwards(rules, framework, projected, limits, planFacts);
        return new PlanFacts.PlanCheck(run.planFindings(), run.evaluation());
    }

    private static int severityOrder(String severity) {
        return switch (severity) {
            case PlanFacts.PlanFinding.ERROR -> 0;
            case PlanFacts.PlanFinding.WARNING -> 1;
            default -> 2;
        };
    }

    /** The audit with hypothetical extra evidence or completed pathways, next to the real one. Nothing is saved. */
    public AuditDifference whatIf(FrameworkFacts framework, StudentInput student, List<Facts.ScoreFact> extraScores,
            List<Facts.PathwayCreditFact> extraPathways) {
        RuleSet rules = acquireCurrent();
        try {
            Evaluation before = evaluateOn(rules, framework, student, limits);
            Evaluation after = evaluateOn(rules, framework, student.with(extraScores, extraPathways), limits);
            return AuditDifference.between(before, after);
        } finally {
            rules.endUse();
        }
    }

    private static Evaluation collect(String version, StudentInput student, KieSession session) {
        long studentId = student.student().studentId();
        List<String> areaOrder = student.requirements().stream().map(Facts.CreditAreaFact::code).toList();
        List<Mastery> masteries = new ArrayList<>();
        List<LevelResult> levels = new ArrayList<>();
        List<MethodChoice> methods = new ArrayList<>();
        List<Readiness> readiness = new ArrayList<>();
        List<BundleProgress> bundles = new ArrayList<>();
        List<CreditAward> credits = new ArrayList<>();
        List<CreditOverflow> overflows = new ArrayList<>();
        List<AuditLine> audit = new ArrayList<>();
        List<AuditStatus> status = new ArrayList<>();
        List<SupportFlag> flags = new ArrayList<>();
        List<Conclusions.PathwayCreditWaiting> waiting = new ArrayList<>();
        List<Conclusions.CreditNotAwarded> notAwarded = new ArrayList<>();
        for (Object fact : session.getObjects()) {
            if (fact instanceof Mastery m) {
                masteries.add(m);
            } else if (fact instanceof LevelResult l) {
                levels.add(l);
            } else if (fact instanceof MethodChoice c) {
                methods.add(c);
            } else if (fact instanceof Readiness r) {
                readiness.add(r);
            } else if (fact instanceof BundleProgress b) {
                bundles.add(b);
            } else if (fact instanceof CreditAward a) {
                credits.add(a.stampedWith(version));
            } else if (fact instanceof CreditOverflow o) {
                overflows.add(o);
            } else if (fact instanceof AuditLine l) {
                audit.add(l);
            } else if (fact instanceof AuditStatus s) {
                status.add(s);
            } else if (fact instanceof SupportFlag f) {
                flags.add(f);
            } else if (fact instanceof Conclusions.PathwayCreditWaiting w) {
                waiting.add(w);
            } else if (fact instanceof Conclusions.CreditNotAwarded n) {
                notAwarded.add(n);
            }
        }
        return new Evaluation(studentId, version,
                sort(masteries, Comparator.comparingLong(Mastery::competencyId)
                        .thenComparing(m -> m.objectiveId() == null ? -1L : m.objectiveId())),
                sort(levels, Comparator.comparingLong(LevelResult::competencyId)
                        .thenComparing(l -> l.objectiveId() == null ? -1L : l.objectiveId())),
                sort(methods, Comparator.comparingLong(MethodChoice::competencyId)),
                sort(readiness, Comparator.comparingLong(Readiness::competencyId)),
                sort(bundles, Comparator.comparingLong(BundleProgress::bundleId)),
                sort(credits, Comparator.comparing(CreditAward::areaCode).thenComparing(CreditAward::reason)),
                sort(overflows, Comparator.comparing(CreditOverflow::fromArea)),
                sort(audit, Comparator.comparingInt(l -> areaOrder.indexOf(l.areaCode()))),
                status.isEmpty() ? null : status.get(0),
                sort(flags, Comparator.comparing(SupportFlag::type).thenComparing(SupportFlag::reason)),
                sort(waiting, Comparator.comparingLong(Conclusions.PathwayCreditWaiting::proposalId)),
                sort(notAwarded, Comparator.comparing(Conclusions.CreditNotAwarded::name)));
    }

    private static <T> List<T> sort(List<T> items, Comparator<T> order) {
        items.sort(order);
        return List.copyOf(items);
    }
}
