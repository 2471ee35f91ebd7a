package org.pathwayplanner.progress;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The district recomputation in progress (or the last one): students evaluated so far and in all, as Prometheus
 * gauges {@code pathway_recomputation_students{state="done"|"total"}}. Read through the recomputation's own progress.
 */
@Component
class RecomputationMetrics implements MeterBinder {

    static final String STUDENTS = "pathway.recomputation.students";

    private final DistrictEvaluation recomputation;

    RecomputationMetrics(DistrictEvaluation recomputation) {
        this.recomputation = recomputation;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(STUDENTS, recomputation, r -> r.progress()[0]).tag("state", "done")
                .description("Students evaluated so far by the district recomputation in progress (or the last one)")
                .register(registry);
        Gauge.builder(STUDENTS, recomputation, r -> r.progress()[1]).tag("state", "total")
                .description("Students the district recomputation in progress (or the last one) evaluates in all")
                .register(registry);
    }
}
