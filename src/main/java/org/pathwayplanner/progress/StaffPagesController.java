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
import org.pathwayplanner.web.Paging;
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
    private final StudentLists lists;

    /** A section of another feature on the student page, with what it shows. */
    record SectionView(String template, Map<String, Object> data) {
    }

    StaffPagesController(PeopleDirectory people, StudentProgress progress, StudentAccess access,
            EvidenceHistory evidence, org.pathwayplanner.evidence.EvidenceCorrections corrections, PageScale scale,
            List<StudentPageSection> sections, List<org.pathwayplanner.people.HomePageSection> homeSections,
            List<CaseloadColumn> caseloadColumns, StudentLists lists,
            org.springframework.context.MessageSource messages) {
        this.lists = lists;
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

    /** Flagged students named at the top of the teacher's home; all of them are one click away (the filter). */
    static final int FLAGGED_SHOWN = 20;

    @GetMapping("/teacher")
    String teacher(Principal principal, @RequestParam(required = false) String find,
            @RequestParam(defaultValue = "false") boolean flagged, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean desc, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("homeSections", homeSectionsOf(principal));
        StudentLists.Scope mine = StudentLists.Scope.taughtBy(principal.getName());
        Caseload.Filter filter = new Caseload.Filter(null, null, null, sort == null ? "name" : sort, desc, find, flagged);
        Caseload.Filter onlyFlagged = new Caseload.Filter(null, null, null, "behind", true, null, true);
        long matching = lists.count(mine, filter);
        Paging paging = Paging.of(page, size, matching);
        model.addAttribute("sections", people.sectionsOfTeacher(principal.getName()));
        model.addAttribute("filter", filter);
        model.addAttribute("paging", paging);
        model.addAttribute("studentCount", lists.count(mine));
        model.addAttribute("students", lists.lines(mine, filter, paging.offset(), paging.size()));
        model.addAttribute("flaggedCount", lists.count(mine, onlyFlagged));
        model.addAttribute("flagged", lists.lines(mine, onlyFlagged, 0, FLAGGED_SHOWN));
        return TEACHER_HOME;
    }

    @GetMapping("/counselor")
    String counselor(Principal principal, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer grade, @RequestParam(required = false) String school,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "true") boolean desc,
            @RequestParam(required = false) String find, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("homeSections", homeSectionsOf(principal));
        Caseload.Filter filter = new Caseload.Filter(status, grade, school, sort, desc, find);
        StudentLists.Scope mine = lists.caseloadOf(principal.getName());
        Paging paging = Paging.of(page, size, lists.count(mine, filter));
        Caseload caseload = new Caseload(lists.lines(mine, filter, paging.offset(), paging.size()), lists.count(mine),
                lists.byStatus(mine), lists.grades(mine), lists.schools(mine), filter, paging);
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

    private List<org.pathwayplanner.people.HomePageSection.Shown> homeSectionsOf(Principal principal) {
        return org.pathwayplanner.people.HomePageSection.shownTo(homeSections,
                Viewer.of((org.springframework.security.core.Authentication) principal));
    }
}
