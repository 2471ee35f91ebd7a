package org.pathwayplanner.progress;

import java.util.concurrent.CompletableFuture;
import org.pathwayplanner.people.RosterImported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a roster import commits, the students it changed (grade, school, classes, retired) are evaluated again in
 * the background, as after a framework change: a few one by one, many by one district-wide evaluation (which reads
 * all scores in one stream and is faster than thousands of single evaluations).
 */
@Component
class RosterRecomputation {

    /** Above this many students, one district-wide evaluation instead of one evaluation per student. */
    static final int ONE_BY_ONE = 200;

    private final StudentProgress progress;
    private final DistrictEvaluation district;

    RosterRecomputation(StudentProgress progress, DistrictEvaluation district) {
        this.progress = progress;
        this.district = district;
    }

    @TransactionalEventListener
    void on(RosterImported imported) {
        CompletableFuture.runAsync(() -> {
            if (imported.studentIds().size() > ONE_BY_ONE) {
                district.evaluateAllWithoutImpact(done -> { });
            } else {
                imported.studentIds().forEach(progress::recomputeBeforeCommit);
            }
        });
    }
}
