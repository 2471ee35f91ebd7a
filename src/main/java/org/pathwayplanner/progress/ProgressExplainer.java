package org.pathwayplanner.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathwayplanner.progress.ProgressViews.AuditLineView;
import org.pathwayplanner.progress.ProgressViews.AuditView;
import org.pathwayplanner.progress.ProgressViews.BundleView;
import org.pathwayplanner.progress.ProgressViews.CompetencyProgress;
import org.pathwayplanner.progress.ProgressViews.Explanation;
import org.pathwayplanner.progress.ProgressViews.FlagView;
import org.pathwayplanner.progress.ProgressViews.StudentProgressView;
import org.pathwayplanner.progress.ProgressViews.CreditAwardView;
import org.pathwayplanner.progress.ProgressViews.ObjectiveProgress;
import org.pathwayplanner.progress.ProgressViews.OverflowView;
import org.pathwayplanner.progress.ProgressViews.UsedFacts;
import org.pathwayplanner.rules.Conclusions.AuditStatus;
import org.pathwayplanner.rules.Facts.BundleFact;
import org.pathwayplanner.rules.Facts.ObjectiveFact;
import java.util.Comparator;
import org.pathwayplanner.rules.Conclusions.CreditAward;
import org.pathwayplanner.rules.Conclusions.Mastery;
import org.pathwayplanner.rules.Conclusions.Readiness;
import org.pathwayplanner.rules.Evaluation;
import org.pathwayplanner.rules.Facts.CompetencyFact;
import org.pathwayplanner.rules.FrameworkFacts;
import org.pathwayplanner.rules.Sentence;

/** Puts names on an evaluation's ids so a person can read it. */
final class ProgressExplainer {

    private final FrameworkFacts framework;
    private final Map<Long, CompetencyFact> competencies;

    private final Map<Long, ObjectiveFact> objectives;
    private final Map<Long, BundleFact> bundles;

    /** What a rule set version is called on the pages: "3" for version 3, its content version if never published. */
    private final Function<String, String> versionName;

    /** The English text of a sentence, for the API's {@code reason}. */
    private final Function<Sentence, String> english;

    ProgressExplainer(FrameworkFacts framework, Function<String, String> versionName,
            Function<Sentence, String> english) {
        this.versionName = versionName;
        this.english = english;
        this.framework = framework;
        this.competencies = framework.competencies().stream()
                .collect(Collectors.toMap(CompetencyFact::id, Function.identity()));
        this.objectives = framework.objectives().stream()
                .collect(Collectors.toMap(ObjectiveFact::id, Function.identity()));
        this.bundles = framework.bundles().stream().collect(Collectors.toMap(BundleFact::id, Function.identity()));
    }

    StudentProgressView explain(Evaluation e, java.time.Instant evaluatedAt) {
        return new StudentProgressView(e.studentId(), e.ruleSetVersion(), evaluatedAt, audit(e), competencies(e),
                bundles(e), flags(e), credits(e), overflows(e), notAwarded(e), null);
    }

    private AuditView audit(Evaluation e) {
        java.util.Map<String, String> areaNames = new java.util.HashMap<>();
        e.audit().forEach(l -> areaNames.put(l.areaCode(), l.areaName()));
        List<AuditLineView> lines = e.audit().stream().map(l -> new AuditLineView(l.areaCode(), l.areaName(),
                l.required(), l.earned(), l.outstanding(), why(l.rule(), l.reason(),
                        new UsedFacts(List.of(), l.competenciesToMaster(), bundlesOf(l.awardIds()), l.awardIds())),
                titles(l.competenciesToMaster()), l.isIncluded() ? areaNames.get(l.includedIn()) : null,
                l.includedIn())).toList();
        AuditStatus status = e.status();
        return new AuditView(status == null ? null : status.status(),
                status == null ? null : why(status.rule(), status.reason(), new UsedFacts(List.of(),
                        status.competenciesToMaster(), bundlesOf(status.awardIds()), status.awardIds())),
                e.totalEarned(), e.totalRequired(), lines,
                status == null ? List.of() : titles(status.competenciesToMaster()));
    }

    private List<CompetencyProgress> competencies(Evaluation e) {
        Map<Long, List<Mastery>> objectiveMasteries = e.masteries().stream().filter(m -> !m.isForCompetency())
                .collect(Collectors.groupingBy(Mastery::competencyId));
        return framework.competencies().stream().map(c -> {
            Mastery m = e.competencyMastery(c.id()).orElse(null);
            Readiness r = e.readinessOf(c.id()).orElse(null);
            boolean mastered = m != null && m.mastered();
            Double level = m == null || (!mastered && m.level() == 0) ? null : m.level();
            List<Long> evidence = m == null ? List.of() : m.evidenceIds();
            return new CompetencyProgress(c.id(), c.code(), c.title(), c.areaCode(), c.expectedGrade(),
                    r == null ? null : r.status(), mastered, level,
                    level == null ? null : framework.scale().labelOf(level),
                    m == null ? null : m.masteredOn(), m == null ? null : m.method(),
                    m == null ? null : why(m.rule(), m.reason(),
                            new UsedFacts(evidence, List.of(c.id()), List.of(), List.of())),
                    r == null ? null : why(r.rule(), r.reason(), new UsedFacts(evidence,
                            concat(List.of(c.id()), r.missingPrerequisiteIds()), List.of(), List.of())),
                    r == null ? List.of() : titles(r.missingPrerequisiteIds()),
                    evidence, objectives(objectiveMasteries.getOrDefault(c.id(), List.of())));
        }).toList();
    }

