package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.pathwayplanner.rules.Conclusions.AuditLine;
import org.pathwayplanner.rules.Conclusions.AuditStatus;
import org.pathwayplanner.rules.Conclusions.BundleProgress;
import org.pathwayplanner.rules.Conclusions.CreditAward;
import org.pathwayplanner.rules.Conclusions.CreditNotAwarded;
import org.pathwayplanner.rules.Conclusions.CreditOverflow;
import org.pathwayplanner.rules.Conclusions.LevelResult;
import org.pathwayplanner.rules.Conclusions.Mastery;
import org.pathwayplanner.rules.Conclusions.MethodChoice;
import org.pathwayplanner.rules.Conclusions.PathwayCreditWaiting;
import org.pathwayplanner.rules.Conclusions.Readiness;
import org.pathwayplanner.rules.Conclusions.SupportFlag;

/** Everything the rules concluded about one student, with the rule set version that concluded it. */
public record Evaluation(long studentId, String ruleSetVersion, List<Mastery> masteries, List<LevelResult> levels,
        List<MethodChoice> methods, List<Readiness> readiness, List<BundleProgress> bundles,
        List<CreditAward> credits, List<CreditOverflow> overflows, List<AuditLine> audit, AuditStatus status,
        List<SupportFlag> flags, List<PathwayCreditWaiting> waitingPathways, List<CreditNotAwarded> creditsNotAwarded) {

    public Evaluation {
        // Evaluations stored before pathways could wait for their targets, or before competencies were allocated to
        // one award each, have none.
        waitingPathways = waitingPathways == null ? List.of() : List.copyOf(waitingPathways);
        creditsNotAwarded = creditsNotAwarded == null ? List.of() : List.copyOf(creditsNotAwarded);
    }

    /**
     * The evaluation without the rules' intermediate facts (levels per objective, method choices): what is
     * worth storing. Every mastery keeps its method, level, rule and reason.
     */
    public Evaluation withoutWorkingFacts() {
        return new Evaluation(studentId, ruleSetVersion, masteries, List.of(), List.of(), readiness, bundles, credits,
                overflows, audit, status, flags, waitingPathways, creditsNotAwarded);
    }

    public Optional<Mastery> competencyMastery(long competencyId) {
        return masteries.stream().filter(m -> m.isForCompetency() && m.competencyId() == competencyId).findFirst();
    }

    public Optional<Mastery> objectiveMastery(long objectiveId) {
        return masteries.stream().filter(m -> !m.isForCompetency() && m.objectiveId() == objectiveId).findFirst();
    }

    public boolean hasMastered(long competencyId) {
        return competencyMastery(competencyId).map(Mastery::mastered).orElse(false);
    }

    public Optional<Readiness> readinessOf(long competencyId) {
        return readiness.stream().filter(r -> r.competencyId() == competencyId).findFirst();
    }

    public Optional<AuditLine> auditLine(String areaCode) {
        return audit.stream().filter(l -> l.areaCode().equals(areaCode)).findFirst();
    }

    public BigDecimal earnedIn(String areaCode) {
        return auditLine(areaCode).map(AuditLine::earned).orElse(BigDecimal.ZERO);
    }

    public BigDecimal totalEarned() {
        return audit.stream().filter(l -> !l.isIncluded()).map(AuditLine::earned).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    public BigDecimal totalRequired() {
        return audit.stream().filter(l -> !l.isIncluded()).map(AuditLine::required).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    public List<Long> masteredCompetencyIds() {
        return masteries.stream().filter(m -> m.isForCompetency() && m.mastered()).map(Mastery::competencyId)
                .sorted().toList();
    }

    /** Credits awarded for a completed pathway (zero while it waits for its target competencies). */
    public BigDecimal awardedForPathway(long proposalId) {
        return credits.stream().filter(a -> a.proposalId() != null && a.proposalId() == proposalId)
                .map(CreditAward::credits).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The award a competency counted toward ("bundle:3", "pathway:7"), if any: each counts toward one at most. */
    public Optional<CreditAward> awardCounting(long competencyId) {
        return credits.stream().filter(a -> a.competencyIds().contains(competencyId)).findFirst();
    }

    public Optional<PathwayCreditWaiting> waitingPathway(long proposalId) {
        return waitingPathways.stream().filter(w -> w.proposalId() == proposalId).findFirst();
    }

    public List<SupportFlag> flagsOf(String type) {
        return flags.stream().filter(f -> f.type().equals(type)).toList();
    }
}
