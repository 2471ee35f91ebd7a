/**
 * The opportunity catalog (issue 19): internships, apprenticeships, courses and service that counselors and
 * administrators publish, with their provider, mentor, dates, hours, competencies, credits, seats and the grades they
 * are open to; students browse and filter them and start a proposal pre-filled from one (a draft made through
 * {@link org.pathwayplanner.pathways.PathwayService}); the counselor sees who applied and the seats left. The status
 * of each proposal started here is followed from the pathways' timeline ({@link
 * org.pathwayplanner.pathways.PathwayStepRecorded}), so this feature never reads the pathways' tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opportunity catalog")
package org.pathwayplanner.opportunities;
