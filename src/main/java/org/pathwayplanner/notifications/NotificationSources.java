package org.pathwayplanner.notifications;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.pathwayplanner.pathways.PathwayStep;
import org.pathwayplanner.pathways.PathwayStepRecorded;
import org.pathwayplanner.pathways.ReviewEscalated;
import org.pathwayplanner.people.Accounts;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.GuardianView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.security.SignInLinkRequested;
import org.pathwayplanner.transcript.release.ReleaseOverdue;
import org.pathwayplanner.transcript.release.TranscriptReleaseDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens into notifications, in the transaction where it happens: a task created by the workflow engine
 * (each of its candidates hears that it waits for them), and the steps of a proposal's timeline (the student hears
 * of decisions and changes asked for; the student and their guardians of a completed pathway), and the decisions on
 * transcript releases (the student and their guardians) and overdue ones (the counselor and administrators).
 */
@Component
class NotificationSources {

    /** The variable every pathway proposal's process has (plans have {@code studentId} and {@code planId}). */
    private static final String PROPOSAL_ID = "proposalId";
    /** The variable of a transcript release's process (it also has {@code studentId}). */
    private static final String RELEASE_ID = "releaseId";

    private final NotificationInbox inbox;
    private final PeopleDirectory people;
    private final Accounts accounts;

    NotificationSources(NotificationInbox inbox, PeopleDirectory people, Accounts accounts) {
        this.inbox = inbox;
        this.people = people;
        this.accounts = accounts;
    }

    private boolean isGuardian(String username) {
        return accounts.contact(username).map(c -> "GUARDIAN".equals(c.role())).orElse(false);
    }

    @EventListener
    void taskCreated(DelegateTask task) {
        boolean pathway = task.hasVariable(PROPOSAL_ID);
        java.util.Optional<PathwayStep> step = pathway ? PathwayStep.byId(task.getTaskDefinitionKey())
                : java.util.Optional.empty();
        // the student's own tasks: the decision that created them is already a notification of its own
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || step.filter(PathwayStep::studentsOwn).isPresent()) {
            return;
        }
        boolean release = task.hasVariable(RELEASE_ID);
        boolean consent = step.filter(s -> s.decidedBy() == org.pathwayplanner.people.Role.GUARDIAN).isPresent();
        String stepKey = (pathway ? "pathways.step." : release ? "release.step." : "plan.step.")
                + task.getTaskDefinitionKey();
        String about = studentNameOf(task, pathway);
        String link = pathway ? "/tasks/" + task.getId()
                : release ? "/transcripts/releases/" + task.getVariable(RELEASE_ID)
                : "/students/" + task.getVariable("studentId") + "/plan";
        for (String recipient : recipientsOf(task)) {
            // a counselor may record a paper consent form: for them it is a task like any other
            NotificationKind kind = consent && isGuardian(recipient) ? NotificationKind.CONSENT_REQUESTED
                    : NotificationKind.TASK_WAITING;
            inbox.post(recipient, kind, stepKey, about, link);
        }
    }

    @EventListener
    void proposalStep(PathwayStepRecorded step) {
        String student = people.student(step.studentId()).map(StudentView::username).orElse(null);
        switch (step.action()) {
            case "APPROVED", "REJECTED" -> inbox.post(student, NotificationKind.PROPOSAL_DECIDED,
                    "notification.outcome." + step.action(), step.proposalTitle(), "/student/pathways");
            case "CHANGES_REQUESTED" -> inbox.post(student, NotificationKind.CHANGES_REQUESTED, null,
                    step.proposalTitle(), "/student/pathways");
            case "COMPLETED" -> {
                inbox.post(student, NotificationKind.PATHWAY_COMPLETED, null, step.proposalTitle(),
                        "/student/pathways");
                for (GuardianView guardian : people.guardiansOf(step.studentId())) {
                    inbox.post(guardian.username(), NotificationKind.PATHWAY_COMPLETED, null, step.proposalTitle(),
                            "/guardian");
                }
            }
            case "HOURS_DISPUTED" -> inbox.post(student, NotificationKind.HOURS_DISPUTED, null, step.proposalTitle(),
                    "/student/pathways/" + step.proposalId());
            default -> {
                // other steps (drafts, hours logged, evidence attached…) are on the timeline, not worth a message
            }
        }
    }

    /** A training agreement waits for signatures (issue 19): each district party who has not signed hears of it. */
    @EventListener
    void trainingAgreementAwaits(org.pathwayplanner.pathways.TrainingAgreementAwaits awaits) {
        for (String signer : awaits.signers()) {
            inbox.post(signer, NotificationKind.TASK_WAITING, "pathways.step.SignTrainingAgreement",
                    awaits.proposalTitle(), awaits.link());
        }
    }

    @EventListener
    void signInLinkRequested(SignInLinkRequested request) {
        inbox.post(request.username(), NotificationKind.SIGN_IN_LINK, null, "", request.target());
    }

    @EventListener
    void reviewEscalated(ReviewEscalated escalation) {
        Set<String> recipients = new LinkedHashSet<>(escalation.escalatedTo());
        recipients.addAll(escalation.reviewers());
        for (String recipient : recipients) {
            inbox.post(recipient, NotificationKind.REVIEW_ESCALATED, "pathways.step." + escalation.step(),
                    escalation.proposalTitle(), "/tasks");
        }
    }

    @EventListener
    void transcriptReleaseDecided(TranscriptReleaseDecided decision) {
        for (TranscriptReleaseDecided.Informed informed : decision.toInform()) {
            inbox.post(informed.username(), NotificationKind.TRANSCRIPT_RELEASE_DECIDED,
                    "release.outcome." + decision.outcome().name(), decision.organisation(), informed.link());
        }
    }

    @EventListener
    void transcriptReleaseOverdue(ReleaseOverdue overdue) {
        Set<String> recipients = new LinkedHashSet<>(overdue.counselors());
        recipients.addAll(overdue.administrators());
        for (String recipient : recipients) {
            inbox.post(recipient, NotificationKind.REVIEW_ESCALATED, "release.step.ReleaseTranscript",
                    overdue.studentName(), "/transcripts/releases/" + overdue.releaseId());
        }
    }

    private static Set<String> recipientsOf(DelegateTask task) {
        Set<String> recipients = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            recipients.add(task.getAssignee());
        }
        for (IdentityLink link : task.getCandidates()) {
            if (link.getUserId() != null) {
                recipients.add(link.getUserId());
            }
        }
        return recipients;
    }

    private String studentNameOf(DelegateTask task, boolean pathway) {
        Object studentId = pathway ? null : task.getVariable("studentId");
        if (studentId instanceof Number id) {
            return people.student(id.longValue()).map(s -> s.firstName() + " " + s.lastName()).orElse("");
        }
        Object username = task.getVariable("student");
        return username == null ? "" : people.studentOfAccount(username.toString())
                .map(s -> s.firstName() + " " + s.lastName()).orElse("");
    }
}
