package org.pathwayplanner.rules;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;

/**
 * How many students the rules evaluated and how long each took ({@code pathway_rules_evaluations_seconds} in
 * Prometheus, by outcome). Evaluations also run outside any application context (a batch, a preview, a rule test),
 * so the timers live in Micrometer's global registry, to which Spring Boot adds the application's own
 * ({@code management.metrics.use-global-registry}, on by default); without a registry they cost nothing.
 */
final class EvaluationMetrics {

    static final String EVALUATIONS = "pathway.rules.evaluations";

    private static final Timer DONE = timer("done");
    private static final Timer FAILED = timer("failed");

    private EvaluationMetrics() {
    }

    static <T> T timed(Supplier<T> evaluation) {
        long start = System.nanoTime();
        boolean done = false;
        try {
            T result = evaluation.get();
            done = true;
            return result;
        } finally {
            (done ? DONE : FAILED).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private static Timer timer(String outcome) {
        return Timer.builder(EVALUATIONS)
                .description("Evaluations of one student by the rules (a failed one hit a limit or an error)")
                .tag("outcome", outcome)
                .register(Metrics.globalRegistry);
    }
}
