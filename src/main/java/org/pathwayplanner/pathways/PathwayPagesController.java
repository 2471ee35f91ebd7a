package org.pathwayplanner.pathways;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.PathwayViews.TaskView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for flexible pathways: a student's proposals and form; every reviewer's inbox and decision page. */
@Controller
class PathwayPagesController {

    static final String MINE = "pathways/myPathways";
    static final String FORM = "pathways/proposalForm";
    static final String PROPOSAL = "pathways/proposal";
    static final String INBOX = "pathways/inbox";
    static final String TASK = "pathways/task";

    private final PathwayService pathways;
    private final PathwayTasks tasks;
    private final StudentProgress progress;
    private final PeopleDirectory people;
    private final CreditCatalog credits;
    private final FrameworkCatalog framework;
    private final MessageSource messages;
    private final org.pathwayplanner.rules.PathwayKinds kinds;

    private final MentorEvaluations mentorEvaluations;

    PathwayPagesController(PathwayService pathways, PathwayTasks tasks, StudentProgress progress, PeopleDirectory people,
            CreditCatalog credits, FrameworkCatalog framework, MessageSource messages,
            org.pathwayplanner.rules.PathwayKinds kinds, MentorEvaluations mentorEvaluations) {
        this.kinds = kinds;
        this.mentorEvaluations = mentorEvaluations;
        this.framework = framework;
        this.messages = messages;
        this.pathways = pathways;
        this.tasks = tasks;
        this.progress = progress;
        this.people = people;
        this.credits = credits;
    }

    @GetMapping("/student/pathways")
    String mine(Authentication who, Model model) {
        model.addAttribute("proposals", pathways.mine(Viewer.of(who)));
        return MINE;
    }

    @GetMapping("/student/pathways/new")
    String newProposal(Authentication who, Model model) {
        return form(who, model, null);
    }

