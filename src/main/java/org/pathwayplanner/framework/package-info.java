/**
 * The district's framework: content areas, state standards, graduation competencies (cross-curricular
 * and per content area) with their learning objectives and prerequisites, and the proficiency scale.
 * Public API: {@link org.pathwayplanner.framework.FrameworkCatalog} (read) and
 * {@link org.pathwayplanner.framework.FrameworkEditor} (change).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Framework")
package org.pathwayplanner.framework;
