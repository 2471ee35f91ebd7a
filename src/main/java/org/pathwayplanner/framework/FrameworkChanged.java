package org.pathwayplanner.framework;

/** Published when the framework or the scale changes, so results computed from it can be refreshed. */
public record FrameworkChanged(String what) {
}
