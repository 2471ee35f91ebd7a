package org.pathwayplanner.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reading the records of access back: by student, by account, by day range, newest first, a page at a time. */
@Repository
class AccessLogSearch {

    static final int PAGE_SIZE = 50;

    /** What to look for; a part left empty does not narrow the search. Days are in the district's zone, inclusive. */
    record Criteria(Long studentId, String username, LocalDate from, LocalDate to) {

        static Criteria ofStudent(long studentId) {
            return new Criteria(studentId, null, null, null);
        }
    }

    /** One line as read back. */
    record Line(Instant at, long studentId, String username, String role, String action, String httpMethod,
            String route, Integer status) {
    }

    /** One page of lines, numbered from 0, and how many lines match in all. */
    record Found(List<Line> lines, int page, int size, long total) {

        boolean hasPrevious() {
            return page > 0;
        }

        boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        long pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccessLogSearch(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Found find(Criteria criteria, int page, int size) {
        int p = Math.max(0, page);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (criteria.studentId() != null) {
            where.append(" and student_id = ?");
            args.add(criteria.studentId());
        }
        if (criteria.username() != null && !criteria.username().isBlank()) {
            where.append(" and username = ?");
            args.add(criteria.username().strip());
        }
        if (criteria.from() != null) {
            where.append(" and accessed_at >= ?");
            args.add(Timestamp.from(criteria.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (criteria.to() != null) {
            where.append(" and accessed_at < ?");
            args.add(Timestamp.from(criteria.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        Long total = jdbc.queryForObject("select count(*) from student_record_access" + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add((long) p * size);
        pageArgs.add(size);
        List<Line> lines = jdbc.query("""
                select accessed_at, student_id, username, role, action, http_method, route, status
                  from student_record_access""" + where + " order by accessed_at desc, id desc offset ? rows fetch next ? rows only",
                (rs, row) -> new Line(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), (Integer) rs.getObject(8)),
                pageArgs.toArray());
        return new Found(lines, p, size, total == null ? 0 : total);
    }
}
