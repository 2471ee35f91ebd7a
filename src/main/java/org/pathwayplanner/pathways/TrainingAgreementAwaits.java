package org.pathwayplanner.pathways;

import java.util.List;

/**
 * A training agreement waits for signatures: just generated, or a reminder for the parties who have not signed yet.
 * {@code signers} are the district accounts who may still sign (the notifications feature tells them); the mentor,
 * who has no account, is e-mailed when {@code mentorEmail} is given.
 */
public record TrainingAgreementAwaits(long proposalId, long studentId, String proposalTitle, String studentName,
        List<String> signers, String mentorName, String mentorEmail, boolean reminder) {

    /** The agreement's page for a district account. */
    public String link() {
        return "/pathways/" + proposalId + "/agreement";
    }
}
