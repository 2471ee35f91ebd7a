/**
 * The district's policies as Drools rules: building the rule base from the shipped {@code rules/} (packaged),
 * evaluating a student (mastery, readiness, credits, graduation audit, support flags) and explaining
 * every conclusion. The facts the rules read and the conclusions they draw are the small immutable
 * records of this package; nothing here knows about the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules")
package org.pathwayplanner.rules;
