package org.pathwayplanner.policy;

import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before results are computed on start, the rules in use are the active version of the database, and a
 * recomputation that a stop of the server cut short is marked failed.
 */
@Component
@Order(5)
class RulesOnStart implements ApplicationRunner {

    private final RulePublisher publisher;
    private final StudentEvaluator evaluator;

    RulesOnStart(RulePublisher publisher, StudentEvaluator evaluator) {
        this.publisher = publisher;
        this.evaluator = evaluator;
    }

    @Override
    public void run(ApplicationArguments args) {
        publisher.settleInterruptedRecomputations();
        publisher.startWith(evaluator.ruleSet().sources());
    }
}
