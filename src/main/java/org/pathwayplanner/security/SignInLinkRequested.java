package org.pathwayplanner.security;

/**
 * A guardian asked for a sign-in link: the notifications feature e-mails one (made as it sends, so the token
 * exists only in the e-mail) leading to {@code target}.
 */
public record SignInLinkRequested(String username, String target) {
}
