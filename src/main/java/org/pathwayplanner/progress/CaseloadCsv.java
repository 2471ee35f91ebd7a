package org.pathwayplanner.progress;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pathwayplanner.exchange.CsvTable;
import org.pathwayplanner.progress.StaffPagesController.StudentLine;
import org.springframework.context.MessageSource;

/**
 * The caseload as the counselor sees it, as CSV for a spreadsheet: the rows shown (filtered and sorted), headers and
 * statuses in the reader's language. A cell that a spreadsheet would run as a formula (starting with =, +, -, @)
 * is written as text (OWASP's advice on CSV injection): student names are typed by people.
 */
final class CaseloadCsv {

    private static final List<String> COLUMNS = List.of("name", "studentNumber", "grade", "school", "status", "earned",
            "expected", "required", "behind", "interventions", "readyToAccelerate");

    private CaseloadCsv() {
    }

    static String of(Caseload caseload, MessageSource messages, Locale locale) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(COLUMNS.stream().map(c -> messages.getMessage("caseload.csv." + c, null, locale)).toList());
            for (StudentLine l : caseload.students()) {
                ProgressSummary s = l.summary();
                csv.printRecord(text(l.student().lastName() + ", " + l.student().firstName()),
                        text(l.student().studentNumber()), l.student().gradeLevel(), text(l.student().schoolName()),
                        s == null || s.auditStatus() == null ? ""
                                : messages.getMessage("audit.status." + s.auditStatus(), null, locale),
                        s == null ? "" : s.creditsEarned().toPlainString(),
                        s == null || s.creditsExpected() == null ? "" : s.creditsExpected().toPlainString(),
                        s == null ? "" : s.creditsRequired().toPlainString(),
                        s == null ? "" : s.creditsBehind().toPlainString(),
                        s == null ? "" : s.interventions(),
                        s == null ? "" : messages.getMessage(s.readyToAccelerate() ? "caseload.csv.yes" : "caseload.csv.no",
                                null, locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String text(String value) {
        return CsvTable.safe(value);
    }
}
