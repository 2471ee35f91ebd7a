package org.pathwayplanner.people;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Where each student stands, in one line: what a guardian's page shows beside each child. The progress
 * module provides it (it depends on this one, not the other way round); without it a page shows names only.
 */
public interface ProgressAtAGlance {

    /** The glance of each student that has been evaluated, by student id. */
    Map<Long, Glance> of(Collection<Long> studentIds);

    record Glance(String auditStatus, BigDecimal creditsEarned, BigDecimal creditsRequired) {
    }
}
