package org.pathwayplanner.progress;

import java.util.concurrent.CompletableFuture;
import org.pathwayplanner.people.RosterImported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a roster import commits, the students it changed (grade, school, classes, retired) are evaluated again: a
 * few at once, each in a transaction of its own (the import's is over); many in the background by one district-wide
 * evaluation, as after a framework change (one stream of all scores is faster than thousands of single evaluations).
 */
@Component
class RosterRecomputation {

    /** Above this many students, one district-wide evaluation in the background instead of one per student. */
    static final int ONE_BY_ONE = 200;

    private final StudentProgress progress;
    private final DistrictRecomputation district;
    private final TransactionTemplate ownTransaction;

    RosterRecomputation(StudentProgress progress, DistrictRecomputation district, PlatformTransactionManager transactions) {
        this.progress = progress;
        this.district = district;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void on(RosterImported imported) {
        if (imported.studentIds().size() > ONE_BY_ONE) {
            CompletableFuture.runAsync(() -> district.recompute("roster import", false, done -> { }));
            return;
        }
        for (long student : imported.studentIds()) {
            ownTransaction.executeWithoutResult(status -> {
                try {
                    progress.evaluate(student);
                } catch (ProgressNotAvailable notYet) {
                    // the rules in use cannot evaluate this student: marked stale, shown to administrators
                }
            });
        }
    }
}
