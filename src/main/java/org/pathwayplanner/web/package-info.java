/**
 * What every page shares: the layout, the language switch, the login and error pages, and the
 * redirect from {@code /} to the signed-in user's own first page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.pathwayplanner.web;
