package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
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
     * <p>
     * One pass: each method's running state ({@link Running}) takes the scores one by one and gives the level of the
     * scores known so far, with the same arithmetic in the same order as {@link #calculate} on those scores, instead
     * of calculating again from the first score at every date (quadratic in the evidence).
     */
    static LocalDate masteredSince(String method, List<ScoreFact> ordered, MasteryPolicy policy, ScaleFact scale) {
        Running running = new Running(method, policy, scale);
        LocalDate since = null;
        int i = 0;
        while (i < ordered.size()) {
            LocalDate day = ordered.get(i).assessedOn();
            while (i < ordered.size() && ordered.get(i).assessedOn().equals(day)) {
                running.add(ordered.get(i).level());
                i++;
            }
            if (running.isMastered()) {
                since = since == null ? day : since;
            } else {
                since = null;
            }
        }
        return since;
    }

    /** A calculation method applied to the scores known so far, taking them one by one in evidence order. */
    private static final class Running {
        private final String method;
        private final MasteryPolicy policy;
        private final ScaleFact scale;
        private final List<Integer> levels = new ArrayList<>();
        private int atMastery;
        private int highest = Integer.MIN_VALUE;
        private long sum;
        private double decaying;
        private final double shift;
        private double sx;
        private double sy;
        private double sxx;
        private double sxy;

        Running(String method, MasteryPolicy policy, ScaleFact scale) {
            if (!ALL.contains(method)) {
                throw new IllegalArgumentException("Unknown calculation method " + method + "; use one of " + ALL);
            }
            this.method = method;
            this.policy = policy;
            this.scale = scale;
            this.shift = scale.minLevel() < 1 ? 1 - scale.minLevel() : 0;
        }

        void add(int level) {
            levels.add(level);
            int n = levels.size();
            atMastery += level >= scale.masteryThreshold() ? 1 : 0;
            highest = Math.max(highest, level);
            sum += level;
            decaying = n == 1 ? level : level * policy.decayWeight() + decaying * (1 - policy.decayWeight());
            double x = Math.log(n + 0.0);
            double y = Math.log(level + shift);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }

        boolean isMastered() {
            if (N_TIMES.equals(method)) {
                return atMastery >= policy.timesAtMastery();
            }
            return round(level()) >= scale.masteryThreshold();
        }

        /** {@link #powerLaw} from the sums kept so far: the same terms, added in the same order. */
        private double powerLawSoFar() {
            int n = levels.size();
            if (n == 1) {
                return levels.get(0);
            }
            double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double lnA = (sy - b * sx) / n;
            return Math.exp(lnA + b * Math.log(n)) - shift;
        }

        /** What {@link #calculate} gives for the scores added so far. */
        private double level() {
            int n = levels.size();
            return switch (method) {
                case MOST_RECENT -> levels.get(n - 1);
                case HIGHEST -> highest;
                case MEAN -> (double) sum / n;
                case MODE -> mode(levels.subList(Math.max(0, n - policy.modeOfLast()), n), policy.modeTieGoesTo());
                case DECAYING_AVERAGE -> decaying;
                case POWER_LAW -> clamp(powerLawSoFar(), scale.minLevel(), scale.maxLevel());
                default -> reachedTimes(levels, policy.timesAtMastery(), scale.minLevel());
            };
        }
    }

    static double calculate(String method, List<ScoreFact> ordered, MasteryPolicy policy, ScaleFact scale) {
        List<Integer> levels = ordered.stream().map(ScoreFact::level).toList();
        return switch (method) {
            case MOST_RECENT -> levels.get(levels.size() - 1);
            case N_TIMES -> reachedTimes(levels, policy.timesAtMastery(), scale.minLevel());
            case HIGHEST -> levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
            case MEAN -> levels.stream().mapToInt(Integer::intValue).average().orElseThrow();
            case MODE -> mode(levels.subList(Math.max(0, levels.size() - policy.modeOfLast()), levels.size()),
                    policy.modeTieGoesTo());
            case DECAYING_AVERAGE -> decayingAverage(levels, policy.decayWeight());
            case POWER_LAW -> clamp(powerLaw(levels, scale.minLevel()), scale.minLevel(), scale.maxLevel());
            default -> throw new IllegalArgumentException("Unknown calculation method " + method
                    + "; use one of " + ALL);
        };
    }

    /**
     * The most frequent level. A tie goes, as the district's policy says, to the level scored most recently among
     * the tied ones (the default: the latest evidence speaks) or to the higher one.
     */
    static double mode(List<Integer> levels, String tieGoesTo) {
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, Integer> lastSeen = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            counts.merge(levels.get(i), 1, Integer::sum);
            lastSeen.put(levels.get(i), i);
        }
        Comparator<Integer> tieBreak = MasteryPolicy.TIE_TO_HIGHER.equals(tieGoesTo)
                ? Comparator.naturalOrder() : Comparator.comparing(lastSeen::get);
        Comparator<Integer> byCount = Comparator.comparing(counts::get);
        return counts.keySet().stream().max(byCount.thenComparing(tieBreak)).orElseThrow();
    }

    /**
     * "N times": the highest level the student reached at least {@code times} times (the {@code times}-th highest
     * score); before there are that many scores no level has been reached often enough, so the bottom of the scale.
     */
    static double reachedTimes(List<Integer> levels, int times, int minLevel) {
        if (times < 1 || levels.size() < times) {
            return minLevel;
        }
        return levels.stream().sorted(Comparator.reverseOrder()).skip(times - 1L).findFirst().orElseThrow();
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
     * Power law (Marzano's formula, as PowerSchool and the published worked examples apply it): least-squares fit of
     * ln(level) = ln(a) + b·ln(t), t being each assessment's position in date order (1, 2, 3…), predicted at the
     * latest position. So 3, 3, 1, 3 gives 1.90 and 3, 3, 1, 3, 4, 4 gives 3.07. On a scale starting below 1 the
     * levels are shifted to start at 1 for the fit and shifted back.
     */
    static double powerLaw(List<Integer> levels, int minLevel) {
        int n = levels.size();
        double shift = minLevel < 1 ? 1 - minLevel : 0;
        if (n == 1) {
            return levels.get(0);
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.log(i + 1.0);
            double y = Math.log(levels.get(i) + shift);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double lnA = (sy - b * sx) / n;
        return Math.exp(lnA + b * Math.log(n)) - shift;
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
