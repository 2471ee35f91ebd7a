/**
 * Schools, login accounts, students, staff (teachers, counselors, administrators), class sections,
 * caseloads and guardians. Public API: {@link org.pathwayplanner.people.PeopleDirectory} (who is who),
 * {@link org.pathwayplanner.people.StudentAccess} (who may see which student),
 * {@link org.pathwayplanner.people.Accounts} (login accounts, for signing in) and
 * {@link org.pathwayplanner.people.PeopleRegistry} (enrolling people). Every opening that {@code StudentAccess} allows
 * is published as {@link org.pathwayplanner.people.StudentRecordsOpened} (the records of access listen). A student the
 * roster retired has left the district: {@link org.pathwayplanner.people.PeopleDirectory#checkStillEnrolled} refuses
 * changes to their records with {@link org.pathwayplanner.people.StudentHasLeft}, and every feature that keeps part of
 * a student's records implements {@link org.pathwayplanner.people.StudentRecordsKeeper} so that they can be counted and
 * deleted at the end of the district's retention period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.pathwayplanner.people;
