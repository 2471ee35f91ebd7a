package org.pathwayplanner.transcript.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The release requests, their documents as released and the recipient's downloads. */
@Repository
class ReleaseRecords {

    /** A release as stored. */
    record Row(long id, long studentId, String requestedBy, String requestedByRole, Instant requestedAt,
            String recipientName, String organisation, String email, String purpose, String note, String language,
            ReleaseStatus status, String processInstanceId, String decidedBy, Instant decidedAt,
            String declineReason, Instant linkExpiresAt, Integer maxDownloads, Instant revokedAt, String revokedBy,
            String mailState, Instant mailSentAt, String mailError) {
    }

    /** A released document without its bytes. */
    record DocumentLine(long id, DocumentKind kind, String mediaType, String fileName, int size) {
    }

    record Download(long documentId, Instant at) {
    }

    private static final String COLUMNS = "id, student_id, requested_by, requested_by_role, requested_at,"
            + " recipient_name, recipient_organisation, recipient_email, purpose, note, language, status,"
            + " process_instance_id, decided_by, decided_at, decline_reason, link_expires_at, link_max_downloads,"
            + " link_revoked_at, link_revoked_by, mail_state, mail_sent_at, mail_error";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ReleaseRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    long insert(long studentId, String requestedBy, String role, Instant at, ReleaseRequest r, String language) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        named.update("insert into transcript_release (student_id, requested_by, requested_by_role, requested_at,"
                + " recipient_name, recipient_organisation, recipient_email, purpose, note, language, status) values"
                + " (:student, :by, :role, :at, :name, :org, :email, :purpose, :note, :language, 'REQUESTED')",
                new MapSqlParameterSource().addValue("student", studentId).addValue("by", requestedBy)
                        .addValue("role", role).addValue("at", Timestamp.from(at))
                        .addValue("name", r.recipientName()).addValue("org", r.organisation())
                        .addValue("email", r.email()).addValue("purpose", r.purpose()).addValue("note", r.note())
                        .addValue("language", language),
                key, new String[] {"id"});
        return key.getKey().longValue();
    }

    void startedProcess(long id, String processInstanceId) {
        jdbc.update("update transcript_release set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    Optional<Row> find(long id) {
        return jdbc.query("select " + COLUMNS + " from transcript_release where id = ?", ReleaseRecords::row, id)
                .stream().findFirst();
    }

    Optional<Row> byTokenHash(String hash) {
        return jdbc.query("select " + COLUMNS + " from transcript_release where link_token_hash = ?",
                ReleaseRecords::row, hash).stream().findFirst();
    }

    /** The releases of these students, newest first. */
    List<Row> ofStudents(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return named.query("select " + COLUMNS + " from transcript_release where student_id in (:ids)"
                + " order by requested_at desc, id desc", new MapSqlParameterSource("ids", studentIds),
                ReleaseRecords::row);
    }

    /** Every release, newest first, at most {@code limit}. */
    List<Row> newest(int limit) {
        return jdbc.query("select " + COLUMNS + " from transcript_release order by requested_at desc, id desc"
                + " fetch first " + limit + " rows only", ReleaseRecords::row);
    }

    List<Row> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return named.query("select " + COLUMNS + " from transcript_release where id in (:ids) order by requested_at",
                new MapSqlParameterSource("ids", ids), ReleaseRecords::row);
    }

    /** Marks the request released and its e-mail to send; false when it was not waiting. */
    boolean released(long id, String by, Instant at, int maxDownloads) {
        return jdbc.update("update transcript_release set status = 'RELEASED', decided_by = ?, decided_at = ?,"
                + " link_max_downloads = ?, mail_state = 'PENDING' where id = ? and status = 'REQUESTED'", by,
                Timestamp.from(at), maxDownloads, id) == 1;
    }

    boolean declined(long id, String by, Instant at, String reason) {
        return jdbc.update("update transcript_release set status = 'DECLINED', decided_by = ?, decided_at = ?,"
                + " decline_reason = ? where id = ? and status = 'REQUESTED'", by, Timestamp.from(at), reason, id) == 1;
    }

    void addDocument(long releaseId, ReleasedDocument d) {
        jdbc.update("insert into transcript_release_document (release_id, kind, media_type, file_name, content)"
                + " values (?, ?, ?, ?, ?)", releaseId, d.kind().name(), d.mediaType(), d.fileName(), d.content());
    }

    /** The documents of these releases without their bytes, by release: one query for a page of releases. */
    Map<Long, List<DocumentLine>> documentsOf(Collection<Long> releaseIds) {
        Map<Long, List<DocumentLine>> byRelease = new HashMap<>();
        if (!releaseIds.isEmpty()) {
            named.query("select release_id, id, kind, media_type, file_name, octet_length(content) from"
                    + " transcript_release_document where release_id in (:ids) order by id",
                    new MapSqlParameterSource("ids", releaseIds), (RowCallbackHandler) rs -> byRelease
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new DocumentLine(rs.getLong(2),
                                    DocumentKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                                    rs.getInt(6))));
        }
        return byRelease;
    }

    /** The downloads of these releases, by release, oldest first. */
    Map<Long, List<Download>> downloadsOf(Collection<Long> releaseIds) {
        Map<Long, List<Download>> byRelease = new HashMap<>();
        if (!releaseIds.isEmpty()) {
            named.query("select release_id, document_id, downloaded_at from transcript_release_download"
                    + " where release_id in (:ids) order by downloaded_at, id",
                    new MapSqlParameterSource("ids", releaseIds), (RowCallbackHandler) rs -> byRelease
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Download(rs.getLong(2), rs.getTimestamp(3).toInstant())));
        }
        return byRelease;
    }

    List<DocumentLine> documents(long releaseId) {
        return jdbc.query("select id, kind, media_type, file_name, octet_length(content) from"
                + " transcript_release_document where release_id = ? order by id", (rs, i) -> new DocumentLine(
                rs.getLong(1), DocumentKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getInt(5)), releaseId);
    }

    Optional<ReleasedDocument> document(long releaseId, long documentId) {
        return jdbc.query("select kind, media_type, file_name, content from transcript_release_document"
                + " where release_id = ? and id = ?", (rs, i) -> new ReleasedDocument(
                DocumentKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getBytes(4)),
                releaseId, documentId).stream().findFirst();
    }

    List<Download> downloads(long releaseId) {
        return jdbc.query("select document_id, downloaded_at from transcript_release_download where release_id = ?"
                + " order by downloaded_at, id", (rs, i) -> new Download(rs.getLong(1),
                rs.getTimestamp(2).toInstant()), releaseId);
    }

    /**
     * Records a download if the document has downloads left; one conditional insert, so two at once cannot both take
     * the last one.
     */
    boolean recordDownload(long releaseId, long documentId, int max, Instant at) {
        return jdbc.update("insert into transcript_release_download (release_id, document_id, downloaded_at)"
                + " select ?, ?, ? from transcript_release_document d where d.id = ? and d.release_id = ?"
                + " and (select count(*) from transcript_release_download w where w.document_id = ?) < ?",
                releaseId, documentId, Timestamp.from(at), documentId, releaseId, documentId, max) == 1;
    }

    boolean revoke(long id, String by, Instant at) {
        return jdbc.update("update transcript_release set link_revoked_at = ?, link_revoked_by = ?"
                + " where id = ? and status = 'RELEASED' and link_revoked_at is null", Timestamp.from(at), by, id) == 1;
    }

    /** A new e-mail (and so a new link, the old one dead) for a release whose link is not revoked. */
    boolean sendAgain(long id) {
        return jdbc.update("update transcript_release set mail_state = 'PENDING', link_token_hash = null,"
                + " mail_error = null where id = ? and status = 'RELEASED' and link_revoked_at is null"
                + " and mail_state <> 'SENDING'", id) == 1;
    }

    List<Row> mailDue(int limit) {
        return jdbc.query("select " + COLUMNS + " from transcript_release where mail_state = 'PENDING' order by id"
                + " fetch first " + limit + " rows only", ReleaseRecords::row);
    }

    /** Only the instance whose update took the e-mail sends it. */
    boolean claimMail(long id) {
        return jdbc.update("update transcript_release set mail_state = 'SENDING' where id = ?"
                + " and mail_state = 'PENDING'", id) == 1;
    }

    void linkIssued(long id, String tokenHash, Instant expires) {
        jdbc.update("update transcript_release set link_token_hash = ?, link_expires_at = ? where id = ?",
                tokenHash, Timestamp.from(expires), id);
    }

    void mailSent(long id, Instant at) {
        jdbc.update("update transcript_release set mail_state = 'SENT', mail_sent_at = ?, mail_error = null"
                + " where id = ?", Timestamp.from(at), id);
    }

    void mailFailed(long id, String error) {
        jdbc.update("update transcript_release set mail_state = 'FAILED', link_token_hash = null, mail_error = ?"
                + " where id = ?", error == null ? "?" : error.substring(0, Math.min(500, error.length())), id);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), ReleaseStatus.valueOf(rs.getString(12)), rs.getString(13), rs.getString(14),
                instant(rs, 15), rs.getString(16), instant(rs, 17), (Integer) rs.getObject(18), instant(rs, 19),
                rs.getString(20), rs.getString(21), instant(rs, 22), rs.getString(23));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
