package org.pathwayplanner.evidence.gradebook;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a gradebook evidence file, found by header name (any order, any case; a few names other gradebooks
 * use are accepted too). Columns with other names are ignored.
 */
enum GradebookColumn {
    STUDENT("student", true, "studentSourcedId", "studentId", "username", "studentNumber"),
    COMPETENCY("competency", true, "objective", "learningObjective", "learningObjectiveId", "caseIdentifier"),
    LEVEL("level", true, "score"),
    DATE("date", true, "assessedOn", "scoreDate"),
    KIND("kind", true, "type"),
    TITLE("title", true),
    ASSESSOR("assessor", false, "assessorSourcedId", "teacher", "scorerSourcedId"),
    COMMENT("comment", false);

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    GradebookColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The name the documentation gives the column, and problems use. */
    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    static Optional<GradebookColumn> named(String header) {
        String name = normalised(header);
        for (GradebookColumn column : values()) {
            if (normalised(column.header).equals(name)
                    || column.aliases.stream().anyMatch(a -> normalised(a).equals(name))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String normalised(String header) {
        return header.strip().replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
