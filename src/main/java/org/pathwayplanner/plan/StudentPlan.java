package org.pathwayplanner.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A student's plan to graduation (their Student Success Plan): goals and items term by term, being edited as
 * version {@link #versionNumber}; every version submitted is kept ({@link PlanVersion}). Changing an approved plan
 * starts the next version, which is reviewed again. Each change refuses, with a sentence, what the plan's status does
 * not allow.
 */
@Entity
@Table(name = "student_plan")
class StudentPlan {

    /** The most items a plan holds: more than eight years of courses; a longer list is a mistake. */
    static final int MOST_ITEMS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long studentId;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private int versionNumber;
    private String postsecondaryGoal;
    private String careerInterests;
    private String academicGoal;
    private String socialEmotionalGoal;
    private String physicalGoal;
    private String processInstanceId;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewNote;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("schoolYear, termOfYear, id")
    private List<PlanItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("versionNumber")
    private List<PlanVersion> versions = new ArrayList<>();

    protected StudentPlan() {
    }

    StudentPlan(long studentId, String by, Instant at) {
        this.studentId = studentId;
        this.status = PlanStatus.DRAFT;
        this.versionNumber = 1;
        touched(by, at);
    }

    PlanItem add(TermKey term, ItemLine line, String by, Instant at) {
        startEditing(by, at);
        if (items.size() >= MOST_ITEMS) {
            throw new IllegalArgumentException("A plan holds at most " + MOST_ITEMS + " items");
        }
        PlanItem item = new PlanItem(this, term, line);
        items.add(item);
        return item;
    }

    void move(long itemId, TermKey to, String by, Instant at) {
        PlanItem item = item(itemId);
        startEditing(by, at);
        item.moveTo(to);
    }

    void remove(long itemId, String by, Instant at) {
        PlanItem item = item(itemId);
        startEditing(by, at);
        items.remove(item);
    }

    void setGoals(Goals goals, String by, Instant at) {
        startEditing(by, at);
        postsecondaryGoal = goals.postsecondary();
        careerInterests = goals.careerInterests();
        academicGoal = goals.academic();
        socialEmotionalGoal = goals.socialEmotional();
        physicalGoal = goals.physical();
    }

    /** Sends the version being edited to the counselor, kept as it is now. */
    PlanVersion submit(String content, String by, Instant at) {
        if (status.inReview()) {
            throw new IllegalStateException("This plan is already waiting for review");
        }
        if (status == PlanStatus.APPROVED) {
            throw new IllegalStateException("This plan is approved; change it to submit a new version");
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Plan at least one term before submitting the plan");
        }
        if (versions.stream().anyMatch(v -> v.getVersionNumber() == versionNumber)) {
            versionNumber++;   // sent back and revised: each submission is a version of its own
        }
        status = PlanStatus.IN_REVIEW;
        touched(by, at);
        PlanVersion version = new PlanVersion(this, versionNumber, content, by, at);
        versions.add(version);
        return version;
    }

    void approve(String by, String comment, boolean guardianToAcknowledge, Instant at) {
        requireStatus(PlanStatus.IN_REVIEW, "approved");
        status = guardianToAcknowledge ? PlanStatus.AWAITING_ACKNOWLEDGEMENT : PlanStatus.APPROVED;
        currentVersion().decided(status, by, comment, at);
        touched(by, at);
    }

    /** A change the district's rule finds small: approved without review, the rule named as the decider. */
    void approveByRule(String rule, Instant at) {
        requireStatus(PlanStatus.IN_REVIEW, "approved");
        status = PlanStatus.APPROVED;
        currentVersion().decided(status, "rules", rule, at);
        touched("rules", at);
    }

    void requestChanges(String by, String comment, Instant at) {
        requireStatus(PlanStatus.IN_REVIEW, "sent back");
        if (comment == null || comment.isBlank()) {
            throw new PlanItemRefused("comment", "plan.error.changesComment", "Say what to change");
        }
        status = PlanStatus.CHANGES_REQUESTED;
        currentVersion().decided(status, by, comment.strip(), at);
        touched(by, at);
    }

    void acknowledge(String by, Instant at) {
        requireStatus(PlanStatus.AWAITING_ACKNOWLEDGEMENT, "acknowledged");
        status = PlanStatus.APPROVED;
        currentVersion().acknowledged(by, at);
        touched(by, at);
    }

    /** The counselor reviewed the approved plan with the student at the start of a school year. */
    void annualReviewDone(String by, String note, Instant at) {
        requireStatus(PlanStatus.APPROVED, "reviewed for the year");
        reviewedBy = by;
        reviewedAt = at;
        reviewNote = note == null || note.isBlank() ? null : note.strip();
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    String getReviewedBy() {
        return reviewedBy;
    }

    String getReviewNote() {
        return reviewNote;
    }

    /** An approved plan being changed becomes the draft of its next version; a plan in review cannot change. */
    private void startEditing(String by, Instant at) {
        if (status.inReview()) {
            throw new IllegalStateException("This plan is waiting for review and cannot change until it is decided");
        }
        if (status == PlanStatus.APPROVED) {
            versionNumber++;
            status = PlanStatus.DRAFT;
        }
        touched(by, at);
    }

    private void requireStatus(PlanStatus expected, String verb) {
        if (status != expected) {
            throw new IllegalStateException("This plan cannot be " + verb + " now: it is " + status.name()
                    .toLowerCase().replace('_', ' '));
        }
    }

    private PlanItem item(long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("The plan has no item " + itemId));
    }

    private void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    PlanVersion currentVersion() {
        return versions.stream().filter(v -> v.getVersionNumber() == versionNumber).findFirst()
                .orElseThrow(() -> new IllegalStateException("Version " + versionNumber + " was not submitted"));
    }

    /** The latest version approved (and acknowledged where needed), if any. */
    java.util.Optional<PlanVersion> approvedVersion() {
        return versions.stream().filter(v -> v.getOutcome() == PlanStatus.APPROVED)
                .max(Comparator.comparingInt(PlanVersion::getVersionNumber));
    }

    Long getId() {
        return id;
    }

    long getStudentId() {
        return studentId;
    }

    PlanStatus getStatus() {
        return status;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    void startedProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    Goals goals() {
        return new Goals(postsecondaryGoal, careerInterests, academicGoal, socialEmotionalGoal, physicalGoal);
    }

    List<ItemLine> lines() {
        return items.stream().map(PlanItem::line).toList();
    }

    List<PlanVersion> getVersions() {
        return List.copyOf(versions);
    }
}
