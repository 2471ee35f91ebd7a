package org.pathwayplanner.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathwayplanner.people.NameSearch;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StaffView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.progress.StaffPagesController.StudentLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lists of students with their stored summaries as the staff pages show them: filtered, sorted, counted and cut
 * into pages by the database, so a caseload of 12,500 costs what one page of it costs. Sorting by a stored figure
 * needs the students and this module's stored results in one query: the students come from the people feature's
 * published views ({@code student_directory}, {@code student_teacher}, V53), never from its tables; the results from
 * the summaries kept apart from the payloads ({@code student_progress_summary}, V63), never from the payloads.
 */
@Component
class StudentLists {

    /** Which students a list is about: an SQL condition on the student {@code s}, with its arguments. */
    record Scope(String condition, Object... arguments) {


        static Scope taughtBy(String teacher) {
            return new Scope("s.student_id in (select t.student_id from student_teacher t where t.teacher_username = ?)",
                    teacher);
        }
    }

    private static final String FROM = """
             from student_directory s
             left join student_progress_summary p on p.student_id = s.student_id
            """;
    private static final String BEHIND = "case when p.credits_expected is null or p.credits_expected < p.credits_earned"
            + " then 0 else p.credits_expected - p.credits_earned end";
    private static final String STATUS_RANK = "case p.audit_status when 'OFF_TRACK' then 0 when 'AT_RISK' then 1"
            + " when 'ON_TRACK' then 2 when 'MET' then 3 else 4 end";

    private final JdbcTemplate jdbc;
    private final PeopleDirectory people;
    private final StudentProgress progress;

    StudentLists(JdbcTemplate jdbc, PeopleDirectory people, StudentProgress progress) {
        this.jdbc = jdbc;
        this.people = people;
        this.progress = progress;
    }

    /**
     * The caseload of the counselor signed in as {@code counselor}: asked for by the counselor's staff id, which the
     * database finds through an index, not by username, which it can only compare student by student (a scan of the
     * district's students for every count and page).
     */
    Scope caseloadOf(String counselor) {
        return new Scope("s.counselor_id = ?", people.staffOfAccount(counselor).map(StaffView::id).orElse(-1L));
    }

    /** The students of the scope matching the filter, in its order, from {@code offset}, at most {@code limit}. */
    List<StudentLine> lines(Scope scope, Caseload.Filter filter, long offset, int limit) {
        Query page = pageOf(scope, filter, offset, limit);
        return linesOf(jdbc.queryForList(page.sql(), Long.class, page.arguments()));
    }

    /** An SQL query with its arguments. */
    record Query(String sql, Object... arguments) {
    }

    /** The ids of a page of the list: the query {@link #lines} runs. */
    Query pageOf(Scope scope, Caseload.Filter filter, long offset, int limit) {
        Where where = where(scope, filter);
        List<Object> arguments = new ArrayList<>(where.arguments());
        arguments.add(offset);
        arguments.add(limit);
        return new Query("select s.student_id" + FROM + " where " + where.sql() + " order by " + order(filter)
                + " offset ? rows fetch next ? rows only", arguments.toArray());
    }

