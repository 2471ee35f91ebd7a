package org.pathwayplanner.progress;

import java.security.Principal;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A student's first page: who they are and their latest evidence. */
@Controller
class StudentHomeController {

    static final String STUDENT_HOME = "progress/studentHome";
    private static final int RECENT = 8;

    private final PeopleDirectory people;
    private final EvidenceHistory evidence;
    private final PageScale scale;
    private final StudentProgress progress;

    StudentHomeController(PeopleDirectory people, EvidenceHistory evidence, PageScale scale,
            StudentProgress progress) {
        this.people = people;
        this.evidence = evidence;
        this.scale = scale;
        this.progress = progress;
    }

    @GetMapping("/student")
    String home(Principal principal, Model model) {
        StudentView student = people.studentOfAccount(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("This account is not linked to a student record"));
        model.addAttribute("student", student);
        model.addAttribute("recentEvidence", evidence.historyOf(student.id()).stream().limit(RECENT).toList());
        model.addAttribute("scale", scale.get());
        ProgressViews.StudentProgressView view = progress.progressOf(student.id());
        model.addAttribute("progress", view);
        model.addAttribute("readyNext", view.readyNext(5));
        return STUDENT_HOME;
    }
}
