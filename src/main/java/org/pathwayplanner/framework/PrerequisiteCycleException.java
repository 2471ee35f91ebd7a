package org.pathwayplanner.framework;

import java.util.List;

/** Refusal of a prerequisite edge that would make the building blocks go round in a circle. */
public class PrerequisiteCycleException extends IllegalArgumentException {

    private final List<String> cycle;

    PrerequisiteCycleException(List<String> cycle) {
        super("This prerequisite would make a cycle: " + String.join(" requires ", cycle)
                + ". A competency cannot, directly or indirectly, be its own prerequisite.");
        this.cycle = List.copyOf(cycle);
    }

    /** The competency codes around the cycle, first and last the same. */
    public List<String> cycle() {
        return cycle;
    }
}
