package org.pathwayplanner.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading an upload. Reading goes on after a problem, so the administrator sees them all at
 * once, but only the first {@link #KEPT} are kept (a file with the wrong columns would otherwise give one problem per
 * line); {@link #count()} still says how many there were.
 */
public final class ImportProblems {

    public static final int KEPT = 500;

    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;

    public void add(ImportProblem problem) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
    }

    public void at(String file, long line, String column, String key, Object... args) {
        add(ImportProblem.at(file, line, column, key, args));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public long count() {
        return count;
    }

    /** The problems kept, in the order found. */
    public List<ImportProblem> list() {
        return List.copyOf(kept);
    }

    /** More problems were found than kept. */
    public boolean truncated() {
        return count > kept.size();
    }
}
