package org.pathwayplanner.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.exchange.Download;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.SectionView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.RosterKeys;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Evidence leaving the product, each export recorded in the access log: a class's scores (its teacher, an
 * administrator) as CSV or as OneRoster 1.2 gradebook results, and a student's scores (an administrator, the
 * student's counselor, a teacher of the student in their subjects).
 */
@Controller
class EvidenceExportsController {

    private final EvidenceExports exports;
    private final PeopleDirectory people;
    private final RosterKeys keys;
    private final StudentAccess access;
    private final FrameworkCatalog framework;
    private final DataExchangeLog log;
    private final Clock clock;

    EvidenceExportsController(EvidenceExports exports, PeopleDirectory people, RosterKeys keys, StudentAccess access,
            FrameworkCatalog framework, DataExchangeLog log, Clock clock) {
        this.exports = exports;
        this.people = people;
        this.keys = keys;
        this.access = access;
        this.framework = framework;
        this.log = log;
        this.clock = clock;
    }

    @GetMapping("/sections/{sectionId}/evidence.csv")
    ResponseEntity<byte[]> classEvidence(@PathVariable long sectionId, Authentication who) {
        SectionView section = exportableSection(who, sectionId);
        List<EvidenceExports.Line> lines = exports.ofClass(section);
        access.opened(Viewer.of(who), lines.stream().map(l -> l.student().id()).distinct().toList());
        var table = exports.table(lines);
        log.exported(who.getName(), "Evidence CSV", "class " + section.code(), table.size() + " scores");
        return Download.csv("evidence-" + section.code(), today(), table.text());
    }

    @GetMapping("/sections/{sectionId}/oneroster-results.zip")
    ResponseEntity<byte[]> oneRosterResults(@PathVariable long sectionId, Authentication who) {
        SectionView section = exportableSection(who, sectionId);
        List<EvidenceExports.Line> lines = exports.ofClass(section);
        List<String> sectionKeys = keys.sectionKeys(sectionId);
        access.opened(Viewer.of(who), people.studentsOfSection(sectionId).stream().map(StudentView::id).toList());
        byte[] zip = OneRosterResults.zip(lines,
                new OneRosterResults.ClassKeys(sectionKeys.get(0), sectionKeys.get(1), sectionKeys.get(2)),
                keys.studentKeys(people.studentsOfSection(sectionId).stream().map(StudentView::id).toList()),
                framework.scale(), clock.instant());
        log.exported(who.getName(), "OneRoster 1.2 results", "class " + section.code(), lines.size() + " scores");
        return Download.zip("oneroster-results-" + section.code(), today(), zip);
    }

    @GetMapping("/students/{studentId}/evidence.csv")
    ResponseEntity<byte[]> studentEvidence(@PathVariable long studentId, Authentication who) {
        Viewer viewer = Viewer.of(who);
        if (viewer.role() == Role.STUDENT || viewer.role() == Role.GUARDIAN) {
            throw new AccessDeniedException("Evidence exports are for the staff who work with the student.");
        }
        access.checkMaySee(viewer, studentId);
        StudentView student = people.student(studentId).orElseThrow();
        var table = exports.table(exports.ofStudent(studentId, viewer));
        log.exported(who.getName(), "Evidence CSV", "student " + student.studentNumber(), table.size() + " scores");
        return Download.csv("evidence-" + EvidenceExports.studentKey(student), today(), table.text());
    }

    /** The class, when the caller is its teacher or an administrator. */
    private SectionView exportableSection(Authentication who, long sectionId) {
        Viewer viewer = Viewer.of(who);
        if (viewer.role() == Role.ADMIN) {
            return keys.section(sectionId)
                    .orElseThrow(() -> new java.util.NoSuchElementException("No class section " + sectionId));
        }
        if (viewer.role() == Role.TEACHER) {
            return people.sectionOfTeacher(viewer.username(), sectionId)
                    .orElseThrow(() -> new AccessDeniedException("Only the class's teacher exports its evidence."));
        }
        throw new AccessDeniedException("Class exports are for the class's teacher and administrators.");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
