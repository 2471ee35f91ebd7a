package org.pathwayplanner.pathways;

import java.util.List;

/**
 * A review of a proposal was overdue and escalated: the people it now also waits for, and those it waited for before.
 * {@code step} is the workflow step's id ({@code TeacherReview}, {@code CounselorApproval}).
 */
public record ReviewEscalated(long proposalId, long studentId, String proposalTitle, String step,
        List<String> escalatedTo, List<String> reviewers) {
}
