package org.pathwayplanner.transcript.release;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking for a transcript to be sent to a named recipient, and reading what was sent to whom (the disclosures): the
 * student for themselves, a guardian for a linked student.
 */
@Controller
class RequestPagesController {

    static final String PAGE = "transcript/release/requests";

    private final TranscriptReleases releases;
    private final PeopleDirectory people;
    private final StudentAccess access;

    RequestPagesController(TranscriptReleases releases, PeopleDirectory people, StudentAccess access) {
        this.releases = releases;
        this.people = people;
        this.access = access;
    }

    @InitBinder
    void onlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("recipientName", "organisation", "email", "purpose", "note");
    }

    @GetMapping("/student/transcript-releases")
    String mine(Authentication who, Model model) {
        return page(Viewer.of(who), ownStudent(who), "/student/transcript-releases", ReleaseRequest.empty(), model);
    }

    @PostMapping("/student/transcript-releases")
    String ask(@ModelAttribute("form") ReleaseRequest form, Authentication who, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return ask(Viewer.of(who), ownStudent(who), "/student/transcript-releases", form, locale, model, response,
                redirect);
    }

    @GetMapping("/guardian/students/{studentId}/transcript-releases")
    String child(@PathVariable long studentId, Authentication who, Model model) {
        return page(Viewer.of(who), linked(who, studentId), "/guardian/students/" + studentId
                + "/transcript-releases", ReleaseRequest.empty(), model);
    }

    @PostMapping("/guardian/students/{studentId}/transcript-releases")
    String askForChild(@PathVariable long studentId, @ModelAttribute("form") ReleaseRequest form, Authentication who,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return ask(Viewer.of(who), linked(who, studentId), "/guardian/students/" + studentId + "/transcript-releases",
                form, locale, model, response, redirect);
    }

    private String ask(Viewer viewer, StudentView student, String self, ReleaseRequest form, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            releases.request(viewer, student.id(), form, locale);
        } catch (ReleaseRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", refused.problems());
            return page(viewer, student, self, form, model);
        }
        redirect.addFlashAttribute("requested", true);
        return "redirect:" + self;
    }

    private String page(Viewer viewer, StudentView student, String self, ReleaseRequest form, Model model) {
        model.addAttribute("student", student);
        model.addAttribute("releases", releases.ofStudent(viewer, student.id()));
        model.addAttribute("self", self);
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return PAGE;
    }

    private StudentView ownStudent(Authentication who) {
        return people.studentOfAccount(who.getName())
                .orElseThrow(() -> new AccessDeniedException("This account is not linked to a student record"));
    }

    private StudentView linked(Authentication who, long studentId) {
        access.checkMaySee(Viewer.of(who), studentId);
        return people.student(studentId).orElseThrow();
    }
}
