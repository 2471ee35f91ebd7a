package org.pathwayplanner.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathwayplanner.exchange.CsvTable;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.records.AccessLogSearch.Criteria;
import org.pathwayplanner.records.AccessLogSearch.Found;
import org.springframework.stereotype.Service;

/**
 * The records of access as people read them: each line with the name of the account that opened the records and of
 * the student, the time in the district's zone; as a page or as a CSV file (the report a student or guardian asks
 * for under 34 CFR 99.32(c), or an administrator's search).
 */
@Service
class AccessReports {

    /** How many lines a CSV file carries at most: years of a student's records, a long search of the district. */
    static final int CSV_LINES = 10_000;

    /** One line as shown. {@code student} and {@code who} are names when the people feature still knows them. */
    record Shown(LocalDateTime at, long studentId, String student, String username, String who, String role,
            String action, String httpMethod, String route, Integer status) {
    }

    /** A page of shown lines and where it is in the whole. */
    record ShownPage(List<Shown> lines, int page, long pages, long total, boolean hasPrevious, boolean hasNext) {
    }

    private final AccessLogSearch search;
    private final PeopleDirectory people;
    private final Clock clock;

    AccessReports(AccessLogSearch search, PeopleDirectory people, Clock clock) {
        this.search = search;
        this.people = people;
        this.clock = clock;
    }

    ShownPage page(Criteria criteria, int page) {
        Found found = search.find(criteria, page, AccessLogSearch.PAGE_SIZE);
        return new ShownPage(shown(found), found.page(), found.pages(), found.total(), found.hasPrevious(),
                found.hasNext());
    }

    String csv(Criteria criteria) {
        CsvTable table = CsvTable.withHeaders("at", "studentId", "studentNumber", "student", "username", "name", "role",
                "action", "method", "route", "status");
        Map<Long, StudentView> students = new HashMap<>();
        for (Shown s : shown(search.find(criteria, 0, CSV_LINES))) {
            StudentView student = students.computeIfAbsent(s.studentId(), id -> people.student(id).orElse(null));
            table.row(s.at(), s.studentId(), student == null ? null : student.studentNumber(), s.student(),
                    s.username(), s.who(), s.role(), s.action(), s.httpMethod(), s.route(), s.status());
        }
        return table.text();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<Shown> shown(Found found) {
        Set<String> usernames = found.lines().stream().map(AccessLogSearch.Line::username).collect(Collectors.toSet());
        Map<String, String> names = usernames.isEmpty() ? Map.of() : people.displayNames(usernames);
        List<Long> studentIds = found.lines().stream().map(AccessLogSearch.Line::studentId).distinct().toList();
        Map<Long, String> studentNames = people.students(studentIds).stream()
                .collect(Collectors.toMap(StudentView::id, StudentView::fullName));
        return found.lines().stream()
                .map(l -> new Shown(LocalDateTime.ofInstant(l.at(), clock.getZone()), l.studentId(),
                        studentNames.get(l.studentId()), l.username(), names.get(l.username()), l.role(), l.action(),
                        l.httpMethod(), l.route(), l.status()))
                .toList();
    }
}
