package org.pathwayplanner.pathways;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.PathwayViews.TaskView;
import org.pathwayplanner.people.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Flexible pathway proposals and the approval tasks, as JSON. */
@RestController
@RequestMapping("/api/pathways")
@Tag(name = "Pathways", description = "Propose flexible pathways and decide approval tasks")
class PathwayApiController {

    record Note(@Size(max = 2000) String note) {
    }

    /**
     * A timesheet line: the day of the work, hours in quarter hours (2.5 is kept as 2.5; 2.3 is refused with a
     * 400, never rounded) and what was done ({@code note} is still read, for clients written before timesheets).
     */
    record HoursLogged(LocalDate date, @NotNull(message = "Give the hours") BigDecimal hours,
            @Size(max = 500) String activity, @Size(max = 500) String note) {

        String whatWasDone() {
            return activity != null ? activity : note;
        }
    }

    record Evidence(@Size(max = 2000) String url, @Size(max = 2000) String description) {
    }

    record MentorEvaluationRequest(@Size(max = 160) String mentorName, @Size(max = 200) String rating,
            @Size(max = 4000) String comment) {
    }

    private final PathwayService pathways;
    private final PathwayTasks tasks;

    PathwayApiController(PathwayService pathways, PathwayTasks tasks) {
        this.pathways = pathways;
        this.tasks = tasks;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a proposal (students, for themselves)")
    ProposalView draft(@Valid @RequestBody ProposalRequest request, Authentication who) {
        return pathways.draft(Viewer.of(who), request);
    }

    @GetMapping("/mine")
    @Operation(summary = "The signed-in student's proposals, newest first")
    List<ProposalView> mine(Authentication who) {
        return pathways.mine(Viewer.of(who));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A proposal with its timeline and the steps it waits at")
    ProposalView proposal(@PathVariable long id, Authentication who) {
        return pathways.proposal(Viewer.of(who), id);
    }

    @GetMapping("/{id}/what-if")
    @Operation(summary = "The audit now and if this proposal were completed (its targets assessed at the top of the "
            + "scale): the same figures as the proposal form and the counselor's approval page; nothing saved")
    PathwayViews.WhatIfView whatIf(@PathVariable long id, Authentication who) {
        return pathways.whatIfOf(Viewer.of(who), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a draft, or revise and resubmit a proposal sent back for changes")
    ProposalView revise(@PathVariable long id, @Valid @RequestBody ProposalRequest request, Authentication who) {
        return pathways.revise(Viewer.of(who), id, request);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft: the eligibility rules run, then the reviews; eligibilityProblems lists every"
            + " reason it was sent back (rule and reason), empty when it went to review")
    ProposalView submit(@PathVariable long id, Authentication who) {
        return pathways.submit(Viewer.of(who), id);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw at any point before completion; open tasks are cancelled")
    ProposalView withdraw(@PathVariable long id, @Valid @RequestBody(required = false) Note note, Authentication who) {
        return pathways.withdraw(Viewer.of(who), id, note == null ? null : note.note());
    }

    @PostMapping("/{id}/hours")
    @Operation(summary = "Log a timesheet line on an active pathway: the date (within the pathway's dates plus the"
            + " district's grace period, not in the future), hours in quarter hours (0.25 to 24; at most 24 on a day)"
            + " and what was done; anything else is refused (400, the field named)")
    ProposalView logHours(@PathVariable long id, @Valid @RequestBody HoursLogged hours, Authentication who) {
        return pathways.logHours(Viewer.of(who), id, hours.date(), hours.hours(), hours.whatWasDone());
    }

    @PostMapping("/{id}/evidence")
    @Operation(summary = "Attach evidence to an active pathway (the student): an http(s) link and what it shows")
    ProposalView attachEvidence(@PathVariable long id, @Valid @RequestBody Evidence evidence, Authentication who) {
        return pathways.attachEvidence(Viewer.of(who), id, evidence.url(), evidence.description());
    }

    @PostMapping("/{id}/mentor-evaluations")
    @Operation(summary = "Record the mentor's evaluation (a teacher who reviews the pathway): mentor, rating, comment")
    ProposalView recordMentorEvaluation(@PathVariable long id, @Valid @RequestBody MentorEvaluationRequest evaluation,
            Authentication who) {
        return pathways.recordMentorEvaluation(Viewer.of(who), id, evaluation.mentorName(), evaluation.rating(),
                evaluation.comment());
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Mark an active pathway complete (not before its start date; short of the planned hours"
            + " only with a reason in the note, which the teacher accepts at the assessment); the teacher assesses it next")
    ProposalView complete(@PathVariable long id, @Valid @RequestBody(required = false) Note note, Authentication who) {
        return pathways.markComplete(Viewer.of(who), id, note == null ? null : note.note());
    }

    @GetMapping("/tasks")
    @Operation(summary = "The signed-in user's open workflow tasks")
    List<TaskView> myTasks(Authentication who) {
        return tasks.tasksOf(Viewer.of(who));
    }

    @PostMapping("/tasks/{taskId}")
    @Operation(summary = "Decide a task: APPROVE, CHANGES, REJECT, CONSENT, DECLINE, ASSESS (with levels, and"
            + " acceptShortfall: true when the pathway is short of its planned hours) or RETURN (to the student, with a"
            + " comment); 409 if already decided")
    void decide(@PathVariable String taskId, @Valid @RequestBody TaskDecision decision, Authentication who) {
        tasks.decide(Viewer.of(who), taskId, decision);
    }
}
