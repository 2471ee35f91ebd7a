package org.pathwayplanner.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.AreaView;
import org.pathwayplanner.people.PeopleViews.SectionView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Everyone an administrator looks after, by kind, for the people page: teachers with the areas they teach
 * and their sections, guardians with their students. Each list is read in a fixed number of queries,
 * however many people the district has, and can be narrowed by a search.
 */
@Service
class DistrictPeople {

    /** A teacher, the content areas they teach and their sections. */
    record Teacher(long id, String name, String username, String email, String schoolName, List<String> areas,
            List<SectionView> sections, String firstName, String lastName) {

        /** As the database finds teachers: see {@link NameSearch}; areas and classes by any part of their name or code. */
        boolean matches(NameSearch search) {
            if (search == null || search.matchesAnyOf(firstName, lastName, username, email)) {
                return true;
            }
            String part = search.part();
            return areas.stream().anyMatch(a -> contains(a, part))
                    || sections.stream().anyMatch(s -> contains(s.name(), part) || contains(s.code(), part));
        }
    }

    /** A guardian and the students linked to them. */
    record Guardian(long id, String name, String username, String email, List<Child> students, String firstName,
            String lastName) {

        /** As the database finds guardians (see {@link NameSearch}): by their own name, username or e-mail, or a student's name or number. */
        boolean matches(NameSearch search) {
            return search == null || search.matchesAnyOf(firstName, lastName, username, email)
                    || students.stream().anyMatch(c -> search.matchesName(c.firstName(), c.lastName())
                            || c.studentNumber() != null && c.studentNumber().toUpperCase(Locale.ROOT)
                                    .startsWith(search.part().toUpperCase(Locale.ROOT)));
        }
    }

    record Child(long studentId, String name, String studentNumber, String relationship, String firstName,
            String lastName) {
    }

    private final JdbcTemplate jdbc;
    private final FrameworkCatalog framework;

    DistrictPeople(JdbcTemplate jdbc, FrameworkCatalog framework) {
        this.jdbc = jdbc;
        this.framework = framework;
    }

    /** How a list of teachers is ordered: by name, or by school then name; either way A to Z or Z to A. */
    record TeacherOrder(String sort, boolean descending) {

        static final List<String> SORTS = List.of("name", "school");
        static final TeacherOrder BY_NAME = new TeacherOrder("name", false);

        TeacherOrder {
            sort = sort != null && SORTS.contains(sort) ? sort : "name";
        }

        /** The direction a column header link asks for: the reverse of the current one on the sorted column. */
        public boolean descendingIfSortedBy(String column) {
            return column.equals(sort) && !descending;
        }

        private String sql() {
            String direction = descending ? " desc" : " asc";
            String name = "m.last_name" + direction + ", m.first_name" + direction + ", m.id" + direction;
            return sort.equals("school") ? "sc.name" + direction + " nulls last, " + name : name;
        }
    }

    /** Every teacher, by last name, with their areas and sections: for tests and small districts, never for a page. */
    List<Teacher> teachers() {
        return teachers(null, TeacherOrder.BY_NAME, 0, Integer.MAX_VALUE);
    }

    /**
     * The teachers matching the search (name, username, e-mail, an area they teach, or a section's name or code), in
     * the order asked, from {@code offset}, at most {@code limit}, with their areas (named by the framework's catalog,
     * retired areas included) and sections: four queries, each about the teachers of the page only.
     */
    List<Teacher> teachers(NameSearch needle, TeacherOrder order, long offset, int limit) {
        return teachersAmong(needle == null ? null : teacherIds(needle), order, offset, limit);
    }

