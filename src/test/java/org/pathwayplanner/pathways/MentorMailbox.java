package org.pathwayplanner.pathways;

import org.pathwayplanner.people.Viewer;
import org.springframework.context.ApplicationContext;

/**
 * What the mentor finds in their mailbox, for tests outside this package (the shared test district has no SMTP
 * server): the school sends a new link, and its address is what the e-mail would hold.
 */
public final class MentorMailbox {

    private final MentorInvitations invitations;
    private final MentorLetters letters;

    public MentorMailbox(ApplicationContext application) {
        this.invitations = application.getBean(MentorInvitations.class);
        this.letters = application.getBean(MentorLetters.class);
    }

    /** The path of the link in the e-mail of the staff member's invitation of a mentor. */
    public String invitationSentBy(Viewer staff, long studentId, long proposalId, String name, String organisation,
            String email) {
        MentorInvitations.IssuedLink link = invitations.invite(staff, studentId, proposalId,
                new MentorInvitations.NewMentor(name, organisation, email));
        String url = letters.url(new MentorLinkIssued("", "", "", "", link.token(), link.expiresAt()));
        return url.substring(url.indexOf("/mentor/link"));
    }

    /** The path of the link in the e-mail of a new link the staff member sends. */
    public String newLinkSentBy(Viewer staff, long studentId, long proposalId) {
        MentorInvitations.IssuedLink link = invitations.resend(staff, studentId, proposalId);
        String url = letters.url(new MentorLinkIssued("", "", "", "", link.token(), link.expiresAt()));
        return url.substring(url.indexOf("/mentor/link"));
    }
}
