package org.pathwayplanner.evidence.gradebook;

import java.util.List;
import java.util.Optional;
import org.pathwayplanner.exchange.DataExchange.Direction;
import org.pathwayplanner.exchange.DataExchange.Outcome;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.springframework.stereotype.Service;

/**
 * Gradebook evidence in: a dry run of an uploaded file, the import of exactly the file that was previewed, and the
 * undo of an import. Each is recorded in the access log, refusals and failures included.
 */
@Service
class EvidenceImports {

    static final String FORMAT = "Gradebook evidence CSV";

    /** A dry run: the plan, and the token to import it with when it has no problems. */
    record Preview(ImportPlan plan, String token) {
    }

    /** An import: done (with the import's id, none when nothing changed), or refused with the file's problems. */
    record Imported(ImportPlan plan, Optional<Long> importId, boolean expired) {

        boolean done() {
            return !expired && plan != null && plan.acceptable();
        }
    }

    private final GradebookReader reader;
    private final ImportWriter writer;
    private final PendingUploads pending;
    private final ImportedRecords records;
    private final DataExchangeLog log;

    EvidenceImports(GradebookReader reader, ImportWriter writer, PendingUploads pending, ImportedRecords records,
            DataExchangeLog log) {
        this.reader = reader;
        this.writer = writer;
        this.pending = pending;
        this.records = records;
        this.log = log;
    }

    Preview dryRun(String fileName, byte[] content, String actor) {
        ImportPlan plan = reader.read(fileName, content);
        if (!plan.acceptable()) {
            log.record(actor, Direction.DRY_RUN, FORMAT, fileName, Outcome.REFUSED, problemsSummary(plan));
            return new Preview(plan, null);
        }
        log.record(actor, Direction.DRY_RUN, FORMAT, fileName, Outcome.DONE, plan.counts().summary());
        return new Preview(plan, pending.keep(fileName, content, plan.sha256(), actor));
    }

    /** Imports the file kept for the token, read again: the district may have changed since the dry run. */
    Imported importPreviewed(String token, String sha256, String actor) {
        Optional<PendingUploads.Upload> upload = pending.take(token, sha256, actor);
        if (upload.isEmpty()) {
            log.record(actor, Direction.IMPORT, FORMAT, "(expired dry run)", Outcome.REFUSED,
                    "No file previewed with this token and digest by this administrator in the last hour");
            return new Imported(null, Optional.empty(), true);
        }
        ImportPlan plan = reader.read(upload.get().fileName(), upload.get().content());
        if (!plan.acceptable()) {
            log.record(actor, Direction.IMPORT, FORMAT, plan.fileName(), Outcome.REFUSED, problemsSummary(plan));
            return new Imported(plan, Optional.empty(), false);
        }
        try {
            Optional<Long> id = writer.write(plan, actor);
            log.record(actor, Direction.IMPORT, FORMAT, plan.fileName(), Outcome.DONE,
                    id.map(i -> "import " + i + ": ").orElse("") + plan.counts().summary() + " sha256 " + plan.sha256());
            return new Imported(plan, id, false);
        } catch (RuntimeException failed) {
            log.record(actor, Direction.IMPORT, FORMAT, plan.fileName(), Outcome.FAILED,
                    "Nothing imported: " + failed.getMessage());
            throw failed;
        }
    }

    ImportWriter.Undone undo(long importId, String actor) {
        try {
            ImportWriter.Undone undone = writer.undo(importId, actor);
            log.record(actor, Direction.IMPORT, FORMAT + " (undo)", "import " + importId, Outcome.DONE,
                    "withdrawn " + undone.withdrawn() + ", restored " + undone.restored());
            return undone;
        } catch (RuntimeException refused) {
            log.record(actor, Direction.IMPORT, FORMAT + " (undo)", "import " + importId, Outcome.REFUSED,
                    String.valueOf(refused.getMessage()));
            throw refused;
        }
    }

    List<ImportedRecords.EvidenceImport> newest() {
        return records.newest(50);
    }

    private static String problemsSummary(ImportPlan plan) {
        return plan.problems().count() + " problem(s), first: " + plan.problems().list().stream().findFirst()
                .map(p -> "line " + p.line() + " " + p.column() + " " + p.key() + " " + p.args()).orElse("");
    }
}
