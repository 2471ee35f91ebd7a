package org.pathwayplanner.progress;

import java.util.concurrent.atomic.AtomicLong;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkChanged;
import org.pathwayplanner.framework.FrameworkViews.ScaleView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The proficiency scale the pages name levels with. Every page with evidence on it needs it and it changes
 * only when an administrator edits the framework, so it is read once and read again after each committed
 * change (a query and a JPA transaction fewer per page).
 */
@Component
class PageScale {

    private final FrameworkCatalog framework;
    private final AtomicLong changes = new AtomicLong();
    private volatile Cached cached;

    private record Cached(long generation, ScaleView scale) {
    }

    PageScale(FrameworkCatalog framework) {
        this.framework = framework;
    }

    ScaleView get() {
        long generation = changes.get();
        Cached current = cached;
        if (current != null && current.generation() == generation) {
            return current.scale();
        }
        ScaleView scale = framework.scale();
        // kept only if no change was committed while it was read, and never from inside a transaction,
        // which may have changed the scale and roll back without telling anyone
        if (changes.get() == generation && !TransactionSynchronizationManager.isActualTransactionActive()) {
            cached = new Cached(generation, scale);
        }
        return scale;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FrameworkChanged changed) {
        changes.incrementAndGet();
    }
}
