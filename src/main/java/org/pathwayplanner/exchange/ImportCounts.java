package org.pathwayplanner.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import creates, updates, retires and leaves unchanged, per file (or per kind of record), in the order the
 * files were read. The same counts describe a dry run (what would change) and the import itself (what changed); a
 * second import of the same file says "0 changes".
 */
public final class ImportCounts {

    /** The counts of one file. */
    // Serializable: shown after a redirect, so it travels in the session, which is kept in the database
    public record FileCounts(String file, long created, long updated, long retired, long unchanged)
            implements java.io.Serializable {

        public long changes() {
            return created + updated + retired;
        }
    }

    private final Map<String, long[]> byFile = new LinkedHashMap<>();

    public void created(String file) {
        of(file)[0]++;
    }

    public void updated(String file) {
        of(file)[1]++;
    }

    public void retired(String file) {
        of(file)[2]++;
    }

    public void unchanged(String file) {
        of(file)[3]++;
    }

    /** Makes the file appear with zero counts (a file read that changed nothing). */
    public void read(String file) {
        of(file);
    }

    public List<FileCounts> files() {
        return byFile.entrySet().stream()
                .map(e -> new FileCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }

    /** Records created, updated or retired, in all files. */
    public long changes() {
        return files().stream().mapToLong(FileCounts::changes).sum();
    }

    /** A short English summary for the data exchange log, e.g. {@code users.csv +3 ~1 -0 =200}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        for (FileCounts f : files()) {
            if (!s.isEmpty()) {
                s.append("; ");
            }
            s.append(f.file()).append(" +").append(f.created()).append(" ~").append(f.updated())
                    .append(" -").append(f.retired()).append(" =").append(f.unchanged());
        }
        return s.toString();
    }

    private long[] of(String file) {
        return byFile.computeIfAbsent(file, f -> new long[4]);
    }
}
