package org.pathwayplanner.records;

/** What was done with a student's records. */
enum AccessAction {
    /** A page or API answer showed them. */
    READ,
    /** A request that changes something (evidence recorded or corrected, a plan decided, a proposal moved). */
    CHANGE,
    /** They left the product as a file (a CSV or zip download): a disclosure in the sense of 34 CFR 99.32. */
    EXPORT;

    /** A request that changes nothing is a read, unless it was a download. */
    static AccessAction of(String httpMethod, boolean download) {
        if (download) {
            return EXPORT;
        }
        return "GET".equals(httpMethod) || "HEAD".equals(httpMethod) ? READ : CHANGE;
    }
}