    @PostMapping("/student/pathways")
    String propose(@Valid @ModelAttribute("proposal") ProposalRequest proposal, BindingResult errors, Authentication who,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(who, model, proposal);
        }
        Viewer student = Viewer.of(who);
        ProposalView draft;
        try {
            draft = pathways.draft(student, proposal);
        } catch (ProposalFieldException e) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.getMessage());
            return form(who, model, proposal);
        }
        ProposalView submitted = pathways.submit(student, draft.id());
        redirect.addFlashAttribute("message", "submitted");
        return "redirect:/student/pathways/" + submitted.id();
    }

    /** The form again, filled in, when a reviewer or the eligibility rules sent the proposal back. */
    @GetMapping("/student/pathways/{id}/revise")
    String revision(@PathVariable long id, Authentication who, Model model, RedirectAttributes redirect) {
        try {
            ProposalRequest current = pathways.requestOf(Viewer.of(who), id);
            ProposalView proposal = pathways.proposal(Viewer.of(who), id);
            model.addAttribute("revising", proposal);
            return form(who, model, current);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/student/pathways/" + id;
        }
    }

    @PostMapping("/student/pathways/{id}/revise")
    String revise(@PathVariable long id, @Valid @ModelAttribute("proposal") ProposalRequest proposal,
            BindingResult errors, Authentication who, Model model, RedirectAttributes redirect) {
        Viewer student = Viewer.of(who);
        if (!errors.hasErrors()) {
            try {
                ProposalView revised = pathways.revise(student, id, proposal);
                if (revised.status().equals(ProposalStatus.DRAFT.name())) {
                    pathways.submit(student, id);
                }
                redirect.addFlashAttribute("message", "resubmitted");
                return "redirect:/student/pathways/" + id;
            } catch (ProposalFieldException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.getMessage());
            } catch (IllegalStateException e) {
                redirect.addFlashAttribute("error", e.getMessage());
                return "redirect:/student/pathways/" + id;
            }
        }
        model.addAttribute("revising", pathways.proposal(student, id));
        return form(who, model, proposal);
    }

    @GetMapping("/student/pathways/{id}")
    String proposal(@PathVariable long id, Authentication who, Model model) {
        ProposalView proposal = pathways.proposal(Viewer.of(who), id);
        model.addAttribute("proposal", proposal);
        if (proposal.startDate() != null && proposal.endDate() != null) {
            model.addAttribute("timesheetWindow", pathways.timesheetWindowOf(proposal));
        }
        return PROPOSAL;
    }

    @PostMapping("/student/pathways/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Authentication who,
            RedirectAttributes redirect) {
        try {
            pathways.withdraw(Viewer.of(who), id, reason);
            redirect.addFlashAttribute("message", "withdrawn");
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/student/pathways/" + id;
    }

    @PostMapping("/student/pathways/{id}/evidence")
    String attachEvidence(@PathVariable long id, @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String description, Authentication who, RedirectAttributes redirect) {
        try {
            pathways.attachEvidence(Viewer.of(who), id, url, description);
            redirect.addFlashAttribute("message", "evidenceAttached");
        } catch (ProposalFieldException e) {
            redirect.addFlashAttribute("evidenceError", inReadersLanguage(e));
            redirect.addFlashAttribute("evidenceField", e.field());
            redirect.addFlashAttribute("evidenceUrl", url);
            redirect.addFlashAttribute("evidenceDescription", description);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/student/pathways/" + id;
    }

    /**
     * A timesheet line (day, hours in quarter hours, what was done); a refusal is shown beside its field, with
     * what was typed kept.
     */
    @PostMapping("/student/pathways/{id}/hours")
    String logHours(@PathVariable long id, @RequestParam(defaultValue = "") String workDate,
            @RequestParam(defaultValue = "") String hours, @RequestParam(defaultValue = "") String activity,
            Authentication who, RedirectAttributes redirect) {
        try {
            pathways.logHours(Viewer.of(who), id, day(workDate), number(hours), activity);
            redirect.addFlashAttribute("message", "timesheetLineAdded");
        } catch (ProposalFieldException e) {
            redirect.addFlashAttribute("hoursField", e.field());
            redirect.addFlashAttribute("hoursError", inReadersLanguage(e));
            redirect.addFlashAttribute("workDateValue", workDate);
            redirect.addFlashAttribute("hoursValue", hours);
            redirect.addFlashAttribute("activityValue", activity);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/student/pathways/" + id;
    }

    static java.time.LocalDate day(String date) {
        if (date.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProposalFieldException("workDate", "workDateFormat", "Give the day as a date, such as 2026-11-20",
                    date);
        }
    }

    static java.math.BigDecimal number(String hours) {
        try {
            return new java.math.BigDecimal(hours.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ProposalFieldException("hours", "hoursNumber", "Give the hours as a number, such as 2 or 2.5",
                    hours);
        }
    }

    @PostMapping("/student/pathways/{id}/complete")
    String complete(@PathVariable long id, @RequestParam(defaultValue = "") String note, Authentication who,
            RedirectAttributes redirect) {
        try {
            pathways.markComplete(Viewer.of(who), id, note);
            redirect.addFlashAttribute("message", "markedComplete");
        } catch (ProposalFieldException e) {
            redirect.addFlashAttribute("completeError", inReadersLanguage(e));
            redirect.addFlashAttribute("completeNote", note);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/student/pathways/" + id;
    }

    @GetMapping("/tasks")
    String inbox(Authentication who, Model model) {
        model.addAttribute("tasks", tasks.tasksOf(Viewer.of(who)));
        return INBOX;
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId, Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        TaskView task = tasks.tasksOf(viewer).stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("This task is not in your inbox any more"));
        ProposalView proposal = pathways.proposal(viewer, task.proposalId());
        model.addAttribute("task", task);
        model.addAttribute("proposal", proposal);
        model.addAttribute("readiness", pathways.readinessOf(proposal));
        model.addAttribute("scale", framework.scale());
        if (task.assessment()) {
            // the mentor's own evaluation, beside the evidence and the teacher's levels (which decide)
            model.addAttribute("mentorEvaluation", mentorEvaluations.ofProposal(viewer, proposal.id()).orElse(null));
        }
        if (task.guardianConsent()) {
            model.addAttribute("consent", ConsentStatement.of(proposal));
            model.addAttribute("consentKey", ConsentStatement.KEY);
        }
        if (task.is(PathwayStep.COUNSELOR_APPROVAL) && proposal.requestedCredits() != null) {
            try {
                model.addAttribute("whatIf", pathways.whatIfOf(viewer, proposal.id()));
            } catch (org.pathwayplanner.progress.ProgressNotAvailable unavailable) {
                model.addAttribute("whatIfUnavailable", unavailable.reason());
            }
        }
        return TASK;
    }

    /** The teacher records the mentor's evaluation from the assessment task. */
    @PostMapping("/tasks/{taskId}/mentor-evaluation")
    String mentorEvaluation(@PathVariable String taskId, @RequestParam(defaultValue = "") String mentorName,
            @RequestParam(defaultValue = "") String rating, @RequestParam(defaultValue = "") String comment,
            Authentication who, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(who);
        TaskView task = tasks.tasksOf(viewer).stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("This task is not in your inbox any more"));
        try {
            pathways.recordMentorEvaluation(viewer, task.proposalId(), mentorName, rating, comment);
            redirect.addFlashAttribute("message", "mentorEvaluationRecorded");
        } catch (ProposalFieldException e) {
            redirect.addFlashAttribute("error", inReadersLanguage(e));
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}")
    String decide(@PathVariable String taskId, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String comment, @RequestParam Map<String, String> form, Authentication who,
            RedirectAttributes redirect) {
        Map<Long, Integer> levels = new java.util.HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("level-") && !value.isBlank()) {
                try {
                    levels.put(Long.valueOf(key.substring(6)), Integer.valueOf(value));
                } catch (NumberFormatException e) {
                    levels.put(0L, Integer.MIN_VALUE);   // refused by the assessment as off the scale
                }
            }
        });
        try {
            tasks.decide(Viewer.of(who), taskId, new TaskDecision(decision, comment, levels,
                    "on".equals(form.get("acceptShortfall")) || "true".equals(form.get("acceptShortfall"))));
            redirect.addFlashAttribute("message", "decided");
            return "redirect:/tasks";
        } catch (ProposalFieldException e) {
            redirect.addFlashAttribute("fieldError", inReadersLanguage(e));
            redirect.addFlashAttribute("errorField", e.field());
            redirect.addFlashAttribute("chosen", form);
            return "redirect:/tasks/" + taskId;
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/tasks/" + taskId;
        } catch (TaskAlreadyDecidedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/tasks";
        }
    }

    private String form(Authentication who, Model model, ProposalRequest proposal) {
        long studentId = people.studentOfAccount(who.getName()).orElseThrow().id();
        java.util.Set<Long> chosen = proposal == null || proposal.competencyIds() == null ? java.util.Set.of()
                : java.util.Set.copyOf(proposal.competencyIds());
        model.addAttribute("targets", progress.progressOf(studentId).competencies().stream()
                .filter(c -> "READY".equals(c.status()) || "IN_PROGRESS".equals(c.status()) || chosen.contains(c.id()))
                .toList());
        model.addAttribute("types", kinds.offered());
        model.addAttribute("transports", Transport.values());
        model.addAttribute("areas", credits.areas());
        // A bound form stays as it is, with its errors (replacing it would drop them).
        if (!model.containsAttribute("proposal")) {
            model.addAttribute("proposal", proposal != null ? proposal : new ProposalRequest(null, null, null, null,
                    null, null, null, null, null, false, null, null, null, List.of()));
        }
        return FORM;
    }

    private String inReadersLanguage(ProposalFieldException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), LocaleContextHolder.getLocale());
    }
}
