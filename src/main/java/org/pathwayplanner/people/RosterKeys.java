package org.pathwayplanner.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathwayplanner.people.PeopleViews.SectionView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

/**
 * What other systems call the district's people and classes, for exports: the roster's {@code sourcedId} when the
 * record came from a roster, otherwise an identifier derived from the record's id that stays the same from one export
 * to the next (a name-based UUID), so that an LMS matches what it already has.
 */
@Service
public class RosterKeys {

    private final JdbcTemplate jdbc;

    RosterKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A class section, whoever teaches it (administrators export any class). */
    public Optional<SectionView> section(long sectionId) {
        return jdbc.query("""
                select cs.id, cs.code, cs.name, cs.school_year, cs.content_area_id,
                       (select count(*) from section_enrollment e where e.section_id = cs.id)
                  from class_section cs where cs.id = ?""",
                (rs, i) -> new SectionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getInt(6)), sectionId).stream().findFirst();
    }

    /** The section's sourcedId, its school's and the school year's, as {@code [class, school, schoolYear]}. */
    public List<String> sectionKeys(long sectionId) {
        return jdbc.query("""
                select cs.id, cs.sourced_id, sc.id, sc.sourced_id, cs.school_year
                  from class_section cs join school sc on sc.id = cs.school_id where cs.id = ?""",
                (rs, i) -> List.of(key("class", rs.getLong(1), rs.getString(2)), key("org", rs.getLong(3), rs.getString(4)),
                        derived("academicSession", rs.getString(5))), sectionId).stream().findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No class section " + sectionId));
    }

    /** The students' sourcedIds by student id. */
    public Map<Long, String> studentKeys(Collection<Long> studentIds) {
        return keys("select id, sourced_id from student where id in (%s)", "user", studentIds);
    }

    /** The staff members' usernames by id: what the gradebook import reads an assessor by. */
    public Map<Long, String> staffUsernames(Collection<Long> staffIds) {
        Map<Long, String> names = new HashMap<>();
        forChunks(staffIds, (in, chunk) -> jdbc.query("""
                select m.id, coalesce(m.sourced_id, a.username) from staff_member m
                  join user_account a on a.id = m.account_id where m.id in (%s)""".formatted(in),
                (RowCallbackHandler) rs -> names.put(rs.getLong(1), rs.getString(2)), chunk.toArray()));
        return names;
    }

    private Map<Long, String> keys(String sql, String kind, Collection<Long> ids) {
        Map<Long, String> keys = new HashMap<>();
        forChunks(ids, (in, chunk) -> jdbc.query(sql.formatted(in),
                (RowCallbackHandler) rs -> keys.put(rs.getLong(1), key(kind, rs.getLong(1), rs.getString(2))),
                chunk.toArray()));
        return keys;
    }

    private static void forChunks(Collection<Long> ids, java.util.function.BiConsumer<String, List<Long>> query) {
        List<Long> all = ids.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            query.accept(String.join(",", chunk.stream().map(id -> "?").toList()), chunk);
        }
    }

    private static String key(String kind, long id, String sourcedId) {
        return sourcedId != null ? sourcedId : derived(kind, String.valueOf(id));
    }

    /** A stable identifier for a record that has no sourcedId of its own. */
    public static String derived(String kind, String value) {
        return UUID.nameUUIDFromBytes(("pathway-planner:" + kind + ":" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
