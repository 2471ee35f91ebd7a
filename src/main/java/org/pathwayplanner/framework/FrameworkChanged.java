package org.pathwayplanner.framework;

/**
 * Published when the framework, the scale or the credit rules built on it (areas, requirements, bundles)
 * change, so every result computed from them is refreshed: every student is recomputed once it commits.
 */
public record FrameworkChanged(String what) {
}
