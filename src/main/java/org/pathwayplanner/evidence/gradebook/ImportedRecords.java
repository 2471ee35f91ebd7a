package org.pathwayplanner.evidence.gradebook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pathwayplanner.evidence.Score;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The imports of gradebook evidence and the evidence they left, as the tables hold them. */
@Repository
public class ImportedRecords {

    /** The evidence record that currently stands for a key (not superseded), with its scores as a signature. */
    record Current(long evidenceId, String scores) {
    }

    /** One import as the page lists it. */
    public record EvidenceImport(long id, String fileName, String sha256, Instant importedAt, String importedBy, long rowsRead,
            long created, long updated, long unchanged, Instant undoneAt, String undoneBy) {

        public boolean undone() {
            return undoneAt != null;
        }
    }

    /** A record an import made that still counts: withdrawn on undo, or its previous version restored. */
    record Standing(long evidenceId, boolean correctedEarlierRecord) {
    }

    private final JdbcTemplate jdbc;

    ImportedRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Scores in a canonical order: two records with the same scores have the same signature. */
    static String signature(Collection<Score> scores) {
        TreeMap<String, Integer> sorted = new TreeMap<>();
        scores.forEach(s -> sorted.put(s.key(), s.level()));
        return sorted.toString();
    }

    Map<String, Current> currentByKeys(List<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        Map<Long, List<Score>> scores = new HashMap<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            String in = String.join(",", chunk.stream().map(k -> "?").toList());
            jdbc.query("""
                    select e.id, e.source_key, s.objective_id, s.competency_id, s.level_value
                      from evidence e join evidence_score s on s.evidence_id = e.id
                     where e.source_key in (%s)
                       and not exists (select 1 from evidence n where n.supersedes_id = e.id)""".formatted(in),
                    (RowCallbackHandler) rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                        scores.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Score(
                                rs.getObject(3, Long.class), rs.getObject(4, Long.class), rs.getInt(5)));
                    }, chunk.toArray());
        }
        Map<String, Current> current = new HashMap<>();
        ids.forEach((key, id) -> current.put(key, new Current(id, signature(scores.get(id)))));
        return current;
    }

    long insert(String fileName, String sha256, Instant at, String actor, long rows, long created, long updated,
            long unchanged) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement("""
                    insert into evidence_import (file_name, sha256, imported_at, imported_by, rows_read, created,
                                                 updated, unchanged) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    new String[] {"id"});
            statement.setString(1, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
            statement.setString(2, sha256);
            statement.setTimestamp(3, Timestamp.from(at));
            statement.setString(4, actor);
            statement.setLong(5, rows);
            statement.setLong(6, created);
            statement.setLong(7, updated);
            statement.setLong(8, unchanged);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    Optional<EvidenceImport> find(long importId) {
        return jdbc.query(SELECT + " where id = ?", (rs, i) -> row(rs), importId).stream().findFirst();
    }

    List<EvidenceImport> newest(int count) {
        return jdbc.query(SELECT + " order by id desc fetch first ? rows only", (rs, i) -> row(rs), count);
    }

    /** The records the import made that nothing has superseded since. */
    List<Standing> standingRecordsOf(long importId) {
        return jdbc.query("""
                select e.id, e.supersedes_id from evidence e
                 where e.import_id = ? and not exists (select 1 from evidence n where n.supersedes_id = e.id)
                 order by e.id""", (rs, i) -> new Standing(rs.getLong(1), rs.getObject(2) != null), importId);
    }

    /** Marks the import undone; false when it was undone already (by someone else meanwhile). */
    boolean markUndone(long importId, Instant at, String actor) {
        return jdbc.update("update evidence_import set undone_at = ?, undone_by = ? where id = ? and undone_at is null",
                Timestamp.from(at), actor, importId) == 1;
    }

    private static final String SELECT = """
            select id, file_name, sha256, imported_at, imported_by, rows_read, created, updated, unchanged, undone_at,
                   undone_by from evidence_import""";

    private static EvidenceImport row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp undone = rs.getTimestamp(10);
        return new EvidenceImport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                undone == null ? null : undone.toInstant(), rs.getString(11));
    }
}
