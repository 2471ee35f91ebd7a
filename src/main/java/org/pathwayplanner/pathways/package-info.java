/**
 * Flexible pathways: internships, apprenticeships, online and college courses, career-technical
 * courses, service learning and independent study that a student proposes and that earn competencies
 * and credits once approved, carried out and assessed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pathways")
package org.pathwayplanner.pathways;
