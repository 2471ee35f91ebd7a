package org.pathwayplanner.transcript.release;

import java.time.Instant;
import java.util.List;

/** What the release pages show. */
public final class ReleaseViews {

    private ReleaseViews() {
    }

    /** A release request and, once decided, its disclosure: to whom, why, what, who released it, the downloads. */
    public record ReleaseView(long id, long studentId, String studentName, String requestedBy,
            String requestedByRole, Instant requestedAt, String recipientName, String organisation, String email,
            String purpose, String note, ReleaseStatus status, String decidedBy, Instant decidedAt,
            String declineReason, Instant linkExpiresAt, Integer maxDownloads, Instant revokedAt, String mailState,
            List<DocumentView> documents, List<Instant> downloads) {

        public boolean released() {
            return status == ReleaseStatus.RELEASED;
        }

        public boolean linkLive(Instant now) {
            return released() && revokedAt == null && (linkExpiresAt == null || linkExpiresAt.isAfter(now));
        }
    }

    /** A released document: its kind, file, size and how many times the recipient downloaded it. */
    public record DocumentView(long id, DocumentKind kind, String mediaType, String fileName, int size,
            int downloads) {
    }

    /** What the recipient's page shows: who sent what to whom, and the documents with the downloads left. */
    public record RecipientView(String recipientName, String organisation, String studentName, String district,
            Instant releasedAt, Instant expiresAt, String purpose, List<DocumentView> documents, int maxDownloads) {

        public int left(DocumentView d) {
            return Math.max(0, maxDownloads - d.downloads());
        }
    }
}
