package org.pathwayplanner.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows waiting to be inserted, flushed in JDBC batches. The demo district is loaded this way
 * (not entity by entity) so that the same generator makes a 50,000-student benchmark district in minutes.
 * Rows carry explicit ids; {@link #restartIdentities} moves each table's identity past them.
 */
final class BatchInserts {

    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();
    private final Map<String, Long> nextIds = new LinkedHashMap<>();

    BatchInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long nextId(String table) {
        long next = nextIds.computeIfAbsent(table,
                t -> jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + t, Long.class));
        nextIds.put(table, next + 1);
        return next;
    }

    void add(String sql, Object... row) {
        List<Object[]> rows = pending.computeIfAbsent(sql, s -> new ArrayList<>());
        rows.add(row);
        if (rows.size() >= BATCH) {
            flush(sql);
        }
    }

    /** Flushes every statement in the order it was first used, so parents are written before children. */
    void flushAll() {
        new ArrayList<>(pending.keySet()).forEach(this::flush);
    }

    private void flush(String sql) {
        List<Object[]> rows = pending.get(sql);
        if (rows != null && !rows.isEmpty()) {
            int index = new ArrayList<>(pending.keySet()).indexOf(sql);
            // Parents first: flush every statement registered before this one.
            new ArrayList<>(pending.keySet()).subList(0, index).forEach(earlier -> {
                List<Object[]> parentRows = pending.get(earlier);
                if (!parentRows.isEmpty()) {
                    jdbc.batchUpdate(earlier, parentRows);
                    parentRows.clear();
                }
            });
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }

    /** Portable on H2 and PostgreSQL: identity columns continue after the explicit ids used here. */
    void restartIdentities() {
        nextIds.forEach((table, next) -> jdbc.execute("alter table " + table + " alter column id restart with " + next));
    }
}
