package org.pathwayplanner.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.ProgressViews.AuditView;
import org.pathwayplanner.progress.ProgressViews.FlagView;
import org.pathwayplanner.progress.ProgressViews.StudentProgressView;
import org.pathwayplanner.rules.AuditDifference;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A student's progress, audit, flags and what-if, for whoever may see that student. */
@RestController
@RequestMapping("/api/students/{studentId}")
@Tag(name = "Progress", description = "Mastery, readiness, graduation audit and support flags, each with its reasons")
class ProgressApiController {

    private final StudentProgress progress;
    private final StudentAccess access;

    ProgressApiController(StudentProgress progress, StudentAccess access) {
        this.progress = progress;
        this.access = access;
    }

    @GetMapping("/progress")
    @Operation(summary = "Mastery and readiness of every competency, the audit and the flags, with explanations")
    StudentProgressView progress(@PathVariable long studentId, Authentication who) {
        access.checkMaySee(Viewer.of(who), studentId);
        return progress.progressOf(studentId);
    }

    @GetMapping("/audit")
    @Operation(summary = "Graduation audit: per credit area required, earned, outstanding; overall status and why")
    AuditView audit(@PathVariable long studentId, Authentication who) {
        access.checkMaySee(Viewer.of(who), studentId);
        return progress.progressOf(studentId).audit();
    }

    @GetMapping("/flags")
    @Operation(summary = "Support flags: intervention, acceleration, promotion — each with the rule and reason")
    List<FlagView> flags(@PathVariable long studentId, Authentication who) {
        access.checkMaySee(Viewer.of(who), studentId);
        return progress.progressOf(studentId).flags();
    }

    @PostMapping("/what-if")
    @Operation(summary = "How the audit would change with hypothetical evidence or completed pathways; nothing is saved")
    AuditDifference whatIf(@PathVariable long studentId, @Valid @RequestBody Hypothesis hypothesis, Authentication who) {
        access.checkMaySee(Viewer.of(who), studentId);
        return progress.whatIf(studentId, hypothesis);
    }
}
