package org.pathwayplanner.people.roster;

import java.util.List;
import org.pathwayplanner.exchange.ImportCounts.FileCounts;

/** What the roster import's pages show (public, for the templates). */
public final class RosterViews {

    private RosterViews() {
    }

    /** A dry run: per file what would change, how many problems, and the token to import it by (none: refused). */
    public record PreviewView(String fileName, boolean importable, String token, List<FileCounts> files, long changes,
            long problemCount, boolean truncated) {

        static PreviewView of(RosterImports.Preview p) {
            return new PreviewView(p.fileName(), p.importable(), p.token(), p.counts().files(), p.counts().changes(),
                    p.problems().count(), p.problems().truncated());
        }
    }

    /** An import under way or over. */
    public record JobView(String id, String fileName, String state, int percent, List<FileCounts> files,
            long changes) {

        static JobView of(RosterImports.Job job) {
            return new JobView(job.id, job.fileName, job.state.name(), job.percent(),
                    job.counts == null ? List.of() : job.counts.files(), job.counts == null ? 0 : job.counts.changes());
        }
    }

    /** A problem as the page says it: where, and what. */
    public record ProblemLine(String where, String what) {
    }

    /** A set-password link just issued. */
    public record IssuedLink(String username, java.time.Instant expires, String link) {
    }
}
