/**
 * Credit areas, graduation requirements (data, with their legal source) and credit bundles — named
 * sets of competencies worth credits in an area once mastered. Public API:
 * {@link org.pathwayplanner.credits.CreditCatalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credits")
package org.pathwayplanner.credits;
