package org.pathwayplanner.records;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.exchange.Download;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.records.AccessLogSearch.Criteria;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the records of access: by student, by account, by days, a page at a time, or as a file. */
@Controller
class AccessLogController {

    static final String VIEW = "records/accessLog";

    private final AccessReports reports;
    private final PeopleDirectory people;
    private final DataExchangeLog exchanges;
    private final AccessLog log;

    AccessLogController(AccessReports reports, PeopleDirectory people, DataExchangeLog exchanges, AccessLog log) {
        this.reports = reports;
        this.people = people;
        this.exchanges = exchanges;
        this.log = log;
    }

    @GetMapping("/admin/access-log")
    String search(@RequestParam(required = false) String student, @RequestParam(required = false) String account,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("student", student);
        model.addAttribute("account", account);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("lost", log.lost());
        StudentKey key = StudentKey.of(student, people);
        if (key.unknown()) {
            model.addAttribute("unknownStudent", true);
            model.addAttribute("found", null);
            return VIEW;
        }
        model.addAttribute("found", reports.page(new Criteria(key.id(), account, from, to), page));
        return VIEW;
    }

    @GetMapping("/admin/access-log.csv")
    ResponseEntity<byte[]> download(@RequestParam(required = false) String student,
            @RequestParam(required = false) String account,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Principal principal) {
        StudentKey key = StudentKey.of(student, people);
        if (key.unknown()) {
            throw new java.util.NoSuchElementException("No student has the number or username " + student + ".");
        }
        Criteria criteria = new Criteria(key.id(), account, from, to);
        exchanges.exported(principal.getName(), "Records of access CSV", "records of access",
                "student=" + student + " account=" + account + " from=" + from + " to=" + to);
        return Download.csv("records-of-access", reports.today(), reports.csv(criteria));
    }

    /** A student named by number, username or roster id; nothing typed narrows nothing. */
    record StudentKey(Long id, boolean unknown) {

        static StudentKey of(String typed, PeopleDirectory people) {
            if (typed == null || typed.isBlank()) {
                return new StudentKey(null, false);
            }
            Map<String, Long> ids = people.studentIdsByKey(List.of(typed.strip()));
            Long id = ids.get(typed.strip());
            return new StudentKey(id, id == null);
        }
    }
}
