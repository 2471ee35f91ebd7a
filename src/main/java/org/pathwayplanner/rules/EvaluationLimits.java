package org.pathwayplanner.rules;

import java.time.Duration;

/**
 * How far the rules may go in one evaluation: at most {@code firingsPerStudent} rule firings for one student,
 * at most {@code timePerStudent} for one student, and at most {@code timePerRun} for a whole run over the district
 * (a preview or a recomputation). A rule that keeps firing, or a run that goes on, ends with
 * {@link RuleLimitExceeded} naming the rule. Set by the operator, not by the rules, so that a draft cannot lift
 * its own limits ({@code pathway-planner.rules.firings-per-student}, {@code .time-per-student},
 * {@code .time-per-run}).
 */
public record EvaluationLimits(int firingsPerStudent, Duration timePerStudent, Duration timePerRun) {

    /** About ten times what the busiest student of the demo district needs; milliseconds per student are usual. */
    public static final EvaluationLimits DEFAULT = new EvaluationLimits(10_000, Duration.ofSeconds(5),
            Duration.ofMinutes(30));

    public EvaluationLimits {
        if (firingsPerStudent < 1 || timePerStudent.isNegative() || timePerStudent.isZero() || timePerRun.isNegative()
                || timePerRun.isZero()) {
            throw new IllegalArgumentException("Evaluation limits are positive: " + firingsPerStudent
                    + " firings per student, " + timePerStudent + " per student, " + timePerRun + " per run");
        }
    }

    /** "5 s", "30 min", "500 ms": a limit as a person reads it. */
    public static String written(Duration time) {
        if (time.toMillis() % 60_000 == 0) {
            return time.toMinutes() + " min";
        }
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }
}
