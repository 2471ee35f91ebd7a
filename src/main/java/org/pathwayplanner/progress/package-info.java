/**
 * A student's progress as the rules decided it — mastery, readiness, credits, graduation audit and
 * support flags — stored per student and recomputed when evidence or rules change; the pages and the
 * JSON API read it from here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package org.pathwayplanner.progress;
