package org.pathwayplanner.framework.casepackage;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded packages between their upload and their import, kept in the database (any instance of the application can
 * carry on the administrator's next step) for a day at most, each visible only to the administrator who uploaded it.
 */
@Repository
@Transactional
class CaseImportPreviews {

    static final Duration KEPT = Duration.ofDays(1);

    /** One upload: the file, and once dry-run, the mapping it ran with, its hash and the counts it showed. */
    record Preview(String token, String actor, String fileName, byte[] bytes, ItemTypeMapping mapping, String hash,
            String summary) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseImportPreviews(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String keep(String actor, String fileName, byte[] bytes) {
        jdbc.update("delete from case_import_preview where created_at < ?",
                Timestamp.from(clock.instant().minus(KEPT)));
        String token = UUID.randomUUID().toString();
        jdbc.update("insert into case_import_preview (token, actor, file_name, created_at, package_json)"
                        + " values (?, ?, ?, ?, ?)", token, actor, fileName, Timestamp.from(clock.instant()),
                new String(bytes, StandardCharsets.UTF_8));
        return token;
    }

    Optional<Preview> find(String token, String actor) {
        List<Preview> found = jdbc.query("select token, actor, file_name, package_json, mapping, content_hash, summary"
                        + " from case_import_preview where token = ? and actor = ? and created_at >= ?",
                (rs, row) -> new Preview(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).getBytes(StandardCharsets.UTF_8),
                        rs.getString(5) == null ? null : ItemTypeMapping.parse(rs.getString(5)), rs.getString(6),
                        rs.getString(7)),
                token, actor, Timestamp.from(clock.instant().minus(KEPT)));
        return found.stream().findFirst();
    }

    void previewed(String token, ItemTypeMapping mapping, String hash, String summary) {
        jdbc.update("update case_import_preview set mapping = ?, content_hash = ?, summary = ? where token = ?",
                mapping.text(), hash, summary, token);
    }

    void forget(String token) {
        jdbc.update("delete from case_import_preview where token = ?", token);
    }
}
