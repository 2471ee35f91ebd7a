package org.pathwayplanner.pathways;

import java.security.Principal;
import java.util.List;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.ProgressViews.CompetencyProgress;
import org.pathwayplanner.progress.ProgressViews.StudentProgressView;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mastery-based transcript a student can show a college: competencies mastered with their levels and
 * dates, flexible pathways completed, credits by area — readable in two minutes.
 */
@Controller
class TranscriptController {

    static final String TRANSCRIPT = "pathways/transcript";

    private final PeopleDirectory people;
    private final StudentProgress progress;
    private final PathwayService pathways;

    TranscriptController(PeopleDirectory people, StudentProgress progress, PathwayService pathways) {
        this.people = people;
        this.progress = progress;
        this.pathways = pathways;
    }

    @GetMapping("/student/transcript")
    String transcript(Principal principal, Model model) {
        StudentView student = people.studentOfAccount(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("This account is not linked to a student record"));
        StudentProgressView view = progress.progressOf(student.id());
        List<CompetencyProgress> mastered = view.competencies().stream().filter(CompetencyProgress::mastered)
                .sorted(java.util.Comparator.comparing((CompetencyProgress c) -> c.areaCode() == null ? "~" : c.areaCode())
                        .thenComparing(CompetencyProgress::code))
                .toList();
        model.addAttribute("student", student);
        model.addAttribute("audit", view.audit());
        model.addAttribute("progress", view);
        model.addAttribute("mastered", mastered);
        model.addAttribute("inProgress", view.competencies().stream().filter(c -> "IN_PROGRESS".equals(c.status())).count());
        model.addAttribute("pathways", pathways.mine(new Viewer(principal.getName(), Role.STUDENT)).stream()
                .filter(p -> p.status().equals("COMPLETED")).toList());
        return TRANSCRIPT;
    }
}
