package org.pathwayplanner.evidence.gradebook;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Gradebook evidence files for tests: a header line, then one line per score, written as a teacher's LMS would. */
final class GradebookFiles {

    static final String HEADER = "student,competency,level,date,kind,title,assessor";

    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    static GradebookFiles aFile() {
        return new GradebookFiles();
    }

    static GradebookFiles withHeader(String header) {
        GradebookFiles file = new GradebookFiles();
        file.lines.set(0, header);
        return file;
    }

    /** A title no other test uses, so that imports of different tests never describe the same work. */
    static String aTitle(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String yesterday() {
        return LocalDate.now().minusDays(1).toString();
    }

    GradebookFiles score(String student, String competency, String level, String date, String kind, String title,
            String assessor) {
        lines.add(String.join(",", student, competency, level, date, kind, quoted(title), assessor));
        return this;
    }

    GradebookFiles line(String raw) {
        lines.add(raw);
        return this;
    }

    byte[] bytes() {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
