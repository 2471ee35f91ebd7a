package org.pathwayplanner.security;

import java.time.Instant;

/** One try to sign in: who was typed, from where, when, how, and what came of it. */
record SignInAttempt(Instant at, String username, String address, Method method, Outcome outcome) {

    enum Method {
        FORM, BASIC,
        /** The district's account, through an OpenID Connect provider. */
        SSO,
        /** An administrator's personal API token. */
        TOKEN,
        /** A one-time link e-mailed to a guardian. */
        LINK
    }

    enum Outcome {
        SIGNED_IN,
        /** Wrong password, no such account or a disabled one: the answer is the same. */
        REFUSED,
        /** Refused without the password being checked: too many failures of this username or address. */
        LOCKED_OUT
    }
}
