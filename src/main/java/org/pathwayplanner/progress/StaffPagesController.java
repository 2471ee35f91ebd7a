package org.pathwayplanner.progress;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathwayplanner.evidence.EvidenceHistory;
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
    private final org.pathwayplanner.evidence.EvidenceCorrections corrections;
    private final PageScale scale;
    private final List<StudentPageSection> sections;
    private final org.springframework.context.MessageSource messages;
    private final List<org.pathwayplanner.people.HomePageSection> homeSections;
    private final List<CaseloadColumn> caseloadColumns;

    /** A section of another feature on the student page, with what it shows. */
    record SectionView(String template, Map<String, Object> data) {
    }

    StaffPagesController(PeopleDirectory people, StudentProgress progress, StudentAccess access,
            EvidenceHistory evidence, org.pathwayplanner.evidence.EvidenceCorrections corrections, PageScale scale,
            List<StudentPageSection> sections, List<org.pathwayplanner.people.HomePageSection> homeSections,
            List<CaseloadColumn> caseloadColumns,
            org.springframework.context.MessageSource messages) {
        this.sections = sections;
        this.messages = messages;
        this.homeSections = homeSections;
        this.caseloadColumns = caseloadColumns;
        this.corrections = corrections;
        this.people = people;
        this.progress = progress;
        this.access = access;
        this.evidence = evidence;
        this.scale = scale;
    }

    @GetMapping("/teacher")
    String teacher(Principal principal, Model model) {
        model.addAttribute("homeSections", homeSectionsOf(principal));
        List<StudentLine> students = lines(people.studentsOfTeacher(principal.getName()));
        model.addAttribute("sections", people.sectionsOfTeacher(principal.getName()));
        model.addAttribute("students", students);
        model.addAttribute("flagged", students.stream()
                .filter(l -> l.summary() != null && (l.summary().interventions() > 0 || l.summary().readyToAccelerate()))
                .toList());
        return TEACHER_HOME;
    }

    @GetMapping("/counselor")
    String counselor(Principal principal, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer grade, @RequestParam(required = false) String school,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "true") boolean desc,
            @RequestParam(required = false) String find, Model model) {
        model.addAttribute("homeSections", homeSectionsOf(principal));
        Caseload.Filter filter = new Caseload.Filter(status, grade, school, sort, desc, find);
        Caseload caseload = Caseload.of(lines(people.caseloadOf(principal.getName())), filter);
        model.addAttribute("caseload", caseload);
        model.addAttribute("statuses", Caseload.STATUSES);
        List<Long> shown = caseload.students().stream().map(l -> l.student().id()).toList();
        org.pathwayplanner.people.Viewer counselor = new org.pathwayplanner.people.Viewer(principal.getName(),
                org.pathwayplanner.people.Role.COUNSELOR);
        model.addAttribute("extraColumns", caseloadColumns.stream()
                .map(c -> new CaseloadColumn.Shown(c.headerKey(), c.cells(counselor, shown))).toList());
        return COUNSELOR_HOME;
    }

    @GetMapping("/students/{id}")
    String student(@PathVariable long id, Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        access.checkMaySee(viewer, id);
        model.addAttribute("student", people.student(id).orElseThrow());
        ProgressViews.StudentProgressView view = progress.progressOf(id);
        model.addAttribute("progress", view);
        model.addAttribute("readyNext", view.readyNext(5));
        model.addAttribute("sections", sections.stream().map(s -> new SectionView(s.template(), s.data(viewer, id))).toList());
        var recent = evidence.recentOf(id, 12);
        model.addAttribute("recentEvidence", recent);
        model.addAttribute("correctable", viewer.role() == org.pathwayplanner.people.Role.STUDENT
                || viewer.role() == org.pathwayplanner.people.Role.GUARDIAN ? java.util.Set.of()
                : corrections.correctableBy(viewer, recent.stream().filter(e -> !e.isSuperseded())
                        .map(e -> e.id()).toList()));
        model.addAttribute("scale", scale.get());
        return STUDENT_PAGE;
    }

    private List<StudentLine> lines(List<StudentView> students) {
        return linesOf(students, progress);
    }

    /** The students with their stored summaries, in one query: what lists and their exports show. */
    static List<StudentLine> linesOf(List<StudentView> students, StudentProgress progress) {
        Map<Long, ProgressSummary> summaries = progress.summaries(students.stream().map(StudentView::id).toList())
                .stream().collect(Collectors.toMap(ProgressSummary::studentId, Function.identity()));
        return students.stream().map(s -> new StudentLine(s, summaries.get(s.id()))).toList();
    }

    private List<org.pathwayplanner.people.HomePageSection.Shown> homeSectionsOf(Principal principal) {
        return org.pathwayplanner.people.HomePageSection.shownTo(homeSections,
                Viewer.of((org.springframework.security.core.Authentication) principal));
    }
}
