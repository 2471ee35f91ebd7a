package org.pathwayplanner.policy;

import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before results are computed on start, the rules in use are the active version of the database, and a
 * recomputation that a stop of the server cut short is marked failed. The rules this release ships are kept to
 * offer them when they are new to the district; stored versions that no longer compile are found in the
 * background so that they are not offered as rollback targets.
 */
@Component
@Order(5)
class RulesOnStart implements ApplicationRunner {

    private final RulePublisher publisher;
    private final StudentEvaluator evaluator;
    private final ShippedRulesUpgrade upgrade;

    RulesOnStart(RulePublisher publisher, StudentEvaluator evaluator, ShippedRulesUpgrade upgrade) {
        this.publisher = publisher;
        this.evaluator = evaluator;
        this.upgrade = upgrade;
    }

    @Override
    public void run(ApplicationArguments args) {
        var shipped = evaluator.ruleSet().sources();
        publisher.settleInterruptedRecomputations();
        publisher.startWith(shipped);
        upgrade.shippedAre(shipped);
        Thread check = new Thread(publisher::checkRollbackTargets, "rules-rollback-check");
        check.setDaemon(true);
        check.setPriority(Thread.MIN_PRIORITY);
        check.start();
    }
}