    /** The teachers among {@code found} (all of them when null), as {@link #teachers(NameSearch, TeacherOrder, long, int)}. */
    List<Teacher> teachersAmong(List<Long> found, TeacherOrder order, long offset, int limit) {
        Map<Long, String> areaNames = areaNames();
        List<Object> arguments = new ArrayList<>(found == null ? List.of() : found);
        arguments.add(offset);
        arguments.add(limit);
        List<Teacher> page = jdbc.query("""
                select m.id, m.first_name || ' ' || m.last_name, a.username, m.email, sc.name, m.first_name, m.last_name
                  from staff_member m join user_account a on a.id = m.account_id
                  left join school sc on sc.id = m.school_id
                 where m.kind = 'TEACHER'""" + teacherMatch(found) + " order by " + order.sql()
                        + " offset ? rows fetch next ? rows only",
                (rs, i) -> new Teacher(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        new ArrayList<>(), new ArrayList<>(), rs.getString(6), rs.getString(7)), arguments.toArray());
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Teacher> byId = page.stream().collect(Collectors.toMap(Teacher::id, t -> t));
        String ids = String.join(",", page.stream().map(t -> "?").toList());
        Object[] idArguments = page.stream().map(Teacher::id).toArray();
        jdbc.query("select staff_id, content_area_id from teacher_content_area where staff_id in (" + ids + ")",
                rs -> {
                    byId.get(rs.getLong(1)).areas().add(areaNames.get(rs.getLong(2)));
                }, idArguments);
        page.forEach(t -> t.areas().sort(Comparator.nullsLast(Comparator.naturalOrder())));
        jdbc.query("""
                select cs.teacher_id, cs.id, cs.code, cs.name, cs.school_year, cs.content_area_id,
                       (select count(*) from section_enrollment e where e.section_id = cs.id)
                  from class_section cs where cs.teacher_id in (%s) order by cs.name""".formatted(ids),
                rs -> {
                    byId.get(rs.getLong(1)).sections().add(new SectionView(rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getObject(6, Long.class), rs.getInt(7)));
                }, idArguments);
        return page.stream().map(t -> new Teacher(t.id(), t.name(), t.username(), t.email(), t.schoolName(),
                List.copyOf(t.areas()), List.copyOf(t.sections()), t.firstName(), t.lastName())).toList();
    }

    /** How many teachers match the search: counted by the database. */
    long countTeachers(NameSearch needle) {
        return countTeachersAmong(needle == null ? null : teacherIds(needle));
    }

    /** How many teachers are among {@code found} (all of them when null). */
    long countTeachersAmong(List<Long> found) {
        return jdbc.queryForObject("select count(*) from staff_member m join user_account a on a.id = m.account_id"
                + " where m.kind = 'TEACHER'" + teacherMatch(found), Long.class,
                found == null ? new Object[0] : found.toArray());
    }

    /** The teachers of a search are found first (by name, e-mail, username, class or area) and asked for by id. */
    private static String teacherMatch(List<Long> found) {
        if (found == null) {
            return "";
        }
        return found.isEmpty() ? " and 1 = 0"
                : " and m.id in (" + String.join(",", java.util.Collections.nCopies(found.size(), "?")) + ")";
    }

    /**
     * The staff members the search finds by name, e-mail or username (through the indexes), the teachers of the classes
     * whose name or code contains it, and the teachers of the areas whose name contains it.
     */
    private List<Long> teacherIds(NameSearch needle) {
        Map<Long, String> areaNames = areaNames();
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        PeopleFound.query(jdbc, staffMatching(needle)).forEach(p -> ids.add(p.id()));
        String like = like(needle.part());
        ids.addAll(jdbc.queryForList("select distinct cs.teacher_id from class_section cs where cs.teacher_id is not null"
                + " and (lower(cs.name) like ? escape '\\' or lower(cs.code) like ? escape '\\')", Long.class, like, like));
        List<Long> areas = matchingAreas(needle, areaNames);
        if (!areas.isEmpty()) {
            ids.addAll(jdbc.queryForList("select t.staff_id from teacher_content_area t where t.content_area_id in ("
                    + String.join(",", areas.stream().map(id -> "?").toList()) + ")", Long.class, areas.toArray()));
        }
        return List.copyOf(ids);
    }

    /** The ids of the staff members the search finds by name, username or e-mail: branches that each start from an index. */
    private static NameSearch.Sql staffMatching(NameSearch search) {
        return personMatching(search, "staff_member");
    }

    /** The guardians the search finds by their own name, username or e-mail, or by a student's, by name. */
    List<PeopleFound.Person> foundGuardians(NameSearch search) {
        return foundGuardians(search, PeopleFound.query(jdbc, PeopleDirectory.studentsMatching(search)));
    }

    /** As {@link #foundGuardians(NameSearch)}, the students the search found being known already. */
    private List<PeopleFound.Person> foundGuardians(NameSearch search, List<PeopleFound.Person> studentsFound) {
        List<PeopleFound.Person> found = new ArrayList<>(PeopleFound.query(jdbc, personMatching(search, "guardian")));
        List<Long> students = studentsFound.stream().map(PeopleFound.Person::id).toList();
        for (int from = 0; from < students.size(); from += 500) {
            List<Long> chunk = students.subList(from, Math.min(students.size(), from + 500));
            found.addAll(jdbc.query("select g.id, g.last_name, g.first_name from student_guardian sg"
                    + " join guardian g on g.id = sg.guardian_id where sg.student_id in ("
                    + String.join(",", chunk.stream().map(id -> "?").toList()) + ")",
                    (rs, i) -> new PeopleFound.Person(rs.getLong(1), rs.getString(2), rs.getString(3)), chunk.toArray()));
        }
        return PeopleFound.sorted(found);
    }

