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

    private final PeopleDirectory directory;
    private final FrameworkCatalog framework;

    PeoplePagesController(PeopleDirectory directory, FrameworkCatalog framework) {
        this.directory = directory;
        this.framework = framework;
    }

    @GetMapping("/guardian")
    String guardian(Principal principal, Model model) {
        model.addAttribute("students", directory.studentsOfGuardian(principal.getName()));
        return GUARDIAN_HOME;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("schools", directory.countSchools());
        model.addAttribute("studentCount", directory.countStudents());
        model.addAttribute("competencyCount", framework.countCompetencies());
        model.addAttribute("areas", framework.areas());
        return ADMIN_HOME;
    }
}
