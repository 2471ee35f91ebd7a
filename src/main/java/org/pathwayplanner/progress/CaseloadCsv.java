package org.pathwayplanner.progress;

import java.util.List;
import java.util.Locale;
import org.pathwayplanner.exchange.CsvTable;
import org.pathwayplanner.progress.StaffPagesController.StudentLine;
import org.springframework.context.MessageSource;

/**
 * The caseload as the counselor sees it, as CSV for a spreadsheet: the rows shown (filtered and sorted), headers and
 * statuses in the reader's language, written by {@link CsvTable} (a cell a spreadsheet would run as a formula is
 * written as text: student names are typed by people).
 */
final class CaseloadCsv {

    private static final List<String> COLUMNS = List.of("name", "studentNumber", "grade", "school", "status", "earned",
            "expected", "required", "behind", "interventions", "readyToAccelerate");

    private CaseloadCsv() {
    }

    static String of(List<StudentLine> rows, MessageSource messages, Locale locale) {
        CsvTable table = CsvTable.withHeaders(
                COLUMNS.stream().map(c -> messages.getMessage("caseload.csv." + c, null, locale)).toList());
        for (StudentLine l : rows) {
            ProgressSummary s = l.summary();
            table.row(l.student().lastName() + ", " + l.student().firstName(), l.student().studentNumber(),
                    l.student().gradeLevel(), l.student().schoolName(),
                    s == null || s.auditStatus() == null ? null
                            : messages.getMessage("audit.status." + s.auditStatus(), null, locale),
                    s == null ? null : s.creditsEarned(),
                    s == null ? null : s.creditsExpected(),
                    s == null ? null : s.creditsRequired(),
                    s == null ? null : s.creditsBehind(),
                    s == null ? null : s.interventions(),
                    s == null ? null : messages.getMessage(s.readyToAccelerate() ? "caseload.csv.yes" : "caseload.csv.no",
                            null, locale));
        }
        return table.text();
    }

    static String text(String value) {
        return CsvTable.safe(value);
    }
}
