package org.pathwayplanner.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Time passes without new evidence: weeks since a first low score grow (intervention), the share of the school
 * year elapsed grows (the expected pace of the audit). Once a day every student is evaluated again so these
 * results are current. The hour is {@code pathway-planner.recompute.cron} (a Spring cron; "-" turns it off). Every
 * instance schedules it and one runs it (a lock in the database, see org.pathwayplanner.cluster); the run itself is
 * shared by every instance's job executor ({@link DistrictRecomputation}).
 */
@Component
class DailyRecomputation {

    private static final Logger log = LoggerFactory.getLogger(DailyRecomputation.class);

    private final DistrictRecomputation district;

    DailyRecomputation(DistrictRecomputation district) {
        this.district = district;
    }

    @Scheduled(cron = "${pathway-planner.recompute.cron:0 30 2 * * *}",
            zone = "${pathway-planner.recompute.zone:}")
    @SchedulerLock(name = "nightly-recomputation", lockAtMostFor = "PT6H", lockAtLeastFor = "PT5M")
    void nightly() {
        recompute();
    }

    /** Evaluates every student on the rules in use, as of today, and stores the results. */
    DistrictEvaluation.Result recompute() {
        DistrictEvaluation.Result result = district.recompute("nightly", true, done -> { });
        log.info("Daily recomputation: {} students on rules {} in {} ms; {}", result.students(),
                result.ruleSetVersion(), result.millis(), result.summary());
        return result;
    }
}
