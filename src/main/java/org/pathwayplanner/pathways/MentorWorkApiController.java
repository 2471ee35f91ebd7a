package org.pathwayplanner.pathways;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.NoSuchElementException;
import java.util.Set;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the pathway's mentor did, as JSON: the timesheet by week as they confirmed it, and their own evaluation. */
@RestController
@RequestMapping("/api/pathways")
@Tag(name = "Pathways", description = "Propose flexible pathways and decide approval tasks")
class MentorWorkApiController {

    private static final Set<Role> STAFF = Set.of(Role.TEACHER, Role.COUNSELOR, Role.ADMIN);

    private final PathwayService pathways;
    private final TimesheetWeeks weeks;
    private final MentorEvaluations evaluations;

    MentorWorkApiController(PathwayService pathways, TimesheetWeeks weeks, MentorEvaluations evaluations) {
        this.pathways = pathways;
        this.weeks = weeks;
        this.evaluations = evaluations;
    }

    @GetMapping("/{id}/timesheet-weeks")
    @Operation(summary = "The timesheet by week: pending, confirmed or disputed by the mentor (whoever may see the"
            + " proposal)")
    TimesheetWeeks.Weeks timesheetWeeks(@PathVariable long id, Authentication who) {
        return weeks.of(pathways.proposal(Viewer.of(who), id));
    }

    @GetMapping("/{id}/mentor-evaluation")
    @Operation(summary = "The mentor's newest evaluation, per target competency (staff who may see the student);"
            + " 404 when the mentor has not evaluated")
    MentorEvaluations.Evaluation mentorEvaluation(@PathVariable long id, Authentication who) {
        Viewer viewer = Viewer.of(who);
        if (!STAFF.contains(viewer.role())) {
            throw new AccessDeniedException("The mentor's evaluation is for the school's staff.");
        }
        return evaluations.ofProposal(viewer, id)
                .orElseThrow(() -> new NoSuchElementException("The mentor has not evaluated this pathway"));
    }
}
