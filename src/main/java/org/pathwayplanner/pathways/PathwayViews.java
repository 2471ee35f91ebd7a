package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read-only views of proposals and tasks. */
public final class PathwayViews {

    private PathwayViews() {
    }

    /**
     * A proposal as its student and reviewers see it. {@code awardedCredits} is what the rules award for it
     * (zero until it is completed and its targets are mastered); {@code creditsWaitingReason} says why not yet.
     */
    public record ProposalView(long id, long studentId, String studentName, String type, String title,
            String description, String provider, String mentorName, String mentorContact, LocalDate startDate,
            LocalDate endDate, BigDecimal plannedHours, BigDecimal loggedHours, boolean offCampus, String evidencePlan,
            BigDecimal requestedCredits, String creditAreaCode, BigDecimal approvedCredits, String status, int revision,
            List<TargetView> competencies, List<EventView> timeline, List<String> waitingFor,
            List<ReasonView> eligibilityProblems, List<VersionView> versions, List<EvidenceView> evidence,
            List<MentorEvaluationView> mentorEvaluations, BigDecimal awardedCredits, String creditsWaitingReason,
            List<SecondPersonNote> secondPersonNotes, List<TimesheetLineView> timesheet, String shortfallReason,
            List<WaitingOn> waitingOn, String creditAreaName, Transport transport, String transportNote) {

        /** Fewer hours logged than planned: completing needs a reason the teacher accepts. */
        public boolean shortOfHours() {
            return plannedHours != null && loggedHours != null && loggedHours.compareTo(plannedHours) < 0;
        }

        /** The student may edit it: a draft, or sent back by a reviewer or by the eligibility rules. */
        public boolean revisable() {
            return status.equals(ProposalStatus.DRAFT.name()) || status.equals(ProposalStatus.CHANGES_REQUESTED.name());
        }

        /** The last time a reviewer (or the rules) sent it back, with what they asked. */
        public EventView latestChangeRequest() {
            for (int i = timeline.size() - 1; i >= 0; i--) {
                if (timeline.get(i).action().equals("CHANGES_REQUESTED")) {
                    return timeline.get(i);
                }
            }
            return null;
        }

        public boolean finished() {
            return ProposalStatus.valueOf(status).isFinal();
        }

        /** The pathway is under way: the student logs hours, attaches evidence and marks it complete. */
        public boolean underWay() {
            return waitingFor.contains(PathwayStep.CARRY_OUT_PATHWAY.id());
        }

        /** The versions before the current one, newest first. */
        public List<VersionView> earlierVersions() {
            List<VersionView> earlier = new java.util.ArrayList<>(versions.subList(0, Math.max(0, versions.size() - 1)));
            java.util.Collections.reverse(earlier);
            return earlier;
        }
    }

    public record TargetView(long id, String code, String title) {
    }

    /**
     * An open step and who may act on it: their names when a few people may ({@link #NAMED}), else what kind of
     * person ({@code group}: the areas of the targets for a teacher review, the school), since when, due when.
     */
    public record WaitingOn(String step, List<String> names, String areas, String school, Instant since, Instant due,
            boolean overdue) {

        public static final int NAMED = 3;

        public boolean named() {
            return !names.isEmpty();
        }

        /** The student's own step (revising, carrying it out): the page offers its actions instead. */
        public boolean studentsOwn() {
            return PathwayStep.byId(step).filter(PathwayStep::studentsOwn).isPresent();
        }
    }

    /**
     * Why an open approval went to someone other than usual (two people approve every proposal): who decided the
     * other approval, and who may decide this one now — nobody yet when {@code routedTo} is empty.
     */
    public record SecondPersonNote(String step, List<String> decidedOtherApproval, List<String> routedTo) {

        public boolean nobody() {
            return routedTo.isEmpty();
        }
    }

    /** The eligibility rules' answer on a proposal not yet submitted: every problem, and whether consent is needed. */
    public record LiveEligibility(boolean eligible, List<ReasonView> problems, boolean guardianConsentNeeded) {
    }

    /**
     * What a rule said: {@code text} in the reader's language (what pages show), {@code reason} in English,
     * {@code reasonKey} and {@code reasonArgs} for API clients that word it themselves.
     */
    public record ReasonView(String rule, String text, String reason, String reasonKey,
            @com.fasterxml.jackson.databind.annotation.JsonSerialize(
                    using = org.pathwayplanner.rules.Sentence.ArgsWriter.class) List<Object> reasonArgs) {
    }

    /** One step of the timeline: {@code actor} is the account, {@code actorName} the name people know them by. */
    public record EventView(Instant at, String actor, String action, String statusAfter, String comment,
            String actorName) {
    }

    /** One submitted version: its fields as submitted and the fields changed since the version before. */
    public record VersionView(int number, String submittedBy, Instant submittedAt, String type, String title,
            String description, String provider, String mentorName, String mentorContact, LocalDate startDate,
            LocalDate endDate, BigDecimal plannedHours, boolean offCampus, String evidencePlan,
            BigDecimal requestedCredits, String creditAreaCode, List<String> competencies, List<String> changed) {
    }

    /** A timesheet line: the day, its hours, what was done, who logged it. */
    public record TimesheetLineView(LocalDate workDate, BigDecimal hours, String activity, String loggedBy) {
    }

    public record EvidenceView(String url, String description, String addedBy, Instant addedAt) {
    }

    public record MentorEvaluationView(String mentorName, String rating, String comment, String recordedBy,
            Instant recordedAt) {
    }

    /** An open task of the workflow that the signed-in user may decide; overdue once its due date has passed. */
    public record TaskView(String taskId, String step, String name, Instant created, long proposalId,
            String proposalTitle, String studentName, String status, List<String> decisions, Instant due,
            boolean overdue) {

        public boolean is(PathwayStep other) {
            return other.id().equals(step);
        }

        /** The teacher assesses the completed pathway here (levels, the mentor's evaluation). */
        public boolean assessment() {
            return is(PathwayStep.ASSESS_PATHWAY);
        }

        public boolean guardianConsent() {
            return is(PathwayStep.GUARDIAN_CONSENT);
        }

        /** The guardian's own consent (not a form recorded on their behalf). */
        public boolean consentsAsGuardian() {
            return decisions.contains(PathwayStep.Decision.CONSENT.name());
        }
    }

    /** The student's readiness for one target competency of a proposal, for its reviewers. */
    public record TargetReadiness(long id, String code, String title, String status, List<String> missingPrerequisites) {
    }

    /** How the audit would change if the pathway on the form were completed and its targets mastered. */
    public record WhatIfView(String statusBefore, String statusAfter, BigDecimal earnedBefore, BigDecimal earnedAfter,
            List<AreaLine> areas, List<String> newlyMastered) {
    }

    public record AreaLine(String areaCode, String areaName, BigDecimal required, BigDecimal earnedBefore,
            BigDecimal earnedAfter, boolean changed) {
    }
}
