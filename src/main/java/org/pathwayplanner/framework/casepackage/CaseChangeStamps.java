package org.pathwayplanner.framework.casepackage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each exported CASE record last changed. The framework's tables keep no change times, so the export stamps a
 * record the first time it serves it with a content it has not served before: {@code lastChangeDateTime} stays the
 * same from export to export until the record itself changes (then it is the time of the first export after the
 * change, not of the edit). The address the API is served at is not part of a record's content.
 */
@Component
class CaseChangeStamps {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseChangeStamps(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sets {@code lastChangeDateTime} on every record, storing a new stamp for each new or changed content. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void stamp(Iterable<ObjectNode> records, String base) {
        Map<String, String[]> known = new HashMap<>();
        jdbc.query("select case_identifier, content_hash, changed_at from case_change_stamp", rs -> {
            known.put(rs.getString(1), new String[] {rs.getString(2),
                    rs.getTimestamp(3).toInstant().truncatedTo(ChronoUnit.SECONDS).toString()});
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Set<String> done = new HashSet<>();
        for (ObjectNode record : records) {
            String identifier = record.path("identifier").asText();
            record.remove("lastChangeDateTime");
            // where the API is served is no change of the record
            String hash = sha256(record.toString().replace(base, ""));
            String[] stamp = known.get(identifier);
            String at;
            if (stamp != null && stamp[0].equals(hash)) {
                at = stamp[1];
            } else {
                at = now.toString();
                if (done.add(identifier)) {
                    store(identifier, hash, now, stamp != null);
                }
                known.put(identifier, new String[] {hash, at});
            }
            record.put("lastChangeDateTime", at);
        }
    }

    private void store(String identifier, String hash, Instant now, boolean update) {
        try {
            if (update) {
                jdbc.update("update case_change_stamp set content_hash = ?, changed_at = ? where case_identifier = ?",
                        hash, Timestamp.from(now), identifier);
            } else {
                jdbc.update("insert into case_change_stamp (case_identifier, content_hash, changed_at) values (?, ?, ?)",
                        identifier, hash, Timestamp.from(now));
            }
        } catch (DataAccessException concurrentExport) {
            // another export stamped the same record a moment ago: this answer still carries a correct time
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
