/**
 * District policy administration: the rules as versions in the database, seeded from {@code rules/};
 * validate, preview the impact on every student, publish without a restart, roll back, diff, and an audit
 * log of who changed what, when, why and with what effect. Administrators only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy administration")
package org.pathwayplanner.policy;
