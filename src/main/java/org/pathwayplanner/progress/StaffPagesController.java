package org.pathwayplanner.progress;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of the adults around a student: a teacher's classes with who needs support, a counselor's
 * caseload by audit status, and one student's progress for anyone who may see that student. Lists come
 * from the stored summaries: one query, no rules run per request.
 */
@Controller
class StaffPagesController {

    static final String TEACHER_HOME = "progress/teacherHome";
    static final String COUNSELOR_HOME = "progress/counselorHome";
    static final String STUDENT_PAGE = "progress/studentPage";

    /** A student with their stored summary, for lists. */
    record StudentLine(StudentView student, ProgressSummary summary) {
    }

    private final PeopleDirectory people;
    private final StudentProgress progress;
    private final StudentAccess access;
    private final EvidenceHistory evidence;
    private final FrameworkCatalog framework;

    StaffPagesController(PeopleDirectory people, StudentProgress progress, StudentAccess access,
            EvidenceHistory evidence, FrameworkCatalog framework) {
        this.people = people;
        this.progress = progress;
        this.access = access;
        this.evidence = evidence;
        this.framework = framework;
    }

    @GetMapping("/teacher")
    String teacher(Principal principal, Model model) {
        List<StudentLine> students = lines(people.studentsOfTeacher(principal.getName()));
        model.addAttribute("sections", people.sectionsOfTeacher(principal.getName()));
        model.addAttribute("students", students);
        model.addAttribute("flagged", students.stream()
                .filter(l -> l.summary() != null && (l.summary().interventions() > 0 || l.summary().readyToAccelerate()))
                .toList());
        return TEACHER_HOME;
    }

    @GetMapping("/counselor")
    String counselor(Principal principal, @RequestParam(required = false) String status, Model model) {
        List<StudentLine> caseload = lines(people.caseloadOf(principal.getName()));
        model.addAttribute("total", caseload.size());
        model.addAttribute("byStatus", caseload.stream().filter(l -> l.summary() != null)
                .collect(Collectors.groupingBy(l -> l.summary().auditStatus(), Collectors.counting())));
        model.addAttribute("status", status);
        model.addAttribute("students", caseload.stream()
                .filter(l -> status == null || status.isBlank()
                        || (l.summary() != null && status.equals(l.summary().auditStatus())))
                .sorted(Comparator.comparing((StudentLine l) -> l.summary() == null ? 100 : l.summary().percentEarned()))
                .toList());
        return COUNSELOR_HOME;
    }

    @GetMapping("/students/{id}")
    String student(@PathVariable long id, Authentication who, Model model) {
        access.checkMaySee(Viewer.of(who), id);
        model.addAttribute("student", people.student(id).orElseThrow());
        model.addAttribute("progress", progress.progressOf(id));
        model.addAttribute("recentEvidence", evidence.historyOf(id).stream().limit(12).toList());
        model.addAttribute("scale", framework.scale());
        return STUDENT_PAGE;
    }

    private List<StudentLine> lines(List<StudentView> students) {
        Map<Long, ProgressSummary> summaries = progress.summaries(students.stream().map(StudentView::id).toList())
                .stream().collect(Collectors.toMap(ProgressSummary::studentId, Function.identity()));
        return students.stream().map(s -> new StudentLine(s, summaries.get(s.id()))).toList();
    }
}
