/**
 * Who may enter: form login for pages, HTTP Basic for the JSON API, BCrypt passwords, and the
 * role each account lands on after login.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.pathwayplanner.security;
