package org.pathwayplanner.pathways;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwayplanner.people.Role;

/**
 * The one home of each person's step of processes/pathway-proposal.bpmn (its user tasks): the BPMN id, who
 * acts on it, the decisions it accepts and the timeline action each leaves, and, for a review that can be
 * overdue, the escalation task of the diagram and who it escalates to. The task service, the delegates, the
 * pages and the timeline read it; {@code PathwayStepsMatchTheDiagramTests} fails when a user task of the diagram
 * has no entry here or an entry no task. Declared in the order of the workflow (the administrator's pipeline).
 */
public enum PathwayStep {

    REVISE_PROPOSAL("ReviseProposal", "revision", Role.STUDENT, Map.of(), Map.of(), null),
    TEACHER_REVIEW("TeacherReview", "teacher review", Role.TEACHER, decisions(Decision.APPROVE, "TEACHER_APPROVED",
            Decision.CHANGES, "CHANGES_REQUESTED", Decision.REJECT, "REJECTED"), Map.of(),
            new Escalation("EscalateTeacherReview", List.of(EscalationTarget.STUDENTS_COUNSELOR,
                    EscalationTarget.ADMINISTRATORS))),
    COUNSELOR_APPROVAL("CounselorApproval", "counselor approval", Role.COUNSELOR, decisions(Decision.APPROVE,
            "APPROVED", Decision.CHANGES, "CHANGES_REQUESTED", Decision.REJECT, "REJECTED"), Map.of(),
            new Escalation("EscalateCounselorApproval", List.of(EscalationTarget.ADMINISTRATORS))),
    /** The guardian consents or declines; anyone else the task is offered to (the counselor) records it from paper. */
    GUARDIAN_CONSENT("GuardianConsent", "guardian consent", Role.GUARDIAN, decisions(Decision.CONSENT,
            "GUARDIAN_CONSENTED", Decision.DECLINE, "REJECTED"), decisions(Decision.CONSENT_FORM,
            "CONSENT_FORM_RECORDED", Decision.DECLINE, "REJECTED"), null),
    /**
     * A receive task, not a user task: it waits until every party of the training agreement has signed (the student,
     * a guardian of a minor, the mentor, the school's coordinator), each on their own page; nobody decides it alone.
     */
    SIGN_TRAINING_AGREEMENT("SignTrainingAgreement", "training agreement", null, Map.of(), Map.of(), null),
    CARRY_OUT_PATHWAY("CarryOutPathway", "pathway under way", Role.STUDENT, Map.of(), Map.of(), null),
    ASSESS_PATHWAY("AssessPathway", "assessment", Role.TEACHER, decisions(Decision.ASSESS, "ASSESSED",
            Decision.RETURN, "RETURNED_TO_STUDENT"), Map.of(), null);

    /** What a person may decide at a step. {@code workflowValue} is what the diagram's gateways read. */
    public enum Decision {
        APPROVE(false), CHANGES(true), REJECT(true), CONSENT(false), CONSENT_FORM(false), DECLINE(true),
        ASSESS(false), RETURN(true);

        private final boolean needsComment;

        Decision(boolean needsComment) {
            this.needsComment = needsComment;
        }

        /** Declining, rejecting or sending back says why: the student reads it. */
        public boolean needsComment() {
            return needsComment;
        }

        /** A signed form is the guardian's consent as far as the workflow goes; the timeline tells them apart. */
        String workflowValue() {
            return this == CONSENT_FORM ? CONSENT.name() : name();
        }
    }

    /** Whom an overdue review escalates to, tried in this order (the first with someone who may decide wins). */
    public enum EscalationTarget {
        STUDENTS_COUNSELOR, ADMINISTRATORS
    }

    /** The diagram's service task that escalates the overdue step, and the people it escalates to. */
    public record Escalation(String taskId, List<EscalationTarget> targets) {
    }

    private final String id;
    private final String label;
    private final Role decidedBy;
    private final Map<Decision, String> actions;
    private final Map<Decision, String> actionsOnBehalf;
    private final Escalation escalation;

