package org.pathwayplanner.pathways;

/** The few variables the pathway process carries. */
final class ProcessVariables {

    static final String PROCESS_KEY = "PathwayProposal";
    static final String WITHDRAW_MESSAGE = "WithdrawProposal";

    static final String PROPOSAL_ID = "proposalId";
    static final String STUDENT = "student";
    static final String DECISION = "decision";
    static final String COMMENT = "comment";
    static final String ACTOR = "actor";
    static final String ELIGIBLE = "eligible";
    static final String GUARDIAN_CONSENT_NEEDED = "guardianConsentNeeded";
    static final String TEACHER_REVIEWERS = "teacherReviewers";
    static final String COUNSELOR_REVIEWERS = "counselorReviewers";
    static final String CONSENT_GIVERS = "consentGivers";

    private ProcessVariables() {
    }
}
