package org.pathwayplanner.policy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Holds the district's previews after a given student until the test lets them go, so that a page or a status can be
 * seen while a preview runs: {@code previews.pace(PreviewHold.after(15, letGo))}, then {@code letGo.countDown()}.
 */
public final class PreviewHold {

    private PreviewHold() {
    }

    /** What {@link DistrictPreviews#pace} hears after each student: waits (at most two minutes) after the n-th. */
    public static IntConsumer after(int students, CountDownLatch letGo) {
        return done -> {
            if (done == students) {
                try {
                    letGo.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
