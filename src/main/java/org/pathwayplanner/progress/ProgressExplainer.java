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
import org.pathwayplanner.rules.Conclusions.CreditAward;
import org.pathwayplanner.rules.Conclusions.Mastery;
import org.pathwayplanner.rules.Conclusions.Readiness;
import org.pathwayplanner.rules.Evaluation;
import org.pathwayplanner.rules.Facts.CompetencyFact;
import org.pathwayplanner.rules.FrameworkFacts;

/** Puts names on an evaluation's ids so a person can read it. */
final class ProgressExplainer {

    private final FrameworkFacts framework;
    private final Map<Long, CompetencyFact> competencies;

    ProgressExplainer(FrameworkFacts framework) {
        this.framework = framework;
        this.competencies = framework.competencies().stream()
                .collect(Collectors.toMap(CompetencyFact::id, Function.identity()));
    }

    StudentProgressView explain(Evaluation e, java.time.Instant evaluatedAt) {
        return new StudentProgressView(e.studentId(), e.ruleSetVersion(), evaluatedAt, audit(e), competencies(e),
                bundles(e), flags(e));
    }

    private AuditView audit(Evaluation e) {
        List<AuditLineView> lines = e.audit().stream().map(l -> new AuditLineView(l.areaCode(), l.areaName(),
                l.required(), l.earned(), l.outstanding(), new Explanation(l.rule(), l.reason()),
                titles(l.competenciesToMaster()))).toList();
        return new AuditView(e.status() == null ? null : e.status().status(),
                e.status() == null ? null : new Explanation(e.status().rule(), e.status().reason()),
                e.totalEarned(), e.totalRequired(), lines);
    }

    private List<CompetencyProgress> competencies(Evaluation e) {
        return framework.competencies().stream().map(c -> {
            Mastery m = e.competencyMastery(c.id()).orElse(null);
            Readiness r = e.readinessOf(c.id()).orElse(null);
            boolean mastered = m != null && m.mastered();
            Double level = m == null || (!mastered && m.level() == 0) ? null : m.level();
            return new CompetencyProgress(c.id(), c.code(), c.title(), c.areaCode(), c.expectedGrade(),
                    r == null ? null : r.status(), mastered, level,
                    level == null ? null : framework.scale().labelOf(level),
                    m == null ? null : m.masteredOn(), m == null ? null : m.method(),
                    m == null ? null : new Explanation(m.rule(), m.reason()),
                    r == null ? null : new Explanation(r.rule(), r.reason()),
                    r == null ? List.of() : titles(r.missingPrerequisiteIds()),
                    m == null ? List.of() : m.evidenceIds());
        }).toList();
    }

    private List<BundleView> bundles(Evaluation e) {
        Map<Long, BigDecimal> awarded = e.credits().stream().filter(a -> a.bundleId() != null)
                .collect(Collectors.toMap(CreditAward::bundleId, CreditAward::credits, BigDecimal::add));
        return e.bundles().stream().map(b -> new BundleView(b.bundleId(), b.name(), b.areaCode(), b.mastered(),
                b.total(), new Explanation(b.rule(), b.reason()), awarded.getOrDefault(b.bundleId(), BigDecimal.ZERO)))
                .toList();
    }

    private List<FlagView> flags(Evaluation e) {
        return e.flags().stream().map(f -> new FlagView(f.type(), new Explanation(f.rule(), f.reason()),
                titles(f.competencyIds()))).toList();
    }

    private List<String> titles(List<Long> ids) {
        return ids.stream().map(id -> competencies.containsKey(id) ? competencies.get(id).title() : "#" + id).toList();
    }
}
