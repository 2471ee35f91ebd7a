/**
 * Schools, login accounts, students, staff (teachers, counselors, administrators), class sections,
 * caseloads and guardians. Public API: {@link org.pathwayplanner.people.PeopleDirectory} (who is who),
 * {@link org.pathwayplanner.people.StudentAccess} (who may see which student),
 * {@link org.pathwayplanner.people.Accounts} (login accounts, for signing in) and
 * {@link org.pathwayplanner.people.PeopleRegistry} (enrolling people).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.pathwayplanner.people;
