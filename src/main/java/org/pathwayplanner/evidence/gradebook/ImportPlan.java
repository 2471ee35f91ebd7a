package org.pathwayplanner.evidence.gradebook;

import java.util.List;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.exchange.ImportCounts;
import org.pathwayplanner.exchange.ImportProblems;

/**
 * What a gradebook file would do: the evidence records its rows describe, each to be created, to correct the record
 * an earlier import made of the same work, or already there; and every problem found. Only a plan without problems
 * is imported.
 */
public record ImportPlan(String fileName, String sha256, long rowsRead, List<Planned> records, ImportProblems problems) {

    static final String FILE = "evidence";

    public enum Change { CREATE, UPDATE, UNCHANGED }

    /**
     * One evidence record: the rows of one student, kind, title, date and assessor (from {@code firstLine} on), its
     * key, and the record it corrects when the gradebook scored the same work differently since.
     */
    public record Planned(String sourceKey, NewEvidence evidence, Change change, Long replaces, long firstLine) {
    }

    public boolean acceptable() {
        return problems.isEmpty();
    }

    public ImportCounts counts() {
        ImportCounts counts = new ImportCounts();
        counts.read(FILE);
        for (Planned p : records) {
            switch (p.change()) {
                case CREATE -> counts.created(FILE);
                case UPDATE -> counts.updated(FILE);
                case UNCHANGED -> counts.unchanged(FILE);
            }
        }
        return counts;
    }
}
