package org.pathwayplanner.rules;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}, as {@code rules}): the rule set in use is there, holds
 * rules and has not been released. An instance without it could not evaluate anyone, so it takes no traffic.
 */
@Component("rules")
class RuleSetHealth implements HealthIndicator {

    private final StudentEvaluator evaluator;

    RuleSetHealth(StudentEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Health health() {
        RuleSet rules = evaluator.ruleSet();
        if (rules == null || rules.isDisposed()) {
            return Health.down().withDetail("reason", "no rule set in use").build();
        }
        int count = rules.ruleCount();
        Health.Builder health = count > 0 ? Health.up() : Health.down().withDetail("reason", "the rule set is empty");
        return health.withDetail("version", rules.version()).withDetail("rules", count).build();
    }
}
