package org.pathwayplanner.rules;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Holds one session to {@link EvaluationLimits}: counts the firings, looks at the clock every
 * {@value #CLOCK_EVERY} firings, and halts the session at the limit. Only for the last {@value #WATCHED} firings
 * before the limit does it watch what each rule does, to name the rule that kept the firings going: the one that
 * changed facts already there (update, delete) most often, then the one that inserted most, then the one that fired
 * most. One per evaluation; not thread-safe.
 */
final class FiringLimit implements AgendaFilter {

    private static final int CLOCK_EVERY = 64;
    private static final int WATCHED = 200;

    private final KieSession session;
    private final EvaluationLimits limits;
    private final long deadline;
    private Watch watch;
    private int fired;
    private String stoppedBy;
    private String lastRule;

    private FiringLimit(KieSession session, EvaluationLimits limits) {
        this.session = session;
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.timePerStudent().toNanos();
    }

    /** Fires the session's rules within the limits; throws {@link RuleLimitExceeded} when it had to stop them. */
    static void fire(KieSession session, EvaluationLimits limits, long studentId) {
        FiringLimit limit = new FiringLimit(session, limits);
        try {
            session.fireAllRules(limit, limits.firingsPerStudent() + 1);
        } finally {
            if (limit.watch != null) {
                session.removeEventListener(limit.watch);
            }
        }
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
        if (fired > limits.firingsPerStudent() - WATCHED) {
            if (watch == null) {
                watch = new Watch();
                session.addEventListener(watch);
            }
            watch.of(match.getRule().getName()).firings++;
            if (fired > limits.firingsPerStudent()) {
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
        int max = limits.firingsPerStudent();
        if (stoppedBy.equals("firings")) {
            String rule = watch.busiest().orElse(lastRule);
            throw new RuleLimitExceeded(rule, studentId, String.format(Locale.ROOT,
                    "Rule \"%s\" kept firing: %,d firings for student %d (the limit is %,d rule firings per student)",
                    rule, max, studentId, max));
        }
        throw new RuleLimitExceeded(lastRule, studentId, String.format(Locale.ROOT,
                "The rules took longer than %s for student %d (the limit per student); rule \"%s\" was firing when "
                        + "they were stopped after %,d firings", EvaluationLimits.written(limits.timePerStudent()),
                studentId, lastRule, fired));
    }

    /** What each rule did over the last firings before the limit. */
    private static final class Watch implements RuleRuntimeEventListener {

        private static final class Count {
            int changes;
            int inserts;
            int firings;
        }

        private final Map<String, Count> byRule = new HashMap<>();

        Count of(String rule) {
            return byRule.computeIfAbsent(rule, r -> new Count());
        }

        java.util.Optional<String> busiest() {
            Comparator<Count> busier = Comparator.comparingInt((Count c) -> c.changes)
                    .thenComparingInt(c -> c.inserts).thenComparingInt(c -> c.firings);
            return byRule.entrySet().stream().max(Map.Entry.comparingByValue(busier)).map(Map.Entry::getKey);
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() != null) {
                of(event.getRule().getName()).inserts++;
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            if (event.getRule() != null) {
                of(event.getRule().getName()).changes++;
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getRule() != null) {
                of(event.getRule().getName()).changes++;
            }
        }
    }
}
