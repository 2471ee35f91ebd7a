package org.pathwayplanner.exchange;

import java.util.List;

/**
 * One thing wrong with an uploaded file, where a person can find it: the file, the line (1 is the header line of a
 * CSV file; 0 when the problem is the whole file), the column (empty when the problem is the whole line), and what
 * is wrong as a message key with its arguments, so the page says it in the reader's language. For example
 * {@code users.csv line 212, column role: "techer" is not a OneRoster role}.
 */
public record ImportProblem(String file, long line, String column, String key, List<Object> args) {

    public ImportProblem {
        column = column == null ? "" : column;
        args = List.copyOf(args);
    }

    public static ImportProblem at(String file, long line, String column, String key, Object... args) {
        return new ImportProblem(file, line, column, key, List.of(args));
    }

    /** A problem with the file as a whole (missing, unreadable, a header absent). */
    public static ImportProblem ofFile(String file, String key, Object... args) {
        return new ImportProblem(file, 0, "", key, List.of(args));
    }

    /** The arguments as an array for a {@code MessageSource}. */
    public Object[] argArray() {
        return args.toArray();
    }
}
