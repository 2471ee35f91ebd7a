package org.pathwayplanner.pathways;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A student's proposal for a flexible pathway, from draft to completion. Every change of state is
 * a method that refuses an illegal move and leaves an event on the timeline.
 */
@Entity
@Table(name = "pathway_proposal")
public class PathwayProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long studentId;
    @jakarta.persistence.Convert(converter = PathwayType.Column.class)
    private PathwayType pathwayType;
    private String title;
    private String description;
    private String provider;
    private String mentorName;
    private String mentorContact;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal plannedHours;
    private BigDecimal loggedHours = BigDecimal.ZERO;
    private boolean offCampus;
    @Enumerated(EnumType.STRING)
    private Transport transport;
    private String transportNote;
    private String evidencePlan;
    private BigDecimal requestedCredits;
    private Long creditAreaId;
    private BigDecimal approvedCredits;
    private String shortfallReason;
    /** While a mentor's invitation stands only the hours the mentor confirmed count toward completion. */
    private boolean hoursConfirmedByMentor;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private int revision;
    private String processInstanceId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "pathway_proposal_competency", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "competency_id")
    private Set<Long> competencyIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<PathwayEvent> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
    @OrderBy("versionNumber")
    private List<ProposalVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
    @OrderBy("addedAt, id")
    private List<EvidenceLink> evidenceLinks = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
    @OrderBy("recordedAt, id")
    private List<MentorEvaluation> mentorEvaluations = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("workDate, id")
    private List<TimesheetLine> timesheet = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
    @OrderBy("decidedAt, id")
    private List<TimesheetReview> timesheetReviews = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
    @OrderBy("decidedAt, id")
    private List<ProposalDecision> decisions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pathway_eligibility_problem", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "line_no")
    private List<EligibilityReason> eligibilityProblems = new ArrayList<>();

    protected PathwayProposal() {
    }

    public PathwayProposal(long studentId, ProposalDetails details, String author, Instant now) {
        this.studentId = studentId;
        this.status = ProposalStatus.DRAFT;
        this.revision = 1;
        this.createdAt = now;
        apply(details);
        record(author, "DRAFTED", null, now);
    }

    public void submit(String actor, Instant now) {
        requireStatus("submit", ProposalStatus.DRAFT);
        requireTargets();
        versions.add(new ProposalVersion(this, revision, actor, now));
        moveTo(ProposalStatus.SUBMITTED, actor, "SUBMITTED", null, now);
    }

    public void revise(ProposalDetails details, String actor, Instant now) {
        requireStatus("revise", ProposalStatus.DRAFT, ProposalStatus.CHANGES_REQUESTED);
        apply(details);
        if (status == ProposalStatus.CHANGES_REQUESTED) {
            requireTargets();
            revision++;
            versions.add(new ProposalVersion(this, revision, actor, now));
            moveTo(ProposalStatus.SUBMITTED, actor, "RESUBMITTED", "Revision " + revision, now);
        } else {
            record(actor, "EDITED", null, now);
        }
    }

    public void startReview(String actor, String comment, Instant now) {
        requireStatus("send to review", ProposalStatus.SUBMITTED, ProposalStatus.IN_REVIEW);
        moveTo(ProposalStatus.IN_REVIEW, actor, "IN_REVIEW", comment, now);
    }

    public void requestChanges(String actor, String comment, Instant now) {
        requireStatus("send back for changes", ProposalStatus.SUBMITTED, ProposalStatus.IN_REVIEW);
        requireComment(comment, "Say what should change");
        moveTo(ProposalStatus.CHANGES_REQUESTED, actor, "CHANGES_REQUESTED", comment, now);
    }

    public void approve(String actor, BigDecimal credits, String comment, Instant now) {
        requireStatus("approve", ProposalStatus.IN_REVIEW);
        this.approvedCredits = credits;
        moveTo(ProposalStatus.APPROVED, actor, "APPROVED", comment, now);
    }

    public void reject(String actor, String reason, Instant now) {
        requireStatus("reject", ProposalStatus.SUBMITTED, ProposalStatus.IN_REVIEW, ProposalStatus.APPROVED);
        requireComment(reason, "Give the reason for rejecting");
        moveTo(ProposalStatus.REJECTED, actor, "REJECTED", reason, now);
    }

    public void activate(String actor, Instant now) {
        requireStatus("start", ProposalStatus.APPROVED);
        moveTo(ProposalStatus.ACTIVE, actor, "ACTIVATED", null, now);
    }

    /**
     * A timesheet line: hours in quarter hours on a day within the pathway's window, at most 24 hours a day in
     * all, with what was done.
     */
    public void logHours(TimesheetEntry entry, TimesheetWindow window, String actor, Instant now) {
        requireStatus("log hours on", ProposalStatus.ACTIVE);
        window.check(entry.workDate());
        Hours thatDay = timesheet.stream().filter(l -> l.getWorkDate().equals(entry.workDate()))
                .map(l -> new Hours(l.getHours())).reduce(new Hours(BigDecimal.ZERO), Hours::plus);
        if (!thatDay.plus(entry.hours()).isBetween("0", "24")) {
            throw new ProposalFieldException("hours", "dayFull", "There are already " + thatDay + " hours on "
                    + entry.workDate() + ": a day has 24", thatDay.toString(), entry.workDate().toString());
        }
        timesheet.add(new TimesheetLine(this, entry, actor, now));
        reopenDisputed(TimesheetLine.weekOf(entry.workDate()));
        loggedHours = new Hours(loggedHours).plus(entry.hours()).value();
        record(actor, "HOURS_LOGGED", entry.hours() + " h on " + entry.workDate() + ": " + entry.activity(), now);
    }

    /**
     * The student says the pathway is done: not before its first day, and with the planned hours logged or a
     * reason for the shortfall, which the teacher accepts (or not) at the assessment.
     */
    public void markComplete(String reason, LocalDate today, String actor, Instant now) {
        requireStatus("be marked complete", ProposalStatus.ACTIVE);
        if (startDate != null && today.isBefore(startDate)) {
            throw new ProposalFieldException("note", "completeBeforeStart", "The pathway starts on " + startDate
                    + ": it can be marked complete from that day", startDate.toString());
        }
        boolean blank = reason == null || reason.isBlank();
        if (isShortOfHours() && blank) {
            throw new ProposalFieldException("note", hoursConfirmedByMentor ? "shortfallReasonConfirmed"
                    : "shortfallReason", (hoursConfirmedByMentor ? "Your mentor confirmed " : "You logged ") + logged()
                    + " of the "
                    + Hours.plain(plannedHours).toPlainString() + " planned hours: say why, for your teacher to accept",
                    logged().toString(), Hours.plain(plannedHours).toPlainString());
        }
        shortfallReason = isShortOfHours() ? reason.strip() : null;
        String comment = isShortOfHours() ? "Short of the planned hours (" + logged() + " of "
                + Hours.plain(plannedHours).toPlainString() + "): " + shortfallReason : (blank ? null : reason.strip());
        record(actor, "MARKED_COMPLETE", comment, now);
        if (isShortOfHours()) {
            lastStepSays(org.pathwayplanner.rules.Sentence.of("timeline.shortOfHours", logged().value(),
                    Hours.plain(plannedHours), shortfallReason));
        }
    }

    /** Fewer hours than planned count: those logged, or with a mentor those the mentor confirmed. */
    public boolean isShortOfHours() {
        return plannedHours != null && logged().value().compareTo(plannedHours) < 0;
    }

    /** The teacher accepts the student's reason for completing short of the planned hours. */
    void acceptShortfall(String actor, Instant now) {
        record(actor, "SHORTFALL_ACCEPTED", logged() + " of " + Hours.plain(plannedHours).toPlainString()
                + " planned hours; the reason is accepted: " + shortfallReason, now);
        lastStepSays(org.pathwayplanner.rules.Sentence.of("timeline.shortfallAccepted", logged().value(),
                Hours.plain(plannedHours), shortfallReason));
    }

    /** The teacher sends the pathway back to the student (more hours, more evidence) instead of assessing it. */
    void returnToStudent(String actor, String comment, Instant now) {
        requireStatus("be returned to the student", ProposalStatus.ACTIVE);
        requireComment(comment, "Say what the student should still do");
        shortfallReason = null;
        record(actor, "RETURNED_TO_STUDENT", comment, now);
    }

    /** The hours that count toward completion: with a mentor only those the mentor confirmed. */
    private Hours logged() {
        return hoursConfirmedByMentor ? confirmedHours() : new Hours(loggedHours);
    }

    // ------------------------------------------------------------ timesheets confirmed by the mentor (issue 19)

    /** A mentor is invited (true) or their invitation ended (false): whose word on the hours counts. */
    void hoursConfirmedByMentor(boolean byMentor) {
        this.hoursConfirmedByMentor = byMentor;
    }

    public boolean isHoursConfirmedByMentor() {
        return hoursConfirmedByMentor;
    }

    Hours confirmedHours() {
        return timesheet.stream().filter(TimesheetLine::isConfirmed).map(l -> new Hours(l.getHours()))
                .reduce(new Hours(BigDecimal.ZERO), Hours::plus);
    }

    List<TimesheetReview> getTimesheetReviews() {
        return Collections.unmodifiableList(timesheetReviews);
    }

    /**
     * The mentor confirms (the lines are locked) or disputes, saying why, the lines of a week that wait for them.
     * @throws ProposalFieldException when a dispute has no comment
     * @throws IllegalStateException when nothing of the week waits for the mentor
     */
    TimesheetReview reviewWeek(LocalDate weekStart, TimesheetReview.Decision decision, String comment,
            String mentorIdentity, String mentorName, Instant now) {
        requireStatus("have its hours confirmed", ProposalStatus.ACTIVE);
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision == TimesheetReview.Decision.DISPUTED && said == null) {
            throw new ProposalFieldException("comment", "disputeComment",
                    "Say what is wrong with the week, for the student to correct");
        }
        if (said != null && said.length() > TimesheetReview.COMMENT_LENGTH) {
            throw new ProposalFieldException("comment", "disputeCommentLength",
                    "Say it in at most " + TimesheetReview.COMMENT_LENGTH + " characters", TimesheetReview.COMMENT_LENGTH);
        }
        List<TimesheetLine> waiting = timesheet.stream()
                .filter(l -> l.weekStart().equals(weekStart) && l.review() == null).toList();
        if (waiting.isEmpty()) {
            throw new IllegalStateException("Nothing of the week of " + weekStart + " waits for the mentor");
        }
        TimesheetReview review = new TimesheetReview(this, weekStart, decision, said, mentorIdentity, mentorName, now);
        timesheetReviews.add(review);
        waiting.forEach(l -> l.reviewed(review));
        Hours hours = waiting.stream().map(l -> new Hours(l.getHours())).reduce(new Hours(BigDecimal.ZERO), Hours::plus);
        record(mentorIdentity, decision == TimesheetReview.Decision.CONFIRMED ? "HOURS_CONFIRMED" : "HOURS_DISPUTED",
                mentorName + ": " + hours + " h in the week of " + weekStart + (said == null ? "" : " — " + said), now);
        return review;
    }

    /** The student corrects a line that is not confirmed: it, and its week's disputed lines, wait for the mentor again. */
    void correctHours(long lineId, TimesheetEntry entry, TimesheetWindow window, String actor, Instant now) {
        requireStatus("correct hours on", ProposalStatus.ACTIVE);
        TimesheetLine line = unlockedLine(lineId);
        window.check(entry.workDate());
        Hours thatDay = timesheet.stream().filter(l -> l != line && l.getWorkDate().equals(entry.workDate()))
                .map(l -> new Hours(l.getHours())).reduce(new Hours(BigDecimal.ZERO), Hours::plus);
        if (!thatDay.plus(entry.hours()).isBetween("0", "24")) {
            throw new ProposalFieldException("hours", "dayFull", "There are already " + thatDay + " hours on "
                    + entry.workDate() + ": a day has 24", thatDay.toString(), entry.workDate().toString());
        }
        LocalDate weekBefore = line.weekStart();
        String before = Hours.plain(line.getHours()).toPlainString() + " h on " + line.getWorkDate();
        loggedHours = Hours.plain(loggedHours.subtract(line.getHours()).add(entry.hours().value()));
        line.correct(entry, actor, now);
        reopenDisputed(weekBefore);
        reopenDisputed(line.weekStart());
        record(actor, "HOURS_CORRECTED", before + " → " + entry.hours() + " h on " + entry.workDate() + ": "
                + entry.activity(), now);
    }

    /** The student removes a line that is not confirmed; its week's disputed lines wait for the mentor again. */
    void removeHours(long lineId, String actor, Instant now) {
        requireStatus("remove hours from", ProposalStatus.ACTIVE);
        TimesheetLine line = unlockedLine(lineId);
        timesheet.remove(line);
        loggedHours = Hours.plain(loggedHours.subtract(line.getHours()));
        reopenDisputed(line.weekStart());
        record(actor, "HOURS_REMOVED", Hours.plain(line.getHours()).toPlainString() + " h on " + line.getWorkDate()
                + ": " + line.getActivity(), now);
    }

    private TimesheetLine unlockedLine(long lineId) {
        TimesheetLine line = timesheet.stream().filter(l -> l.getId() != null && l.getId() == lineId).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No timesheet line " + lineId
                        + " on this pathway"));
        if (line.isConfirmed()) {
            throw new IllegalStateException("The mentor confirmed the hours of " + line.getWorkDate()
                    + ": they are locked");
        }
        return line;
    }

    /** A change in a disputed week answers the dispute: the week waits for the mentor again. */
    private void reopenDisputed(LocalDate weekStart) {
        timesheet.stream().filter(l -> l.isDisputed() && l.weekStart().equals(weekStart))
                .forEach(l -> l.reviewed(null));
    }

    /** A workflow task of this proposal was decided: by whom, what, and whom it was offered to. */
    void decided(String taskId, String step, String decision, String decider, List<String> candidates, Instant now) {
        decisions.add(new ProposalDecision(this, taskId, step, decision, decider, now, candidates));
    }

    /** The student attaches evidence while the pathway is carried out (before the teacher's assessment). */
    public EvidenceLink attachEvidence(String url, String description, String actor, Instant now) {
        requireStatus("take evidence", ProposalStatus.ACTIVE);
        EvidenceLink link = new EvidenceLink(this, url, description, actor, now);
        evidenceLinks.add(link);
        record(actor, "EVIDENCE_ATTACHED", link.getDescription() + " (" + link.getUrl() + ")", now);
        return link;
    }

    /** A teacher records what the mentor said of the student's work. */
    public MentorEvaluation recordMentorEvaluation(String mentorName, String rating, String comment, String actor,
            Instant now) {
        requireStatus("take a mentor's evaluation", ProposalStatus.ACTIVE, ProposalStatus.COMPLETED);
        MentorEvaluation evaluation = new MentorEvaluation(this, mentorName, rating, comment, actor, now);
        mentorEvaluations.add(evaluation);
        record(actor, "MENTOR_EVALUATION_RECORDED", evaluation.getMentorName() + ": " + evaluation.getRating()
                + (evaluation.getComment() == null ? "" : " — " + evaluation.getComment()), now);
        return evaluation;
    }

    /** The reasons of the latest eligibility check (none when it passed). */
    void eligibilityChecked(List<EligibilityReason> problems) {
        eligibilityProblems.clear();
        eligibilityProblems.addAll(problems);
    }

    public void note(String actor, String action, String comment, Instant now) {
        record(actor, action, comment, now);
    }

    public void complete(String actor, BigDecimal creditsAwarded, String comment, Instant now) {
        requireStatus("complete", ProposalStatus.ACTIVE);
        this.approvedCredits = creditsAwarded;
        moveTo(ProposalStatus.COMPLETED, actor, "COMPLETED", comment, now);
    }

    public void withdraw(String actor, String reason, Instant now) {
        if (status.isFinal()) {
            throw new IllegalStateException("The proposal is already " + status.name().toLowerCase()
                    + " and can no longer be withdrawn");
        }
        moveTo(ProposalStatus.WITHDRAWN, actor, "WITHDRAWN", reason, now);
    }

    public void expire(Instant now) {
        requireStatus("expire", ProposalStatus.CHANGES_REQUESTED);
        moveTo(ProposalStatus.EXPIRED, "system", "EXPIRED", "Not resubmitted in time", now);
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    private void apply(ProposalDetails d) {
        this.pathwayType = d.type();
        this.title = d.title();
        this.description = d.description();
        this.provider = d.provider();
        this.mentorName = d.mentorName();
        this.mentorContact = d.mentorContact();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.plannedHours = d.plannedHours();
        this.offCampus = d.offCampus();
        this.transport = d.transport();
        this.transportNote = d.transportNote();
        this.evidencePlan = d.evidencePlan();
        this.requestedCredits = d.requestedCredits();
        this.creditAreaId = d.creditAreaId();
        this.competencyIds.clear();
        this.competencyIds.addAll(d.competencyIds());
    }

    private void requireStatus(String action, ProposalStatus... allowed) {
        if (!EnumSet.copyOf(List.of(allowed)).contains(status)) {
            throw new IllegalStateException("A proposal that is " + status.name().toLowerCase().replace('_', ' ')
                    + " cannot " + action);
        }
    }

    private void requireTargets() {
        if (competencyIds.isEmpty()) {
            throw new ProposalFieldException("competencyIds", "noCompetency", "Pick at least one competency the pathway will demonstrate");
        }
    }

    private static void requireComment(String comment, String message) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }

    private void moveTo(ProposalStatus next, String actor, String action, String comment, Instant now) {
        this.status = next;
        record(actor, action, comment, now);
    }

    /** The latest step of the timeline was said by the system: {@code sentence}, shown in the reader's language. */
    void lastStepSays(org.pathwayplanner.rules.Sentence sentence) {
        timeline.get(timeline.size() - 1).says(sentence);
    }

    private void record(String actor, String action, String comment, Instant now) {
        this.updatedAt = now;
        timeline.add(new PathwayEvent(this, now, actor, action, status, comment));
    }

    public Long getId() {
        return id;
    }

    public Long getStudentId() {
        return studentId;
    }

    public PathwayType getPathwayType() {
        return pathwayType;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getProvider() {
        return provider;
    }

    public String getMentorName() {
        return mentorName;
    }

    public String getMentorContact() {
        return mentorContact;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getPlannedHours() {
        return Hours.plain(plannedHours);
    }

    public List<TimesheetLine> getTimesheet() {
        return Collections.unmodifiableList(timesheet);
    }

    public String getShortfallReason() {
        return shortfallReason;
    }

    public BigDecimal getLoggedHours() {
        return Hours.plain(loggedHours);
    }

    public boolean isOffCampus() {
        return offCampus;
    }

    /** How the student gets there; none on campus (and on proposals made before it was asked). */
    public Transport getTransport() {
        return transport;
    }

    public String getTransportNote() {
        return transportNote;
    }

    public String getEvidencePlan() {
        return evidencePlan;
    }

    public BigDecimal getRequestedCredits() {
        return requestedCredits;
    }

    public Long getCreditAreaId() {
        return creditAreaId;
    }

    public BigDecimal getApprovedCredits() {
        return approvedCredits;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getCompetencyIds() {
        return Collections.unmodifiableSet(competencyIds);
    }

    public List<PathwayEvent> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }

    public List<ProposalVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public List<EvidenceLink> getEvidenceLinks() {
        return Collections.unmodifiableList(evidenceLinks);
    }

    public List<MentorEvaluation> getMentorEvaluations() {
        return Collections.unmodifiableList(mentorEvaluations);
    }

    public List<ProposalDecision> getDecisions() {
        return Collections.unmodifiableList(decisions);
    }

    public List<EligibilityReason> getEligibilityProblems() {
        return Collections.unmodifiableList(eligibilityProblems);
    }
}
