package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pathwayplanner.rules.Conclusions.LevelResult;
import org.pathwayplanner.rules.Facts.ScaleFact;
import org.pathwayplanner.rules.Facts.ScoreFact;
import org.pathwayplanner.rules.Policies.MasteryPolicy;

/**
 * The arithmetic of each calculation method: how an ordered body of scores becomes one level. Which
 * method applies, and what level counts as mastery, is decided by the rules ({@code mastery.drl}).
 * Scores are ordered by the evidence's date (then by record), never by when they were entered.
 */
public final class CalculationMethods {

    public static final String MOST_RECENT = "MOST_RECENT";
    public static final String HIGHEST = "HIGHEST";
    public static final String MEAN = "MEAN";
    public static final String MODE = "MODE";
    public static final String DECAYING_AVERAGE = "DECAYING_AVERAGE";
    public static final String N_TIMES = "N_TIMES";
    public static final String POWER_LAW = "POWER_LAW";
    public static final List<String> ALL = List.of(MOST_RECENT, HIGHEST, MEAN, MODE, DECAYING_AVERAGE, N_TIMES, POWER_LAW);

    private static final Comparator<ScoreFact> BY_EVIDENCE_DATE = Comparator.comparing(ScoreFact::assessedOn)
            .thenComparingLong(ScoreFact::evidenceId).thenComparingLong(ScoreFact::scoreId);

    private CalculationMethods() {
    }

    /** The level of one objective ({@code objectiveId} set) or competency from its scores; null without scores. */
    public static LevelResult levelOf(Long objectiveId, long competencyId, String method, Collection<ScoreFact> scores,
            MasteryPolicy policy, ScaleFact scale) {
        List<ScoreFact> ordered = scores.stream().sorted(BY_EVIDENCE_DATE).toList();
        if (ordered.isEmpty()) {
            return null;
        }
        List<Integer> levels = ordered.stream().map(ScoreFact::level).toList();
        double level = round(calculate(method, ordered, policy, scale));
        int atOrAbove = (int) levels.stream().filter(l -> l >= scale.masteryThreshold()).count();
        return new LevelResult(objectiveId, competencyId, method, level, atOrAbove, ordered.get(0).assessedOn(),
                ordered.get(ordered.size() - 1).assessedOn(), masteredSince(method, ordered, policy, scale), levels,
                ordered.stream().map(ScoreFact::evidenceId).distinct().toList());
    }

    /**
     * The evidence date from which the body of evidence has been mastered without a break: the method is applied
     * to the scores known on each evidence date in turn (every score of a date together), and the answer is the
     * first date after which every later calculation stays at mastery. Null when the latest calculation is not
     * mastered. A new score that keeps the student at mastery does not move the date; a dip below mastery does.
     */
    static LocalDate masteredSince(String method, List<ScoreFact> ordered, MasteryPolicy policy, ScaleFact scale) {
        LocalDate since = null;
        int i = 0;
        while (i < ordered.size()) {
            LocalDate day = ordered.get(i).assessedOn();
            while (i < ordered.size() && ordered.get(i).assessedOn().equals(day)) {
                i++;
            }
            List<ScoreFact> known = ordered.subList(0, i);
            if (isMastered(method, known, policy, scale)) {
                since = since == null ? day : since;
            } else {
                since = null;
            }
        }
        return since;
    }

    private static boolean isMastered(String method, List<ScoreFact> known, MasteryPolicy policy, ScaleFact scale) {
        if (N_TIMES.equals(method)) {
            return known.stream().filter(s -> s.level() >= scale.masteryThreshold()).count() >= policy.timesAtMastery();
        }
        return round(calculate(method, known, policy, scale)) >= scale.masteryThreshold();
    }

    static double calculate(String method, List<ScoreFact> ordered, MasteryPolicy policy, ScaleFact scale) {
        List<Integer> levels = ordered.stream().map(ScoreFact::level).toList();
        return switch (method) {
            case MOST_RECENT, N_TIMES -> levels.get(levels.size() - 1);
            case HIGHEST -> levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
            case MEAN -> levels.stream().mapToInt(Integer::intValue).average().orElseThrow();
            case MODE -> mode(levels.subList(Math.max(0, levels.size() - policy.modeOfLast()), levels.size()));
            case DECAYING_AVERAGE -> decayingAverage(levels, policy.decayWeight());
            case POWER_LAW -> clamp(powerLaw(ordered, scale.minLevel()), scale.minLevel(), scale.maxLevel());
            default -> throw new IllegalArgumentException("Unknown calculation method " + method
                    + "; use one of " + ALL);
        };
    }

    /** The most frequent level; a tie goes to the higher level. */
    static double mode(List<Integer> levels) {
        Map<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        levels.forEach(l -> counts.merge(l, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    /** Canvas's standard decaying average: running = latest × w + previous running × (1 − w). */
    static double decayingAverage(List<Integer> levels, double weight) {
        double running = levels.get(0);
        for (int i = 1; i < levels.size(); i++) {
            running = levels.get(i) * weight + running * (1 - weight);
        }
        return running;
    }

    /**
     * Power law (Marzano; PowerSchool, Empower, TeacherEase): least-squares fit of ln(level) = ln(a) + b·ln(t) over
     * time, t being the evidence date in days from the first score, plus one (the first score at t = 1), predicted at
     * the latest date. Two scores a week apart weigh as far apart as they are; scores of the same day share one t.
     * On a scale starting below 1 the levels are shifted to start at 1 for the fit and shifted back. When every
     * score has the same date there is no trend to fit: the prediction is their (geometric) mean.
     */
    static double powerLaw(List<ScoreFact> ordered, int minLevel) {
        int n = ordered.size();
        double shift = minLevel < 1 ? 1 - minLevel : 0;
        if (n == 1) {
            return ordered.get(0).level();
        }
        LocalDate first = ordered.get(0).assessedOn();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (ScoreFact score : ordered) {
            double x = Math.log(ChronoUnit.DAYS.between(first, score.assessedOn()) + 1.0);
            double y = Math.log(score.level() + shift);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double spread = n * sxx - sx * sx;
        if (spread < 1e-12) {
            return Math.exp(sy / n) - shift;
        }
        double b = (n * sxy - sx * sy) / spread;
        double lnA = (sy - b * sx) / n;
        double latest = Math.log(ChronoUnit.DAYS.between(first, ordered.get(n - 1).assessedOn()) + 1.0);
        return Math.exp(lnA + b * latest) - shift;
    }

    static double clamp(double level, int min, int max) {
        return Math.max(min, Math.min(max, level));
    }

    static double round(double level) {
        return BigDecimal.valueOf(level).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Helpers the rule files call for arithmetic on credits. */
    public static BigDecimal total(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal share(BigDecimal credits, double share) {
        return credits.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public static List<Long> ids(Collection<?> items) {
        return new ArrayList<>(items.stream().map(o -> ((Number) o).longValue()).toList());
    }
}
