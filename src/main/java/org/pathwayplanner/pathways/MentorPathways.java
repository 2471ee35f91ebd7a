package org.pathwayplanner.pathways;

import java.util.List;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other features serving a mentor (the files as evidence): the one pathway the mentor's invitation names, while
 * it stands. Opening it is in the records of access under the mentor's identity.
 */
@Service
@Transactional(readOnly = true)
public class MentorPathways {

    /** The mentor's pathway: its id, its student, its title, and whether it is under way. */
    public record MentorPathway(long id, long studentId, String title, boolean active) {
    }

    private final MentorInvitations invitations;
    private final PathwayLifecycle lifecycle;
    private final StudentAccess access;

    MentorPathways(MentorInvitations invitations, PathwayLifecycle lifecycle, StudentAccess access) {
        this.invitations = invitations;
        this.lifecycle = lifecycle;
        this.access = access;
    }

    /** @throws AccessDeniedException when the mentor's invitation was revoked or replaced */
    public MentorPathway of(Mentor mentor) {
        PathwayProposal proposal = lifecycle.find(invitations.proposalIdOf(mentor));
        access.opened(new Viewer(mentor.identity(), Role.MENTOR), List.of(proposal.getStudentId()));
        return new MentorPathway(proposal.getId(), proposal.getStudentId(), proposal.getTitle(),
                proposal.getStatus() == ProposalStatus.ACTIVE);
    }
}
