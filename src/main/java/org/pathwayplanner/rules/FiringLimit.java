package org.pathwayplanner.rules;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Holds one session to {@link EvaluationLimits}: counts the firings, looks at the clock every
 * {@value #CLOCK_EVERY} firings, and halts the session at the limit. Only near the firing limit does it note
 * which rules fire, to name the one that kept firing. One per evaluation; not thread-safe.
 */
final class FiringLimit implements AgendaFilter {

    private static final int CLOCK_EVERY = 64;
    /** How many of the last firings are looked at to name the rule that kept firing. */
    private static final int WATCHED = 200;

    private final KieSession session;
    private final int maxFirings;
    private final long deadline;
    private final Duration time;
    private final Map<String, Integer> lastFirings = new HashMap<>();
    private int fired;
    private String stoppedBy;
    private String lastRule;

    private FiringLimit(KieSession session, EvaluationLimits limits) {
        this.session = session;
        this.maxFirings = limits.firingsPerStudent();
        this.time = limits.timePerStudent();
        this.deadline = System.nanoTime() + limits.timePerStudent().toNanos();
    }

    /** Fires the session's rules within the limits; throws {@link RuleLimitExceeded} when it had to stop them. */
    static void fire(KieSession session, EvaluationLimits limits, long studentId) {
        FiringLimit limit = new FiringLimit(session, limits);
        session.fireAllRules(limit, limits.firingsPerStudent() + 1);
        limit.throwIfStopped(studentId);
    }

    @Override
    public boolean accept(Match match) {
        if (stoppedBy != null) {
            return false;
        }
        fired++;
        if (fired % CLOCK_EVERY == 0 && System.nanoTime() - deadline > 0) {
            return stop("time", match);
        }
        if (fired > maxFirings - WATCHED) {
            lastFirings.merge(match.getRule().getName(), 1, Integer::sum);
            if (fired > maxFirings) {
                return stop("firings", match);
            }
        }
        return true;
    }

    private boolean stop(String limit, Match match) {
        stoppedBy = limit;
        lastRule = match.getRule().getName();
        session.halt();
        return false;
    }

    private void throwIfStopped(long studentId) {
        if (stoppedBy == null) {
            return;
        }
        if (stoppedBy.equals("firings")) {
            String rule = lastFirings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(lastRule);
            throw new RuleLimitExceeded(rule, studentId, String.format(java.util.Locale.ROOT,
                    "Rule \"%s\" kept firing: %,d firings for student %d (the limit is %,d rule firings per student)",
                    rule, maxFirings, studentId, maxFirings));
        }
        throw new RuleLimitExceeded(lastRule, studentId, String.format(java.util.Locale.ROOT,
                "The rules took longer than %s for student %d (the limit per student); rule \"%s\" was firing when "
                        + "they were stopped after %,d firings", EvaluationLimits.written(time), studentId, lastRule, fired));
    }
}
