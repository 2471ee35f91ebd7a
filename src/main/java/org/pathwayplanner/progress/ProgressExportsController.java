package org.pathwayplanner.progress;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pathwayplanner.exchange.CsvTable;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.exchange.Download;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Results leaving the product as CSV, each recorded in the access log: a counselor's caseload as filtered on the page,
 * a student's graduation audit (the student's counselor, an administrator), and the district's status by school and
 * grade (administrators).
 */
@Controller
class ProgressExportsController {

    static final String AUDIT_FORMAT = "Graduation audit CSV";

    private final PeopleDirectory people;
    private final StudentProgress progress;
    private final StudentAccess access;
    private final DistrictStatusOnAdminHome districtStatus;
    private final MessageSource messages;
    private final DataExchangeLog log;
    private final Clock clock;
    private final StudentLists lists;

    ProgressExportsController(PeopleDirectory people, StudentProgress progress, StudentAccess access,
            DistrictStatusOnAdminHome districtStatus, MessageSource messages, DataExchangeLog log, Clock clock,
            StudentLists lists) {
        this.lists = lists;
        this.people = people;
        this.progress = progress;
        this.access = access;
        this.districtStatus = districtStatus;
        this.messages = messages;
        this.log = log;
        this.clock = clock;
    }

    /** The caseload rows the page shows with the same filter and order (the filter is in the address). */
    @GetMapping(value = "/counselor/caseload.csv", produces = "text/csv")
    ResponseEntity<byte[]> caseloadCsv(Principal principal, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer grade, @RequestParam(required = false) String school,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "true") boolean desc,
            @RequestParam(required = false) String find, Locale locale) {
        Caseload.Filter filter = new Caseload.Filter(status, grade, school, sort, desc, find);
        StudentLists.Scope mine = lists.caseloadOf(principal.getName());
        List<StaffPagesController.StudentLine> rows = lists.all(mine, filter);
        access.opened(new Viewer(principal.getName(), Role.COUNSELOR),
                rows.stream().map(line -> line.student().id()).toList());
        log.exported(principal.getName(), "Caseload CSV", "caseload of " + principal.getName(),
                rows.size() + " of " + lists.count(mine) + " students; filter status=" + filter.status()
                        + " grade=" + filter.grade() + " school=" + filter.school() + " find=" + filter.find());
        return Download.csv("caseload", today(), CaseloadCsv.of(rows, messages, locale));
    }

    /** The student's graduation audit: one line per credit area, then the total. */
    @GetMapping("/students/{studentId}/audit.csv")
    ResponseEntity<byte[]> audit(@PathVariable long studentId, Authentication who) {
        Viewer viewer = Viewer.of(who);
        if (viewer.role() != Role.ADMIN && viewer.role() != Role.COUNSELOR) {
            throw new AccessDeniedException("The audit export is for the student's counselor and administrators.");
        }
        access.checkMaySee(viewer, studentId);
        StudentView student = people.student(studentId).orElseThrow();
        ProgressViews.AuditView audit = progress.progressOf(studentId).audit();
        CsvTable table = CsvTable.withHeaders("studentNumber", "student", "status", "area", "areaName", "includedIn",
                "required", "earned", "outstanding", "competenciesToMaster");
        String name = student.lastName() + ", " + student.firstName();
        for (ProgressViews.AuditLineView line : audit.lines()) {
            table.row(student.studentNumber(), name, audit.status(), line.areaCode(), line.areaName(),
                    line.includedInCode(), line.required(), line.earned(), line.outstanding(),
                    String.join("; ", line.competenciesToMaster()));
        }
        table.row(student.studentNumber(), name, audit.status(), "TOTAL", null, null, audit.required(), audit.earned(),
                audit.required().subtract(audit.earned()).max(java.math.BigDecimal.ZERO),
                String.join("; ", audit.competenciesToMaster()));
        log.exported(who.getName(), AUDIT_FORMAT, "student " + student.studentNumber(), audit.status());
        return Download.csv("audit-" + student.studentNumber(), today(), table.text());
    }

    /** Every school and grade with its students counted by audit status. */
    @GetMapping("/admin/district-status.csv")
    ResponseEntity<byte[]> districtStatus(Principal principal) {
        CsvTable table = CsvTable.withHeaders("school", "grade", "MET", "ON_TRACK", "AT_RISK", "OFF_TRACK",
                "notEvaluated", "students");
        for (DistrictStatusOnAdminHome.StatusRow row : districtStatus.rows()) {
            long total = row.byStatus().values().stream().mapToLong(Long::longValue).sum();
            table.row(row.school(), row.grade(), row.count("MET"), row.count("ON_TRACK"), row.count("AT_RISK"),
                    row.count("OFF_TRACK"), row.count("NONE"), total);
        }
        log.exported(principal.getName(), "District status CSV", "district", table.size() + " school grades");
        return Download.csv("district-status", today(), table.text());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