    /** Guardians and staff members alike: their name's words, their e-mail, their account's username. */
    static NameSearch.Sql personMatching(NameSearch search, String table) {
        List<String> branches = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        for (NameSearch.Sql name : search.nameBranches("p.search_first", "p.search_last")) {
            branches.add("select p.id, p.last_name, p.first_name from " + table + " p where " + name.condition());
            arguments.addAll(name.arguments());
        }
        NameSearch.Sql email = search.wholePrefix("p.search_email");
        branches.add("select p.id, p.last_name, p.first_name from " + table + " p where " + email.condition());
        arguments.addAll(email.arguments());
        NameSearch.Sql username = search.wholePrefix("a.username");
        branches.add("select p.id, p.last_name, p.first_name from user_account a join " + table
                + " p on p.account_id = a.id where "
                + username.condition());
        arguments.addAll(username.arguments());
        return new NameSearch.Sql(String.join(" union ", branches), arguments);
    }

    private static List<Long> matchingAreas(NameSearch needle, Map<Long, String> areaNames) {
        return areaNames.entrySet().stream().filter(e -> contains(e.getValue(), needle.part())).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /**
     * Everything one search of the people page finds — students, guardians, teachers — each read once: the page counts
     * and pages each list, and reading them again for each (as it did) cost four student searches a page.
     */
    Found find(NameSearch search) {
        List<PeopleFound.Person> students = PeopleFound.query(jdbc, PeopleDirectory.studentsMatching(search));
        return new Found(students, foundGuardians(search, students), teacherIds(search));
    }

    /** What a search found: students and guardians by name, teachers by id. */
    record Found(List<PeopleFound.Person> students, List<PeopleFound.Person> guardians, List<Long> teachers) {
    }

    private Map<Long, String> areaNames() {
        return framework.allAreas().stream().collect(Collectors.toMap(AreaView::id, AreaView::name));
    }

    /** Every guardian, by last name, with their students. */
    List<Guardian> guardians() {
        return guardians(null, 0, Integer.MAX_VALUE);
    }

    /**
     * The guardians matching the search (name, username, e-mail, or a student's name or number), by last name, from
     * {@code offset}, at most {@code limit}, with their students: two queries, whatever the district's size.
     */
    List<Guardian> guardians(NameSearch needle, long offset, int limit) {
        return guardiansAmong(needle == null ? null : foundGuardians(needle), offset, limit);
    }

    /** A page of the guardians found (of every guardian when null), by last name, with their students. */
    List<Guardian> guardiansAmong(List<PeopleFound.Person> found, long offset, int limit) {
        List<Long> ids = found != null ? PeopleFound.page(found, offset, limit)
                : jdbc.queryForList("select g.id from guardian g order by g.last_name, g.first_name, g.id"
                        + " offset ? rows fetch next ? rows only", Long.class, offset, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Guardian> guardians = new LinkedHashMap<>();
        jdbc.query("""
                select g.id, g.first_name || ' ' || g.last_name, a.username, g.email,
                       s.id, s.first_name || ' ' || s.last_name, s.student_number, sg.relationship,
                       g.first_name, g.last_name, s.first_name, s.last_name
                  from guardian g
                  left join user_account a on a.id = g.account_id
                  left join student_guardian sg on sg.guardian_id = g.id
                  left join student s on s.id = sg.student_id
                 where g.id in (%s)
                 order by g.last_name, g.first_name, g.id, s.first_name""".formatted(
                        String.join(",", ids.stream().map(id -> "?").toList())),
                rs -> {
                    long id = rs.getLong(1);
                    Guardian guardian = guardians.get(id);
                    if (guardian == null) {
                        guardian = new Guardian(id, rs.getString(2), rs.getString(3), rs.getString(4), new ArrayList<>(),
                                rs.getString(9), rs.getString(10));
                        guardians.put(id, guardian);
                    }
                    Long student = rs.getObject(5, Long.class);
                    if (student != null) {
                        guardian.students().add(new Child(student, rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(11), rs.getString(12)));
                    }
                }, ids.toArray());
        return List.copyOf(guardians.values());
    }

    /** How many guardians match the search: counted by the database. */
    long countGuardians(NameSearch needle) {
        if (needle == null) {   // without a join the database counts from the table's own size, not row by row
            return jdbc.queryForObject("select count(*) from guardian", Long.class);
        }
        return foundGuardians(needle).size();
    }

    /** A lower-cased search as a LIKE pattern that finds what was typed, its own % and _ included. */
    static String like(String needle) {
        return "%" + needle.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
