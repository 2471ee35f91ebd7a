package org.pathwayplanner.records;

import java.security.Principal;
import org.pathwayplanner.exchange.Download;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.records.AccessLogSearch.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who has seen my records (34 CFR 99.32(c)): a student reads the records of access of their own records, a guardian
 * those of the students linked to them, on a page or as a CSV file. Staff do not read one another's traces here;
 * administrators search the whole log on their own page.
 */
@Controller
class AccessReportController {

    static final String VIEW = "records/accessReport";

    private final AccessReports reports;
    private final PeopleDirectory people;
    private final StudentAccess access;

    AccessReportController(AccessReports reports, PeopleDirectory people, StudentAccess access) {
        this.reports = reports;
        this.people = people;
        this.access = access;
    }

    @GetMapping("/student/access-report")
    String own(Principal principal, @RequestParam(defaultValue = "0") int page, Model model) {
        StudentView student = ownRecord(principal);
        return show(student, page, "/student/access-report.csv", model);
    }

    @GetMapping("/student/access-report.csv")
    ResponseEntity<byte[]> ownCsv(Principal principal) {
        return csv(ownRecord(principal));
    }

    @GetMapping("/guardian/students/{studentId}/access-report")
    String child(@PathVariable long studentId, Principal principal, @RequestParam(defaultValue = "0") int page,
            Model model) {
        StudentView student = linkedStudent(principal, studentId);
        return show(student, page, "/guardian/students/" + studentId + "/access-report.csv", model);
    }

    @GetMapping("/guardian/students/{studentId}/access-report.csv")
    ResponseEntity<byte[]> childCsv(@PathVariable long studentId, Principal principal) {
        return csv(linkedStudent(principal, studentId));
    }

    private String show(StudentView student, int page, String csvLink, Model model) {
        model.addAttribute("student", student);
        model.addAttribute("found", reports.page(Criteria.ofStudent(student.id()), page));
        model.addAttribute("csvLink", csvLink);
        return VIEW;
    }

    private ResponseEntity<byte[]> csv(StudentView student) {
        return Download.csv("records-of-access-" + student.studentNumber(), reports.today(),
                reports.csv(Criteria.ofStudent(student.id())));
    }

    private StudentView ownRecord(Principal principal) {
        return people.studentOfAccount(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("This account is not linked to a student record"));
    }

    private StudentView linkedStudent(Principal principal, long studentId) {
        access.checkMaySee(principal.getName(), Role.GUARDIAN, studentId);
        return people.student(studentId).orElseThrow();
    }
}
