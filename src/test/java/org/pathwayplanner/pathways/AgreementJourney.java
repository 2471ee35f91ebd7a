package org.pathwayplanner.pathways;

import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.guardian;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.context.ApplicationContext;

/**
 * Walks a pathway with a mentor to its training agreement and signs it as its parties would, for tests anywhere: the
 * teacher approves, the teacher invites the mentor, the counselor approves, a guardian consents when asked, and the
 * workflow waits at "Sign the training agreement".
 */
public final class AgreementJourney {

    /** A pathway waiting for its agreement's signatures; {@code mentorLink} is the path of the mentor's e-mailed link. */
    public record AwaitingSignatures(ProposalView proposal, Mentor mentor, String mentorLink) {
    }

    private final PathwayJourney journey;
    private final TrainingAgreements agreements;
    private final MentorInvitations invitations;
    private final MentorLetters letters;
    private final PeopleDirectory people;

    public AgreementJourney(ApplicationContext application) {
        this.journey = new PathwayJourney(application.getBean(PathwayService.class),
                application.getBean(PathwayTasks.class), application.getBean(TaskService.class));
        this.agreements = application.getBean(TrainingAgreements.class);
        this.invitations = application.getBean(MentorInvitations.class);
        this.letters = application.getBean(MentorLetters.class);
        this.people = application.getBean(PeopleDirectory.class);
    }

    public AwaitingSignatures awaitingSignatures(Proposer p, ProposalRequest request, String mentorName,
            String organisation, String email) {
        ProposalView proposal = journey.submitted(p, request);
        journey.decide(teacher(p.teacher()), proposal.id(), "TeacherReview", "APPROVE", null);
        MentorInvitations.IssuedLink link = invitations.invite(teacher(p.teacher()), p.student().id(), proposal.id(),
                new MentorInvitations.NewMentor(mentorName, organisation, email));
        journey.decide(counselor(p.counselor()), proposal.id(), "CounselorApproval", "APPROVE", null);
        if (journey.task(proposal.id(), "GuardianConsent") != null) {
            journey.decide(guardian(p.guardian()), proposal.id(), "GuardianConsent", "CONSENT", null);
        }
        String url = letters.url(new MentorLinkIssued("", "", "", "", link.token(), link.expiresAt()));
        return new AwaitingSignatures(journey.now(proposal.id()), new Mentor(link.invitationId(), mentorName, email),
                url.substring(url.indexOf("/mentor/link")));
    }

    /** A district account signs as the party it is, typing its name as the school has it and agreeing. */
    public void signAs(Viewer viewer, long proposalId) {
        TrainingAgreements.AgreementView agreement = agreements.of(viewer, proposalId);
        agreements.sign(viewer, proposalId, new TrainingAgreements.Signing(agreement.yourName(), true,
                agreement.sha256()));
    }

    public void signAsMentor(Mentor mentor) {
        TrainingAgreements.AgreementView agreement = agreements.ofMentor(mentor);
        agreements.sign(mentor, new TrainingAgreements.Signing(mentor.name(), true, agreement.sha256()));
    }

    /** The name the school has for an account (what a party types to sign). */
    public String nameOf(String username) {
        return people.displayNames(List.of(username)).get(username);
    }

    public ProposalView now(long proposalId) {
        return journey.now(proposalId);
    }
}