    /** Every student of the scope matching the filter, in its order: for exports, never for a page. */
    List<StudentLine> all(Scope scope, Caseload.Filter filter) {
        Where where = where(scope, filter);
        List<Long> ids = jdbc.queryForList("select s.student_id" + FROM + " where " + where.sql() + " order by " + order(filter),
                Long.class, where.arguments().toArray());
        List<StudentLine> lines = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += 1000) {
            lines.addAll(linesOf(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return lines;
    }

    long count(Scope scope, Caseload.Filter filter) {
        Query count = countOf(scope, filter);
        return jdbc.queryForObject(count.sql(), Long.class, count.arguments());
    }

    /** The query {@link #count(Scope, Caseload.Filter)} runs. */
    Query countOf(Scope scope, Caseload.Filter filter) {
        Where where = where(scope, filter);
        return new Query("select count(*)" + FROM + " where " + where.sql(), where.arguments().toArray());
    }

    long count(Scope scope) {
        return jdbc.queryForObject("select count(*) from student_directory s where " + scope.condition(), Long.class,
                scope.arguments());
    }

    /** How many students of the scope are at each audit status, every status present. */
    Map<String, Long> byStatus(Scope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Caseload.STATUSES.forEach(st -> counts.put(st, 0L));
        Query byStatus = byStatusOf(scope);
        jdbc.query(byStatus.sql(), (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            if (counts.containsKey(rs.getString(1))) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }, byStatus.arguments());
        return counts;
    }

    /** The query {@link #byStatus} runs. */
    Query byStatusOf(Scope scope) {
        return new Query("select p.audit_status, count(*) from student_directory s join student_progress_summary p"
                + " on p.student_id = s.student_id where " + scope.condition()
                + " and p.audit_status is not null group by p.audit_status", scope.arguments());
    }

    List<Integer> grades(Scope scope) {
        return jdbc.queryForList("select distinct s.grade_level from student_directory s where " + scope.condition()
                + " order by s.grade_level", Integer.class, scope.arguments());
    }

    List<String> schools(Scope scope) {
        return jdbc.queryForList("select distinct s.school_name from student_directory s where "
                + scope.condition() + " order by s.school_name", String.class, scope.arguments());
    }

    private List<StudentLine> linesOf(List<Long> ids) {
        Map<Long, StudentView> students = people.students(ids).stream()
                .collect(Collectors.toMap(StudentView::id, Function.identity()));
        Map<Long, ProgressSummary> summaries = progress.summaries(ids).stream()
                .collect(Collectors.toMap(ProgressSummary::studentId, Function.identity()));
        return ids.stream().map(id -> new StudentLine(students.get(id), summaries.get(id))).toList();
    }

    private record Where(String sql, List<Object> arguments) {
    }

    private static Where where(Scope scope, Caseload.Filter f) {
        StringBuilder sql = new StringBuilder("(").append(scope.condition()).append(")");
        List<Object> arguments = new ArrayList<>(List.of(scope.arguments()));
        if (f.status() != null) {
            sql.append(" and p.audit_status = ?");
            arguments.add(f.status());
        }
        if (f.grade() != null) {
            sql.append(" and s.grade_level = ?");
            arguments.add(f.grade());
        }
        if (f.school() != null) {
            sql.append(" and s.school_name = ?");
            arguments.add(f.school());
        }
        if (f.flagged()) {
            sql.append(" and (p.intervention_count > 0 or p.accelerate)");
        }
        NameSearch search = NameSearch.of(f.find());
        if (search != null) {
            // as the people page finds students (NameSearch): each word begins the first or last name, or the
            // search begins the student number; the scope has already narrowed the rows down to one list
            NameSearch.Sql name = search.nameWords("s.search_first", "s.search_last");
            NameSearch.Sql number = search.studentNumberLike("s.student_number");
            sql.append(" and (").append(name == null ? "" : name.condition() + " or ").append(number.condition())
                    .append(")");
            if (name != null) {
                arguments.addAll(name.arguments());
            }
            arguments.addAll(number.arguments());
        }
        return new Where(sql.toString(), arguments);
    }

    /** The filter's column in its direction, then by name (always A to Z) and id so that pages never overlap. */
    private static String order(Caseload.Filter f) {
        String direction = f.descending() ? " desc" : " asc";
        String name = "s.last_name, s.first_name, s.student_id";
        return switch (f.sort()) {
            case "name" -> "s.last_name" + direction + ", s.first_name" + direction + ", s.student_id" + direction;
            case "grade" -> "s.grade_level" + direction + ", " + name;
            case "school" -> "s.school_name" + direction + ", " + name;
            case "status" -> STATUS_RANK + direction + ", " + name;
            case "earned" -> "coalesce(p.credits_earned, 0)" + direction + ", " + name;
            default -> BEHIND_OR_ZERO + direction + ", " + name;
        };
    }

    private static final String BEHIND_OR_ZERO = "coalesce(" + BEHIND + ", 0)";
}
