package org.pathwayplanner.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.AreaView;
import org.pathwayplanner.people.PeopleViews.GuardianView;
import org.pathwayplanner.people.PeopleViews.SectionView;
import org.pathwayplanner.people.PeopleViews.StaffView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Who is who: students, staff, sections and guardians, each list in one query. */
@Service
public class PeopleDirectory {

    private static final String STUDENT_VIEW = """
            select s.id, s.student_number, s.first_name, s.last_name, s.date_of_birth, s.grade_level,
                   s.graduation_year, sc.name as school_name, s.counselor_id,
                   c.first_name || ' ' || c.last_name as counselor_name, a.username
              from student s
              join school sc on sc.id = s.school_id
              left join staff_member c on c.id = s.counselor_id
              left join user_account a on a.id = s.account_id
            """;
    private static final String STAFF_VIEW = """
            select m.id, m.first_name, m.last_name, m.kind, sc.name as school_name, a.username
              from staff_member m
              join user_account a on a.id = m.account_id
              left join school sc on sc.id = m.school_id
            """;

    private final JdbcTemplate jdbc;
    private final FrameworkCatalog framework;

    PeopleDirectory(JdbcTemplate jdbc, FrameworkCatalog framework) {
        this.jdbc = jdbc;
        this.framework = framework;
    }

    public Optional<StudentView> student(long studentId) {
        return jdbc.query(STUDENT_VIEW + " where s.id = ?", PeopleDirectory::student, studentId).stream().findFirst();
    }

    public Optional<StudentView> studentOfAccount(String username) {
        // by the account's id: a condition on the outer-joined account would scan every student
        return jdbc.query(STUDENT_VIEW + " where s.account_id = (select id from user_account where username = ?)",
                PeopleDirectory::student, username).stream().findFirst();
    }

    public List<StudentView> students(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", ids.stream().map(id -> "?").toList());
        return jdbc.query(STUDENT_VIEW + " where s.id in (" + in + ") order by s.last_name, s.first_name",
                PeopleDirectory::student, ids.toArray());
    }

    /**
     * The students these keys name, by key: a key is matched to a student's roster {@code sourcedId}, login username
     * or student number, in that order of preference; keys that name no student are missing from the answer.
     */
    public java.util.Map<String, Long> studentIdsByKey(java.util.Collection<String> keys) {
        return idsByKey(keys, """
                select s.id, s.sourced_id, a.username, s.student_number
                  from student s left join user_account a on a.id = s.account_id
                 where s.sourced_id in (%1$s) or a.username in (%1$s) or s.student_number in (%1$s)
                """);
    }

    /** The staff members these keys name, by key: a roster {@code sourcedId} or a login username. */
    public java.util.Map<String, Long> staffIdsByKey(java.util.Collection<String> keys) {
        return idsByKey(keys, """
                select m.id, m.sourced_id, a.username, null
                  from staff_member m join user_account a on a.id = m.account_id
                 where m.sourced_id in (%1$s) or a.username in (%1$s)
                """);
    }

