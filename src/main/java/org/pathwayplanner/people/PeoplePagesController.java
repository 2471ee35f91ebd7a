package org.pathwayplanner.people;

import java.security.Principal;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first pages of guardians and administrators: who they are and whom they serve. */
@Controller
class PeoplePagesController {

    static final String GUARDIAN_HOME = "people/guardianHome";
    static final String ADMIN_HOME = "people/adminHome";
    static final String PEOPLE = "people/people";

    private final PeopleDirectory directory;
    private final PeopleRegistry registry;
    private final FrameworkCatalog framework;

    PeoplePagesController(PeopleDirectory directory, PeopleRegistry registry, FrameworkCatalog framework) {
        this.directory = directory;
        this.registry = registry;
        this.framework = framework;
    }

    @GetMapping("/guardian")
    String guardian(Principal principal, Model model) {
        model.addAttribute("students", directory.studentsOfGuardian(principal.getName()));
        return GUARDIAN_HOME;
    }

    @GetMapping("/admin/people")
    String people(@org.springframework.web.bind.annotation.RequestParam(required = false) String find, Model model) {
        model.addAttribute("counselors", directory.counselorLoads());
        model.addAttribute("find", find);
        if (find != null && !find.isBlank()) {
            String needle = find.strip().toLowerCase();
            model.addAttribute("found", directory.students(directory.roster().stream().map(r -> r.studentId()).toList())
                    .stream().filter(s -> s.fullName().toLowerCase().contains(needle)
                            || s.studentNumber().toLowerCase().contains(needle)).limit(50).toList());
        }
        return PEOPLE;
    }

    @org.springframework.web.bind.annotation.PostMapping("/admin/people/{studentId}/counselor")
    String assign(@org.springframework.web.bind.annotation.PathVariable long studentId,
            @org.springframework.web.bind.annotation.RequestParam long counselorId,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String find,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        registry.assignCounselor(studentId, counselorId);
        redirect.addFlashAttribute("message", "assigned");
        redirect.addAttribute("find", find);
        return "redirect:/admin/people";
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("schools", directory.countSchools());
        model.addAttribute("studentCount", directory.countStudents());
        model.addAttribute("competencyCount", framework.countCompetenciesInUse());
        model.addAttribute("areas", framework.areas());
        return ADMIN_HOME;
    }
}
