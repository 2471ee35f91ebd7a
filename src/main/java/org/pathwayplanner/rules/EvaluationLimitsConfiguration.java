package org.pathwayplanner.rules;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operator's limits on every evaluation (see {@link EvaluationLimits}); the defaults suit a district. */
@Configuration
class EvaluationLimitsConfiguration {

    @Bean
    EvaluationLimits evaluationLimits(
            @Value("${pathway-planner.rules.firings-per-student:10000}") int firingsPerStudent,
            @Value("${pathway-planner.rules.time-per-student:5s}") Duration timePerStudent,
            @Value("${pathway-planner.rules.time-per-run:30m}") Duration timePerRun) {
        return new EvaluationLimits(firingsPerStudent, timePerStudent, timePerRun);
    }
}
