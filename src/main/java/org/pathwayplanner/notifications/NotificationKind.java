package org.pathwayplanner.notifications;

/** What a notification is about; each person chooses per kind how to hear about it. */
public enum NotificationKind {
    /** A task waits for you: a review, an assessment, a plan to review, a revision. */
    TASK_WAITING,
    /** A guardian's consent is asked for. */
    CONSENT_REQUESTED,
    /** A decision on your proposal: approved, rejected. */
    PROPOSAL_DECIDED,
    /** Your proposal came back with changes to make. */
    CHANGES_REQUESTED,
    /** A review is overdue and was escalated (to the escalation's targets and the original reviewers). */
    REVIEW_ESCALATED,
    /** A pathway was completed and credited. */
    PATHWAY_COMPLETED,
    /** A support flag was raised on a student in your class or caseload (intervention, acceleration). */
    SUPPORT_FLAG,
    /** A transcript asked for was released to its recipient, or declined with a reason. */
    TRANSCRIPT_RELEASE_DECIDED,
    /** The mentor disputed a week of your timesheet, saying why (issue 19). */
    HOURS_DISPUTED,
    /** A guardian asked for a sign-in link: always e-mailed at once, never in the list, not a choice. */
    SIGN_IN_LINK;

    /** The kinds a person chooses how to hear about. */
    static java.util.List<NotificationKind> chosen() {
        return java.util.Arrays.stream(values()).filter(k -> k != SIGN_IN_LINK).toList();
    }
}
