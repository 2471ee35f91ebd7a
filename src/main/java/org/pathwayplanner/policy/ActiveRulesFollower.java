package org.pathwayplanner.policy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every instance checks, every {@code pathway-planner.rules.follow-every} (2 s), which rules version is active in
 * the shared database and puts it in use when another instance published or rolled back: one query when nothing
 * changed. Deliberately per instance, never once per cluster.
 */
@Component
class ActiveRulesFollower {

    private final RulePublisher publisher;

    ActiveRulesFollower(RulePublisher publisher) {
        this.publisher = publisher;
    }

    @Scheduled(fixedDelayString = "${pathway-planner.rules.follow-every:2s}",
            initialDelayString = "${pathway-planner.rules.follow-every:2s}")
    void follow() {
        publisher.followActiveVersion();
    }
}