    private List<ObjectiveProgress> objectives(List<Mastery> masteries) {
        return masteries.stream().sorted(Comparator.comparing(Mastery::objectiveId)).map(m -> {
            ObjectiveFact o = objectives.get(m.objectiveId());
            return new ObjectiveProgress(m.objectiveId(), o == null ? null : o.code(),
                    o == null ? "#" + m.objectiveId() : o.title(), m.mastered(), m.level(),
                    framework.scale().labelOf(m.level()), m.masteredOn(), m.method(),
                    why(m.rule(), m.reason(),
                            new UsedFacts(m.evidenceIds(), List.of(m.competencyId()), List.of(), List.of())));
        }).toList();
    }

    private List<BundleView> bundles(Evaluation e) {
        Map<Long, BigDecimal> awarded = e.credits().stream().filter(a -> a.bundleId() != null)
                .collect(Collectors.toMap(CreditAward::bundleId, CreditAward::credits, BigDecimal::add));
        return e.bundles().stream().map(b -> new BundleView(b.bundleId(), b.name(), b.areaCode(), b.mastered(),
                b.total(), why(b.rule(), b.reason(), new UsedFacts(List.of(), b.missingCompetencyIds(),
                        List.of(b.bundleId()), awarded.containsKey(b.bundleId())
                                ? List.of(CreditAward.awardIdOf(b.bundleId(), null)) : List.of())),
                awarded.getOrDefault(b.bundleId(), BigDecimal.ZERO)))
                .toList();
    }

    private List<FlagView> flags(Evaluation e) {
        return e.flags().stream().map(f -> new FlagView(f.type(), why(f.rule(), f.reason(),
                new UsedFacts(f.evidenceIds(), f.competencyIds(), List.of(), List.of())),
                titles(f.competencyIds()))).toList();
    }

    private List<CreditAwardView> credits(Evaluation e) {
        return e.credits().stream().map(a -> new CreditAwardView(a.awardId(), a.areaCode(), a.credits(),
                a.awardedOn(), a.bundleId(), a.bundleId() == null || !bundles.containsKey(a.bundleId()) ? null
                        : bundles.get(a.bundleId()).name(), a.proposalId(), a.competencyIds(), titles(a.competencyIds()),
                why(a.rule(), a.reason(), new UsedFacts(evidenceOf(e, a.competencyIds()), a.competencyIds(),
                        a.bundleId() == null ? List.of() : List.of(a.bundleId()), List.of(a.awardId()))),
                a.madeUnderOtherRulesThan(e.ruleSetVersion()) ? versionName.apply(a.awardedUnder()) : null))
                .sorted(Comparator.comparing(CreditAwardView::awardedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CreditAwardView::id))
                .toList();
    }

    private List<ProgressViews.NotAwardedView> notAwarded(Evaluation e) {
        return e.creditsNotAwarded().stream().map(n -> new ProgressViews.NotAwardedView(n.name(), why(n.rule(), n.reason(), new UsedFacts(List.of(), n.competencyIds(),
                        n.bundleId() == null ? List.of() : List.of(n.bundleId()), List.of())))).toList();
    }

    private List<OverflowView> overflows(Evaluation e) {
        return e.overflows().stream().map(o -> new OverflowView(o.fromArea(), o.credits(), why(o.rule(), o.reason(), new UsedFacts(List.of(), List.of(), bundlesOf(o.awardIds()), o.awardIds())))).toList();
    }

    private Explanation why(String rule, Sentence sentence, UsedFacts facts) {
        return new Explanation(rule, sentence, english.apply(sentence), facts);
    }

    /** The evidence behind the masteries of these competencies. */
    private static List<Long> evidenceOf(Evaluation e, List<Long> competencyIds) {
        return competencyIds.stream().flatMap(id -> e.competencyMastery(id).stream())
                .flatMap(m -> m.evidenceIds().stream()).distinct().sorted().toList();
    }

    private static List<Long> bundlesOf(List<String> awardIds) {
        return awardIds.stream().filter(id -> id.startsWith("bundle:")).map(id -> Long.valueOf(id.substring(7)))
                .sorted().toList();
    }

    private static List<Long> concat(List<Long> first, List<Long> second) {
        List<Long> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private List<String> titles(List<Long> ids) {
        return ids.stream().map(id -> competencies.containsKey(id) ? competencies.get(id).title() : "#" + id).toList();
    }
}
