package org.pathwayplanner.notifications;

/** How a person hears about a kind of notification. */
enum Delivery {
    /** In the list, and by e-mail as soon as it happens. */
    IMMEDIATE,
    /** In the list, and in one e-mail a day. */
    DAILY,
    /** Not at all. */
    OFF
}
