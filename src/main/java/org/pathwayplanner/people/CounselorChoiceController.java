package org.pathwayplanner.people;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.pathwayplanner.people.PeopleViews.CounselorLoad;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Choosing a student's counselor on a page of its own: the district's counselors, those of the student's school
 * first, each with the size of their caseload. The people page links here from each student it finds instead of
 * repeating every counselor in a list beside each of them. {@code /admin/**} is for administrators only.
 */
@Controller
class CounselorChoiceController {

    static final String CHOICE = "people/counselorChoice";

    private final PeopleDirectory directory;
    private final PeopleRegistry registry;

    CounselorChoiceController(PeopleDirectory directory, PeopleRegistry registry) {
        this.directory = directory;
        this.registry = registry;
    }

    @GetMapping("/admin/people/students/{studentId}/counselor")
    String choose(@PathVariable long studentId, @RequestParam(defaultValue = "") String find, Model model) {
        return page(student(studentId), find, null, false, model);
    }

    @PostMapping("/admin/people/students/{studentId}/counselor")
    String assign(@PathVariable long studentId, @RequestParam(required = false) String counselorId,
            @RequestParam(defaultValue = "") String find, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        StudentView student = student(studentId);
        List<CounselorLoad> counselors = directory.counselorLoads();
        Optional<Long> chosen = idOf(counselorId).filter(id -> counselors.stream().anyMatch(c -> c.id() == id));
        if (chosen.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(student, find, counselorId, true, model);
        }
        registry.assignCounselor(studentId, chosen.get());
        redirect.addFlashAttribute("message", "assigned");
        redirect.addAttribute("find", find);
        return "redirect:/admin/people";
    }

    private String page(StudentView student, String find, String chosen, boolean error, Model model) {
        List<CounselorLoad> counselors = directory.counselorLoads().stream()
                .sorted(Comparator.comparing((CounselorLoad c) -> !java.util.Objects.equals(c.schoolName(),
                        student.schoolName())).thenComparing(CounselorLoad::name)).toList();
        model.addAttribute("student", student);
        model.addAttribute("counselors", counselors);
        model.addAttribute("chosen", chosen != null ? chosen
                : student.counselorId() == null ? null : String.valueOf(student.counselorId()));
        model.addAttribute("find", find);
        model.addAttribute("counselorError", error);
        return CHOICE;
    }

    private StudentView student(long studentId) {
        return directory.student(studentId)
                .orElseThrow(() -> new NoSuchElementException("No student with id " + studentId));
    }

    private static Optional<Long> idOf(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
