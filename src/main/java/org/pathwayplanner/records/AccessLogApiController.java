package org.pathwayplanner.records;

import java.time.LocalDate;
import java.util.List;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.records.AccessLogController.StudentKey;
import org.pathwayplanner.records.AccessLogSearch.Criteria;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The records of access for a district's own tools (administrators, HTTP Basic or an API token). */
@RestController
class AccessLogApiController {

    /** A page of lines; {@code page} counts from 0. */
    record AccessLogPage(int page, int size, long total, List<AccessReports.Shown> lines) {
    }

    private final AccessReports reports;
    private final PeopleDirectory people;

    AccessLogApiController(AccessReports reports, PeopleDirectory people) {
        this.reports = reports;
        this.people = people;
    }

    @GetMapping("/api/admin/access-log")
    AccessLogPage search(@RequestParam(required = false) String student,
            @RequestParam(required = false) String account,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page) {
        StudentKey key = StudentKey.of(student, people);
        if (key.unknown()) {
            throw new java.util.NoSuchElementException("No student has the number or username " + student + ".");
        }
        AccessReports.ShownPage shown = reports.page(new Criteria(key.id(), account, from, to), page);
        return new AccessLogPage(shown.page(), AccessLogSearch.PAGE_SIZE, shown.total(), shown.lines());
    }
}
