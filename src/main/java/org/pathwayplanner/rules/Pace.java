package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.pathwayplanner.rules.Conclusions.LevelResult;
import org.pathwayplanner.rules.Facts.CompetencyFact;

/** Small arithmetic the audit and flag rules call: shares of credits, counts of low scores, weeks. */
public final class Pace {

    private Pace() {
    }

    public static double share(Collection<BigDecimal> earned, Collection<BigDecimal> required) {
        BigDecimal total = CalculationMethods.total(required);
        return total.signum() == 0 ? 1.0
                : CalculationMethods.total(earned).divide(total, 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** The ids of these awards and of the awards whose surplus flowed here, sorted. */
    public static List<String> awardIds(Collection<Conclusions.CreditAward> awards,
            Collection<? extends Collection<String>> surplusAwards) {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>(Conclusions.CreditAward.idsOf(awards));
        surplusAwards.forEach(ids::addAll);
        return List.copyOf(ids);
    }

    /** The evidence records (assessments) with a current score below {@code below}, each once, in id order. */
    public static List<Long> lowScoreEvidence(Collection<org.pathwayplanner.rules.Facts.ScoreHistory> histories,
            int below) {
        return histories.stream().flatMap(h -> h.currentScores().stream()).filter(s -> s.level() < below)
                .map(org.pathwayplanner.rules.Facts.ScoreFact::evidenceId).distinct().sorted().toList();
    }

    public static LocalDate firstAssessed(Collection<LevelResult> results) {
        return results.stream().map(LevelResult::firstAssessed).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
    }

    public static long weeksSinceFirst(Collection<LevelResult> results, LocalDate asOf) {
        LocalDate first = firstAssessed(results);
        return first == null ? 0 : ChronoUnit.WEEKS.between(first, asOf);
    }

    public static List<CompetencyFact> firstByGrade(Collection<CompetencyFact> competencies, int count) {
        return competencies.stream()
                .sorted(Comparator.comparingInt(CompetencyFact::expectedGrade).thenComparing(CompetencyFact::code))
                .limit(count).toList();
    }

    public static List<Long> idsOf(Collection<CompetencyFact> competencies) {
        return competencies.stream().map(CompetencyFact::id).sorted().toList();
    }

    public static List<String> titlesOf(Collection<CompetencyFact> competencies) {
        return competencies.stream().map(CompetencyFact::title).toList();
    }
}
