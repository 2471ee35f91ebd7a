package org.pathwayplanner.people;

import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleViews.CounselorLoad;
import org.pathwayplanner.people.PeopleViews.StaffView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The first pages of guardians and administrators, and the administrator's people pages: counselors with
 * their caseloads, teachers with their areas and sections, guardians with their students, one search over
 * all of them, and moving a student to another caseload. The long lists (teachers, guardians, students found) are
 * counted and cut into pages by the database; each list's page, and the teachers' order, are kept in the address. {@code /admin/**} is for administrators only
 * (the security configuration).
 */
@Controller
class PeoplePagesController {

    static final String GUARDIAN_HOME = "people/guardianHome";
    static final String ADMIN_HOME = "people/adminHome";
    static final String PEOPLE = "people/people";
    static final String CASELOAD = "people/caseload";
    static final int GUARDIANS_SHOWN = 50;
    static final int STUDENTS_FOUND = 50;
    /** Stale students named on the administrator's home page; the rest are counted. */
    static final int STALE_SHOWN = 20;

    private final PeopleDirectory directory;
    private final DistrictPeople district;
    private final PeopleRegistry registry;
    private final FrameworkCatalog framework;
    private final ObjectProvider<ProgressAtAGlance> glances;
    private final ObjectProvider<StaleProgress> staleProgress;

    private final List<HomePageSection> homeSections;

    PeoplePagesController(PeopleDirectory directory, DistrictPeople district, PeopleRegistry registry,
            FrameworkCatalog framework, ObjectProvider<ProgressAtAGlance> glances,
            ObjectProvider<StaleProgress> staleProgress, List<HomePageSection> homeSections) {
        this.staleProgress = staleProgress;
        this.homeSections = homeSections;
        this.glances = glances;
        this.directory = directory;
        this.district = district;
        this.registry = registry;
        this.framework = framework;
    }

    @GetMapping("/guardian")
    String guardian(Principal principal, Model model) {
        model.addAttribute("homeSections", homeSectionsOf(principal));
        List<StudentView> students = directory.studentsOfGuardian(principal.getName());
        ProgressAtAGlance glance = glances.getIfAvailable();
        model.addAttribute("students", students);
        model.addAttribute("glances", glance == null ? java.util.Map.of()
                : glance.of(students.stream().map(StudentView::id).toList()));
        return GUARDIAN_HOME;
    }

    @GetMapping("/admin/people")
    String people(@RequestParam(required = false) String find, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer teachersPage, @RequestParam(required = false) Integer teachersSize,
            @RequestParam(required = false) String teachersSort, @RequestParam(defaultValue = "false") boolean teachersDesc,
            Model model) {
        NameSearch needle = NameSearch.of(find);
        DistrictPeople.Found found = needle == null ? null : district.find(needle);
        List<CounselorLoad> counselors = directory.counselorLoads();
        org.pathwayplanner.web.Paging guardianPages = org.pathwayplanner.web.Paging.of(page, GUARDIANS_SHOWN,
                found == null ? district.countGuardians(null) : found.guardians().size());
        org.pathwayplanner.web.Paging teacherPages = org.pathwayplanner.web.Paging.of(teachersPage, teachersSize,
                district.countTeachersAmong(found == null ? null : found.teachers()));
        DistrictPeople.TeacherOrder teacherOrder = new DistrictPeople.TeacherOrder(teachersSort, teachersDesc);
        model.addAttribute("find", find);
        model.addAttribute("counselors", counselors.stream().filter(c -> needle == null
                || needle.matchesAnyOf(c.firstName(), c.lastName(), c.username()) || contains(c.schoolName(), needle.part())).toList());
        model.addAttribute("teachers", district.teachersAmong(found == null ? null : found.teachers(), teacherOrder,
                teacherPages.offset(), teacherPages.size()));
        model.addAttribute("teachersTotal", teacherPages.matching());
        model.addAttribute("teacherPages", teacherPages);
        model.addAttribute("teacherOrder", teacherOrder);
        model.addAttribute("guardianPage", guardianPages.page());
        model.addAttribute("guardians", district.guardiansAmong(found == null ? null : found.guardians(),
                guardianPages.offset(), guardianPages.size()));
        model.addAttribute("guardiansTotal", guardianPages.matching());
        model.addAttribute("guardianPages", guardianPages);
        if (found != null) {
            model.addAttribute("found", directory.studentsFound(found.students(), STUDENTS_FOUND));
            model.addAttribute("foundTotal", found.students().size());
        }
        return PEOPLE;
    }

    /** One counselor's caseload: who is on it, each student one click from their progress. */
    @GetMapping("/admin/people/counselors/{counselorId}")
    String caseload(@PathVariable long counselorId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        StaffView counselor = directory.staff(counselorId).filter(s -> "COUNSELOR".equals(s.kind()))
                .orElseThrow(() -> new NoSuchElementException("No counselor with id " + counselorId));
        org.pathwayplanner.web.Paging paging = org.pathwayplanner.web.Paging.of(page, size,
                directory.countCaseload(counselor.username()));
        model.addAttribute("counselor", counselor);
        model.addAttribute("students", directory.caseloadOf(counselor.username(), paging.offset(), paging.size()));
        model.addAttribute("paging", paging);
        return CASELOAD;
    }

    @PostMapping("/admin/people/{studentId}/counselor")
    String assign(@PathVariable long studentId, @RequestParam long counselorId,
            @RequestParam(defaultValue = "") String find, RedirectAttributes redirect) {
        registry.assignCounselor(studentId, counselorId);
        redirect.addFlashAttribute("message", "assigned");
        redirect.addAttribute("find", find);
        return "redirect:/admin/people";
    }

    @GetMapping("/admin")
    String admin(Principal principal, Model model) {
        model.addAttribute("homeSections", homeSectionsOf(principal));
        model.addAttribute("schools", directory.countSchools());
        model.addAttribute("studentCount", directory.countStudents());
        model.addAttribute("competencyCount", framework.countCompetenciesInUse());
        model.addAttribute("areas", framework.areas());
        StaleProgress stale = staleProgress.getIfAvailable();
        List<StaleProgress.StaleStudent> staleStudents = stale == null ? List.of() : stale.staleStudents();
        List<StaleProgress.StaleStudent> shown = staleStudents.stream().limit(STALE_SHOWN).toList();
        model.addAttribute("staleStudents", shown);
        model.addAttribute("staleMore", staleStudents.size() - shown.size());
        model.addAttribute("staleNames", directory.students(shown.stream().map(StaleProgress.StaleStudent::studentId)
                .toList()).stream().collect(java.util.stream.Collectors.toMap(StudentView::id, StudentView::fullName)));
        return ADMIN_HOME;
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    private List<HomePageSection.Shown> homeSectionsOf(Principal principal) {
        return HomePageSection.shownTo(homeSections, Viewer.of((org.springframework.security.core.Authentication) principal));
    }
}