    private java.util.Map<String, Long> idsByKey(java.util.Collection<String> keys, String sql) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        java.util.Map<String, Integer> rank = new java.util.HashMap<>();
        List<String> distinct = keys.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            String in = String.join(",", chunk.stream().map(k -> "?").toList());
            int uses = sql.split("%1\\$s", -1).length - 1;
            Object[] args = new Object[chunk.size() * uses];
            for (int i = 0; i < uses; i++) {
                System.arraycopy(chunk.toArray(), 0, args, i * chunk.size(), chunk.size());
            }
            java.util.Set<String> wanted = new java.util.HashSet<>(chunk);
            jdbc.query(sql.formatted(in), (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                for (int column = 2; column <= 4; column++) {
                    String key = rs.getString(column);
                    if (key != null && wanted.contains(key) && rank.getOrDefault(key, 9) > column) {
                        rank.put(key, column);
                        ids.put(key, rs.getLong(1));
                    }
                }
            }, args);
        }
        return ids;
    }

    public Optional<StaffView> staffOfAccount(String username) {
        return jdbc.query(STAFF_VIEW + " where a.username = ?", PeopleDirectory::staff, username).stream().findFirst();
    }

    public Optional<StaffView> staff(long staffId) {
        return jdbc.query(STAFF_VIEW + " where m.id = ?", PeopleDirectory::staff, staffId).stream().findFirst();
    }

    /** The full names of these staff members, by id, in one query; ids of no staff member are missing. */
    public java.util.Map<Long, String> staffNames(java.util.Collection<Long> staffIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (staffIds.isEmpty()) {
            return names;
        }
        String in = String.join(",", staffIds.stream().map(id -> "?").toList());
        jdbc.query("select id, first_name || ' ' || last_name from staff_member where id in (" + in + ")",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> names.put(rs.getLong(1), rs.getString(2)),
                staffIds.toArray());
        return names;
    }

    /**
     * The names people know each other by, for these accounts (staff, guardians, students), in one query; an
     * account that is no person (the system, an unknown name) keeps its username.
     */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        usernames.forEach(u -> names.put(u, u));
        if (usernames.isEmpty()) {
            return names;
        }
        String in = String.join(",", usernames.stream().map(u -> "?").toList());
        Object[] args = java.util.stream.Stream.of(usernames.toArray(), usernames.toArray(), usernames.toArray())
                .flatMap(java.util.Arrays::stream).toArray();
        jdbc.query("""
                select a.username, m.first_name || ' ' || m.last_name from staff_member m
                  join user_account a on a.id = m.account_id where a.username in (%1$s)
                union all
                select a.username, g.first_name || ' ' || g.last_name from guardian g
                  join user_account a on a.id = g.account_id where a.username in (%1$s)
                union all
                select a.username, s.first_name || ' ' || s.last_name from student s
                  join user_account a on a.id = s.account_id where a.username in (%1$s)""".formatted(in),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> names.put(rs.getString(1), rs.getString(2)),
                args);
        return names;
    }

    /** Whether a student with this id is enrolled. */
    public boolean isStudent(long studentId) {
        return !jdbc.queryForList("select id from student where id = ?", Long.class, studentId).isEmpty();
    }

    /**
     * The day the student left the district (the roster retired them), if they did: their records are then archived,
     * read-only until the district's retention period ends.
     */
    public Optional<java.time.LocalDate> leftOn(long studentId) {
        return jdbc.queryForList("select retired_at from student where id = ? and retired_at is not null",
                java.sql.Timestamp.class, studentId).stream().findFirst().map(t -> t.toLocalDateTime().toLocalDate());
    }

    /** The students who left the district (the roster retired them) with the day each left, earliest first. */
    public java.util.Map<Long, java.time.LocalDate> leavers() {
        java.util.Map<Long, java.time.LocalDate> leavers = new java.util.LinkedHashMap<>();
        jdbc.query("select id, retired_at from student where retired_at is not null order by retired_at, id",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> leavers.put(rs.getLong(1),
                        rs.getTimestamp(2).toLocalDateTime().toLocalDate()));
        return leavers;
    }

    /** @throws StudentHasLeft (HTTP 409) when the student left the district: their records take no more changes */
    public void checkStillEnrolled(long studentId) {
        Optional<java.time.LocalDate> left = leftOn(studentId);
        if (left.isPresent()) {
            throw new StudentHasLeft(studentId, left.get());
        }
    }

    /** The students enrolled in any section the teacher teaches. */
    public List<StudentView> studentsOfTeacher(String username) {
        return jdbc.query(STUDENT_VIEW + """
                 where s.id in (select e.student_id from section_enrollment e
                                  join class_section cs on cs.id = e.section_id
                                  join staff_member t on t.id = cs.teacher_id
                                  join user_account ta on ta.id = t.account_id
                                 where ta.username = ?)
                 order by s.last_name, s.first_name""", PeopleDirectory::student, username);
    }

    public List<SectionView> sectionsOfTeacher(String username) {
        return jdbc.query("""
                select cs.id, cs.code, cs.name, cs.school_year, cs.content_area_id,
                       (select count(*) from section_enrollment e where e.section_id = cs.id) as enrolled
                  from class_section cs
                  join staff_member t on t.id = cs.teacher_id
                  join user_account a on a.id = t.account_id
                 where a.username = ?
                 order by cs.name""", (rs, i) -> new SectionView(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), (Long) rs.getObject(5, Long.class), rs.getInt(6)), username);
    }

    /** The teacher's section with this id; empty when it is not theirs. */
    public Optional<SectionView> sectionOfTeacher(String username, long sectionId) {
        return sectionsOfTeacher(username).stream().filter(s -> s.id() == sectionId).findFirst();
    }

    public List<StudentView> studentsOfSection(long sectionId) {
        return jdbc.query(STUDENT_VIEW + """
                 where s.id in (select e.student_id from section_enrollment e where e.section_id = ?)
                 order by s.last_name, s.first_name""", PeopleDirectory::student, sectionId);
    }

    /** The students whose counselor the account is. */
    public List<StudentView> caseloadOf(String username) {
        return jdbc.query(STUDENT_VIEW + """
                 where c.account_id = (select id from user_account where username = ?)
                 order by s.graduation_year, s.last_name, s.first_name""", PeopleDirectory::student, username);
    }

    /** One page of the counselor's caseload, in the order of {@link #caseloadOf}. */
    public List<StudentView> caseloadOf(String username, long offset, int limit) {
        return jdbc.query(STUDENT_VIEW + """
                 where c.account_id = (select id from user_account where username = ?)
                 order by s.graduation_year, s.last_name, s.first_name, s.id
                 offset ? rows fetch next ? rows only""", PeopleDirectory::student, username, offset, limit);
    }

    public long countCaseload(String username) {
        return jdbc.queryForObject("""
                select count(*) from student s join staff_member c on c.id = s.counselor_id
                 where c.account_id = (select id from user_account where username = ?)""", Long.class, username);
    }

    /** The students the search finds, by name, at most {@code limit} (see {@link NameSearch} for what matches). */
    public List<StudentView> findStudents(NameSearch search, int limit) {
        return studentsFound(found(search), limit);
    }

    /** The first {@code limit} of the students found, in their order. */
    List<StudentView> studentsFound(List<PeopleFound.Person> found, int limit) {
        List<Long> ids = PeopleFound.page(found, 0, limit);
        java.util.Map<Long, StudentView> byId = students(ids).stream()
                .collect(java.util.stream.Collectors.toMap(StudentView::id, s -> s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public long countStudentsFound(NameSearch search) {
        return found(search).size();
    }

    /** Every student the search finds, by name. */
    List<PeopleFound.Person> found(NameSearch search) {
        return PeopleFound.query(jdbc, studentsMatching(search));
    }

    /**
     * The students the search finds (id, last name, first name), as a query: a union of branches that each start from an index (a word
     * of the search on the normalized last or first name, the student number as typed and in capitals, the account's
     * username).
     */
    static NameSearch.Sql studentsMatching(NameSearch search) {
        List<String> branches = new java.util.ArrayList<>();
        List<Object> arguments = new java.util.ArrayList<>();
        for (NameSearch.Sql name : search.nameBranches("s.search_first", "s.search_last")) {
            branches.add("select s.id, s.last_name, s.first_name from student s where " + name.condition());
            arguments.addAll(name.arguments());
        }
        for (NameSearch.Sql number : search.studentNumberPrefixes("s.student_number")) {
            branches.add("select s.id, s.last_name, s.first_name from student s where " + number.condition());
            arguments.addAll(number.arguments());
        }
        NameSearch.Sql username = search.wholePrefix("a.username");
        branches.add("select s.id, s.last_name, s.first_name from user_account a join student s on s.account_id = a.id where "
                + username.condition());
        arguments.addAll(username.arguments());
        return new NameSearch.Sql(String.join(" union ", branches), arguments);
    }

    public List<StudentView> studentsOfGuardian(String username) {
        return jdbc.query(STUDENT_VIEW + """
                 where s.id in (select sg.student_id from student_guardian sg
                                  join guardian g on g.id = sg.guardian_id
                                  join user_account ga on ga.id = g.account_id
                                 where ga.username = ?)
                 order by s.first_name""", PeopleDirectory::student, username);
    }

    /**
     * Usernames of the student's teachers who teach one of the content areas (by code); with no area
     * (cross-curricular competencies) every teacher of the student in a section with a content area.
     */
    public List<String> teachersOfStudentIn(long studentId, java.util.Collection<String> areaCodes) {
        List<Long> areaIds = areaIdsOf(areaCodes);
        if (!areaCodes.isEmpty() && areaIds.isEmpty()) {
            return List.of();
        }
        String areaFilter = areaCodes.isEmpty() ? " and cs.content_area_id is not null" : " and cs.content_area_id in ("
                + String.join(",", areaIds.stream().map(a -> "?").toList()) + ")";
        List<Object> args = new java.util.ArrayList<>();
        args.add(studentId);
        args.addAll(areaIds);
        return jdbc.queryForList("""
                select distinct a.username from section_enrollment e
                  join class_section cs on cs.id = e.section_id
                  join staff_member t on t.id = cs.teacher_id
                  join user_account a on a.id = t.account_id
                 where e.student_id = ?""" + areaFilter + " order by a.username", String.class, args.toArray());
    }

    /**
     * Usernames of the teachers at the student's school who teach one of the content areas (by code), in a
     * class or by their subject assignment, whether or not they teach this student.
     */
    public List<String> teachersOfAreasAtSchoolOf(long studentId, java.util.Collection<String> areaCodes) {
        List<Long> areaIds = areaIdsOf(areaCodes);
        if (areaIds.isEmpty()) {
            return List.of();
        }
        String areas = String.join(",", areaIds.stream().map(a -> "?").toList());
        List<Object> args = new java.util.ArrayList<>();
        args.add(studentId);
        args.addAll(areaIds);
        args.addAll(areaIds);
        return jdbc.queryForList("""
                select distinct a.username from staff_member t
                  join user_account a on a.id = t.account_id
                 where t.kind = 'TEACHER' and a.enabled
                   and t.school_id = (select school_id from student where id = ?)
                   and (t.id in (select tca.staff_id from teacher_content_area tca where tca.content_area_id in (%s))
                        or t.id in (select cs.teacher_id from class_section cs where cs.content_area_id in (%s)))
                 order by a.username""".formatted(areas, areas), String.class, args.toArray());
    }

    /** The ids of the content areas with these codes, retired ones included, from the framework's catalog. */
    private List<Long> areaIdsOf(java.util.Collection<String> areaCodes) {
        if (areaCodes.isEmpty()) {
            return List.of();
        }
        return framework.allAreas().stream().filter(a -> areaCodes.contains(a.code())).map(AreaView::id).toList();
    }

    public Optional<String> counselorUsernameOf(long studentId) {
        return jdbc.queryForList("""
                select a.username from student s join staff_member c on c.id = s.counselor_id
                  join user_account a on a.id = c.account_id where s.id = ?""", String.class, studentId)
                .stream().findFirst();
    }

    /** Usernames of the counselors of the student's school (the student's own included), in username order. */
    public List<String> counselorsAtSchoolOf(long studentId) {
        return jdbc.queryForList("""
                select a.username from staff_member m join user_account a on a.id = m.account_id
                 where m.kind = 'COUNSELOR' and a.enabled
                   and m.school_id = (select school_id from student where id = ?)
                 order by a.username""", String.class, studentId);
    }

    /** Usernames of the administrators over a student: those of the student's school and the district's own. */
    public List<String> administratorsOf(long studentId) {
        return jdbc.queryForList("""
                select a.username from staff_member m join user_account a on a.id = m.account_id
                 where m.kind = 'ADMIN' and a.enabled
                   and (m.school_id is null or m.school_id = (select school_id from student where id = ?))
                 order by a.username""", String.class, studentId);
    }

    public List<GuardianView> guardiansOf(long studentId) {
        return jdbc.query("""
                select g.id, g.first_name || ' ' || g.last_name, g.email, g.phone, sg.relationship, a.username
                  from student_guardian sg
                  join guardian g on g.id = sg.guardian_id
                  left join user_account a on a.id = g.account_id
                 where sg.student_id = ?
                 order by g.last_name""", (rs, i) -> new GuardianView(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6)), studentId);
    }

    /** Every student's id, grade and class, in id order: what a district-wide evaluation starts from. */
    public List<PeopleViews.RosterEntry> roster() {
        return jdbc.query("select id, grade_level, graduation_year from student order by id",
                (rs, i) -> new PeopleViews.RosterEntry(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
    }

    /** The students of a graduating class still in the district, by name. */
    public List<Long> classOf(int graduationYear) {
        return jdbc.queryForList("select id from student where graduation_year = ? and retired_at is null"
                + " order by last_name, first_name, id", Long.class, graduationYear);
    }

    /** The graduating classes of the students still in the district, the earliest first. */
    public List<Integer> graduationYears() {
        return jdbc.queryForList("select distinct graduation_year from student where retired_at is null"
                + " order by graduation_year", Integer.class);
    }

    /** As {@link #roster()}, the students whose ids are from {@code firstId} to {@code lastId}. */
    public List<PeopleViews.RosterEntry> rosterBetween(long firstId, long lastId) {
        return jdbc.query("select id, grade_level, graduation_year from student where id between ? and ? order by id",
                (rs, i) -> new PeopleViews.RosterEntry(rs.getLong(1), rs.getInt(2), rs.getInt(3)), firstId, lastId);
    }

    /** Counselors with the size of their caseloads. */
    public List<PeopleViews.CounselorLoad> counselorLoads() {
        return jdbc.query("""
                select m.id, m.first_name || ' ' || m.last_name, a.username, sc.name,
                       (select count(*) from student s where s.counselor_id = m.id), m.first_name, m.last_name
                  from staff_member m join user_account a on a.id = m.account_id
                  left join school sc on sc.id = m.school_id
                 where m.kind = 'COUNSELOR' order by m.last_name""",
                (rs, i) -> new PeopleViews.CounselorLoad(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7)));
    }

    public long countStudents() {
        return jdbc.queryForObject("select count(*) from student", Long.class);
    }

    public long countSchools() {
        return jdbc.queryForObject("select count(*) from school", Long.class);
    }

    private static StudentView student(ResultSet rs, int row) throws SQLException {
        return new StudentView(rs.getLong("id"), rs.getString("student_number"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getObject("date_of_birth", java.time.LocalDate.class),
                rs.getInt("grade_level"), rs.getInt("graduation_year"), rs.getString("school_name"),
                rs.getObject("counselor_id", Long.class), rs.getString("counselor_name"), rs.getString("username"));
    }

    private static StaffView staff(ResultSet rs, int row) throws SQLException {
        return new StaffView(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("kind"), rs.getString("school_name"), rs.getString("username"));
    }
}
