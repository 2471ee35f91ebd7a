package org.pathwayplanner.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the plan pages and the JSON API show. */
public final class PlanViews {

    private PlanViews() {
    }

    /**
     * A student's plan: its status and version, goals, the terms to graduation with their items, what is done and in
     * progress already, the rules' check, and the versions submitted; {@code reviewComment} is the latest version's
     * comment (the changes asked for, or the approval's). {@code exists} is false for a student who has not started
     * one (the rest is then empty).
     */
    public record PlanView(long studentId, String studentName, int graduationYear, boolean exists, String status,
            int versionNumber, Goals goals, List<TermView> terms, List<DoneView> done, List<InProgressView> inProgress,
            CheckView check, List<VersionView> versions, Instant updatedAt, String reviewComment,
            AnnualReviewView annualReview) {

        /** Whether the student may change it now (not while it is in review). */
        public boolean editable() {
            return !exists || PlanStatus.valueOf(status).editable();
        }
    }

    /** The latest annual review of the approved plan: when, by whom, the counselor's note. */
    public record AnnualReviewView(Instant reviewedAt, String reviewedBy, String note) {
    }

    /** One term of the plan: its key ("2026-2027/1"), dates, whether it has ended or is under way, its items. */
    public record TermView(int sequence, String key, String schoolYear, int termOfYear, LocalDate startsOn,
            LocalDate endsOn, boolean ended, boolean current, List<ItemView> items, BigDecimal credits) {
    }

    /**
     * One planned item and how it stands against reality: DONE (mastered or earned), DONE_EARLY (before its term),
     * IN_PROGRESS (evidence, not yet mastered), PLANNED, BEHIND (its term ended and it is not done); {@code flagged}
     * when a finding of the check is about it.
     */
    public record ItemView(long id, String kind, String title, String areaCode, BigDecimal credits, String pathwayKind,
            String standing, boolean flagged) {
    }

    /** Already done: credits earned (a bundle or a completed pathway) in an area, on a day. */
    public record DoneView(String title, String areaCode, BigDecimal credits, LocalDate on) {
    }

    /** Under way: a competency with evidence not yet mastered, or a flexible pathway approved or in review. */
    public record InProgressView(String kind, String title, String status) {
    }

    /** A finding of the plan rules, worded in the reader's language. */
    public record FindingView(String rule, String severity, String key, List<String> args, String message,
            Integer termSequence, List<Long> itemIds) {
    }

    /**
     * The check of the plan: whether it meets every requirement by graduation, how many errors and warnings, each
     * finding, and each area now and by graduation as planned.
     */
    public record CheckView(boolean meetsRequirements, int errors, int warnings, List<FindingView> findings,
            List<AreaView> areas) {
    }

    /** A credit area: required, earned now, and by graduation if the plan is carried out. */
    public record AreaView(String areaCode, String areaName, BigDecimal required, BigDecimal earnedNow,
            BigDecimal byGraduation, String includedIn) {

        public boolean shortByGraduation() {
            return byGraduation.compareTo(required) < 0;
        }
    }

    /** A submitted version as the counselor saw it, and what became of it. */
    public record VersionView(int versionNumber, String outcome, String submittedBy, Instant submittedAt,
            String decidedBy, Instant decidedAt, String comment, String acknowledgedBy, Instant acknowledgedAt,
            Content content, String decidedByName) {
    }

    /** The goals and items of a version. */
    public record Content(Goals goals, List<ItemLine> items) {
    }

    /** A choice of the add form: its value and what the reader sees. */
    public record Choice(String value, String label) {
    }

    /** What the add form offers: the terms, competencies, bundles, kinds of pathway and credit areas. */
    public record Choices(List<Choice> terms, List<Choice> competencies, List<Choice> bundles,
            List<Choice> pathwayKinds, List<Choice> areas) {
    }

    /** A plan as the counselor's caseload and the home pages list it. */
    public record PlanSummary(long studentId, String status, int versionNumber) {
    }
}
