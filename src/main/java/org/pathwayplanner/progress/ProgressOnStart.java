package org.pathwayplanner.progress;

import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.rules.StudentEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start (after the demo district is loaded), evaluates every student whose stored results were not
 * produced by the rules now in use — after a fresh install, or when the rules folder changed.
 */
@Component
@Order(10)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "pathway-planner.evaluate-on-start",
        havingValue = "true", matchIfMissing = true)
class ProgressOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgressOnStart.class);

    private final DistrictRecomputation district;
    private final ProgressStore store;
    private final StudentEvaluator evaluator;
    private final PeopleDirectory people;

    ProgressOnStart(DistrictRecomputation district, ProgressStore store, StudentEvaluator evaluator,
            PeopleDirectory people) {
        this.district = district;
        this.store = store;
        this.evaluator = evaluator;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        long stale = people.countStudents() - store.countAt(evaluator.ruleSet().version());
        if (stale > 0) {
            log.info("{} students have no results from rules {}: evaluating the district", stale,
                    evaluator.ruleSet().version());
            district.recompute("start", false, done -> { });
        }
    }
}