    PathwayStep(String id, String label, Role decidedBy, Map<Decision, String> actions,
            Map<Decision, String> actionsOnBehalf, Escalation escalation) {
        this.id = id;
        this.label = label;
        this.decidedBy = decidedBy;
        this.actions = actions;
        this.actionsOnBehalf = actionsOnBehalf;
        this.escalation = escalation;
    }

    /** The user task's id in the BPMN (its task definition key). */
    public String id() {
        return id;
    }

    /** The step in English words, as refusals name it ("teacher review"). */
    public String label() {
        return label;
    }

    /** Who acts on the step; null for the training agreement, which every party signs. */
    public Role decidedBy() {
        return decidedBy;
    }

    /** The step waits for signatures on pages of their own (a receive task of the diagram), not in anyone's inbox. */
    public boolean waitsForSignatures() {
        return this == SIGN_TRAINING_AGREEMENT;
    }

    /** The student's own step: acted on from the proposal page, not decided from an inbox. */
    public boolean studentsOwn() {
        return decidedBy == Role.STUDENT;
    }

    /** A reviewer's step, decided from a task page with one of {@link #decisionsFor}. */
    public boolean decided() {
        return !actions.isEmpty();
    }

    /** One of the two approvals that two different people decide ({@link TwoPersonApproval}). */
    public boolean isApproval() {
        return this == TEACHER_REVIEW || this == COUNSELOR_APPROVAL;
    }

    /** The approval that makes the proposal approved (and fixes its credits). */
    boolean approvesTheProposal() {
        return this == COUNSELOR_APPROVAL;
    }

    /** The other of the two approvals; empty for any other step. */
    public Optional<PathwayStep> otherApproval() {
        return switch (this) {
            case TEACHER_REVIEW -> Optional.of(COUNSELOR_APPROVAL);
            case COUNSELOR_APPROVAL -> Optional.of(TEACHER_REVIEW);
            default -> Optional.empty();
        };
    }

    /** The decisions a person of this role may take here: the decider's own, or recording them on their behalf. */
    public List<Decision> decisionsFor(Role role) {
        return List.copyOf((role == decidedBy || actionsOnBehalf.isEmpty() ? actions : actionsOnBehalf).keySet());
    }

    /** Every decision the step accepts from anyone. */
    public List<Decision> allDecisions() {
        LinkedHashMap<Decision, String> all = new LinkedHashMap<>(actions);
        all.putAll(actionsOnBehalf);
        return List.copyOf(all.keySet());
    }

    /** The timeline action a decision here leaves. */
    public String timelineAction(Decision decision) {
        String action = actions.containsKey(decision) ? actions.get(decision) : actionsOnBehalf.get(decision);
        if (action == null) {
            throw new IllegalArgumentException("At the " + label + " the decision is one of " + allDecisions());
        }
        return action;
    }

    public Optional<Escalation> escalation() {
        return Optional.ofNullable(escalation);
    }

    /** The timeline action saying this approval went to someone else for the two-person rule. */
    String secondPersonAction() {
        return name() + "_SECOND_PERSON";
    }

    /** The timeline action saying nobody may decide this approval yet, for the two-person rule. */
    String nobodyAction() {
        return name() + "_NOBODY";
    }

    /** The message key naming the step on the timeline, in the reader's language. */
    String timelineKey() {
        return "timeline.step." + id;
    }

    public static Optional<PathwayStep> byId(String bpmnId) {
        return Arrays.stream(values()).filter(s -> s.id.equals(bpmnId)).findFirst();
    }

    public static PathwayStep of(String bpmnId) {
        return byId(bpmnId).orElseThrow(() -> new IllegalArgumentException("No step " + bpmnId + " in the workflow"));
    }

    /** The step whose overdue escalation this service task of the diagram is. */
    static Optional<PathwayStep> escalatedBy(String escalationTaskId) {
        return Arrays.stream(values()).filter(s -> s.escalation != null
                && s.escalation.taskId().equals(escalationTaskId)).findFirst();
    }

    private static Map<Decision, String> decisions(Object... decisionThenAction) {
        Map<Decision, String> map = new LinkedHashMap<>();
        for (int i = 0; i < decisionThenAction.length; i += 2) {
            map.put((Decision) decisionThenAction[i], (String) decisionThenAction[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
