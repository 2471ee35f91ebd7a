package org.pathwayplanner.evidence;

import java.time.LocalDate;
import java.util.List;

/** What a teacher records: the work, when it was assessed, by whom, and its scores. */
public record NewEvidence(long studentId, EvidenceKind kind, String title, LocalDate assessedOn, Long assessorId,
        String comment, String link, List<Score> scores) {

    public NewEvidence {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Evidence needs a title");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Evidence needs a kind (project, test, ...)");
        }
        if (assessedOn == null) {
            throw new IllegalArgumentException("Evidence needs the date it was assessed");
        }
        if (scores == null || scores.isEmpty()) {
            throw new IllegalArgumentException("Evidence needs at least one score");
        }
        scores = List.copyOf(scores);
    }
}
