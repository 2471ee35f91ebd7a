package org.pathwayplanner.evidence.gradebook;

import java.time.Clock;
import org.pathwayplanner.evidence.EvidenceRecorder;
import org.pathwayplanner.evidence.gradebook.ImportPlan.Planned;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an import, and undoes one, each in one transaction: a failure anywhere leaves the database as it was. The
 * evidence goes through {@link EvidenceRecorder}, which checks it again and publishes what recording evidence
 * publishes, so the students' results are recomputed before the transaction commits.
 */
@Component
public class ImportWriter {

    /** What an undo did: records withdrawn, earlier versions restored, records left because corrected since. */
    // Serializable: shown after a redirect, so it travels in the session, which is kept in the database
    public record Undone(long withdrawn, long restored) implements java.io.Serializable {
    }

    private final EvidenceRecorder recorder;
    private final ImportedRecords imports;
    private final Clock clock;

    ImportWriter(EvidenceRecorder recorder, ImportedRecords imports, Clock clock) {
        this.recorder = recorder;
        this.imports = imports;
        this.clock = clock;
    }

    /** Writes an acceptable plan; the import's id, or none when the plan changes nothing. */
    @Transactional
    public java.util.Optional<Long> write(ImportPlan plan, String actor) {
        if (!plan.acceptable()) {
            throw new IllegalArgumentException("A gradebook file with problems is not imported");
        }
        var counts = plan.counts().files().get(0);
        if (counts.changes() == 0) {
            return java.util.Optional.empty();
        }
        long importId = imports.insert(plan.fileName(), plan.sha256(), clock.instant(), actor, plan.rowsRead(),
                counts.created(), counts.updated(), counts.unchanged());
        for (Planned record : plan.records()) {
            switch (record.change()) {
                case CREATE -> recorder.recordImported(record.evidence(), importId, record.sourceKey());
                case UPDATE -> recorder.correctImported(record.replaces(), record.evidence(), importId,
                        record.sourceKey());
                case UNCHANGED -> { }
            }
        }
        return java.util.Optional.of(importId);
    }

    /**
     * Undoes an import: each record it made that still counts is withdrawn, or, when it had corrected an earlier
     * record, that earlier version is recorded again. Records corrected since (by a teacher, or by a later import) are
     * left as they are. Nothing is deleted.
     *
     * @throws java.util.NoSuchElementException when there is no such import
     * @throws IllegalStateException when it was undone already
     */
    @Transactional
    public Undone undo(long importId, String actor) {
        imports.find(importId).orElseThrow(() -> new java.util.NoSuchElementException("No evidence import " + importId));
        if (!imports.markUndone(importId, clock.instant(), actor)) {
            throw new IllegalStateException("Evidence import " + importId + " was undone already");
        }
        long withdrawn = 0;
        long restored = 0;
        String reason = "Import " + importId + " undone by " + actor;
        for (ImportedRecords.Standing record : imports.standingRecordsOf(importId)) {
            if (record.correctedEarlierRecord()) {
                recorder.restorePrevious(record.evidenceId(), reason);
                restored++;
            } else {
                recorder.withdraw(record.evidenceId(), reason);
                withdrawn++;
            }
        }
        return new Undone(withdrawn, restored);
    }
}
