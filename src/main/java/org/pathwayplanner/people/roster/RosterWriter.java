package org.pathwayplanner.people.roster;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.pathwayplanner.people.NameSearch;
import org.pathwayplanner.people.roster.RosterChanges.AccountWrite;
import org.pathwayplanner.people.roster.RosterChanges.EnrollmentKey;
import org.pathwayplanner.people.roster.RosterChanges.GuardianWrite;
import org.pathwayplanner.people.roster.RosterChanges.SchoolWrite;
import org.pathwayplanner.people.roster.RosterChanges.SectionWrite;
import org.pathwayplanner.people.roster.RosterChanges.StaffWrite;
import org.pathwayplanner.people.roster.RosterChanges.StudentWrite;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Writes a roster's changes (new rows by {@link RowLoader}, changes as JDBC batches) in the caller's transaction:
 * schools, accounts, staff, students, guardians, classes, enrolments, then retirements. Ids of the records just created are read back once per table,
 * never once per row.
 */
final class RosterWriter {

    static final int BATCH = 1000;
    private static final int COPY_CHUNK = 10_000;

    /** Hears how many rows have been written after each batch (the progress bar); it may stop the import by throwing. */
    interface Progress {
        void wrote(String step, long rows);
    }

    private final JdbcTemplate jdbc;
    private final RowLoader loader;
    private final Progress progress;
    /** A hash no password matches, made only when accounts are created (a BCrypt hash costs tens of ms). */
    private final Supplier<String> unusablePasswordHash;
    private final Timestamp now;
    private long written;

    RosterWriter(JdbcTemplate jdbc, Progress progress, Supplier<String> unusablePasswordHash, Instant now) {
        this.jdbc = jdbc;
        this.loader = new RowLoader(jdbc);
        this.progress = progress;
        this.unusablePasswordHash = unusablePasswordHash;
        this.now = Timestamp.from(now);
    }

    /** The ids of the students created or changed, whose progress must be evaluated again. */
    Set<Long> write(RosterChanges c) {
        insert("schools", "school", "code, name, sourced_id",
                c.schools.stream().filter(s -> s.id() == null).toList(), s -> new Object[] {s.code(), s.name(), s.sourcedId()});
        batch("schools", "update school set code = ?, name = ?, retired_at = null where id = ?",
                c.schools.stream().filter(s -> s.id() != null).toList(),
                (SchoolWrite s) -> new Object[] {s.code(), s.name(), s.id()});
        Map<String, Long> schools = ids("select sourced_id, id from school where sourced_id is not null");

        List<AccountWrite> newAccounts = c.accounts.stream().filter(a -> a.id() == null).toList();
        String unusable = newAccounts.isEmpty() ? null : unusablePasswordHash.get();
        insert("accounts", "user_account", "username, password_hash, display_name, role, enabled, email", newAccounts,
                a -> new Object[] {a.username(), unusable, a.displayName(), a.role(), a.enabled(), a.email()});
        batch("accounts", "update user_account set username = ?, display_name = ?, role = ?, enabled = ?, email = ?"
                        + " where id = ?", c.accounts.stream().filter(a -> a.id() != null).toList(),
                (AccountWrite a) -> new Object[] {a.username(), a.displayName(), a.role(), a.enabled(), a.email(),
                        a.id()});
        Map<String, Long> accounts = accountIds(c);

        insert("staff", "staff_member", "account_id, first_name, last_name, email, kind, school_id, sourced_id,"
                        + " search_first, search_last, search_email",
                c.staff.stream().filter(s -> s.id() == null).toList(),
                s -> new Object[] {accounts.get(s.username()), s.firstName(), s.lastName(), s.email(), s.kind(),
                        s.schoolSourcedId() == null ? null : schools.get(s.schoolSourcedId()), s.sourcedId(),
                        NameSearch.key(s.firstName()), NameSearch.key(s.lastName()), NameSearch.emailKey(s.email())});
        batch("staff", "update staff_member set first_name = ?, last_name = ?, email = ?, kind = ?, school_id = ?,"
                        + " retired_at = null, search_first = ?, search_last = ?, search_email = ? where id = ?",
                c.staff.stream().filter(s -> s.id() != null).toList(),
                (StaffWrite s) -> new Object[] {s.firstName(), s.lastName(), s.email(), s.kind(),
                        s.schoolSourcedId() == null ? null : schools.get(s.schoolSourcedId()),
                        NameSearch.key(s.firstName()), NameSearch.key(s.lastName()), NameSearch.emailKey(s.email()),
                        s.id()});

        insert("students", "student", "account_id, student_number, first_name, last_name, date_of_birth,"
                        + " grade_level, graduation_year, school_id, sourced_id, search_first, search_last",
                c.students.stream().filter(s -> s.id() == null).toList(),
                s -> new Object[] {accounts.get(s.username()), s.number(), s.firstName(), s.lastName(),
                        Date.valueOf(s.birthDate()), s.grade(), s.graduationYear(), schools.get(s.schoolSourcedId()),
                        s.sourcedId(), NameSearch.key(s.firstName()), NameSearch.key(s.lastName())});
        batch("students", "update student set account_id = coalesce(account_id, ?), student_number = ?,"
                        + " first_name = ?, last_name = ?, date_of_birth = ?, grade_level = ?, graduation_year = ?,"
                        + " school_id = ?, retired_at = null, search_first = ?, search_last = ? where id = ?",
                c.students.stream().filter(s -> s.id() != null).toList(),
                (StudentWrite s) -> new Object[] {accounts.get(s.username()), s.number(), s.firstName(),
                        s.lastName(), Date.valueOf(s.birthDate()), s.grade(), s.graduationYear(),
                        schools.get(s.schoolSourcedId()), NameSearch.key(s.firstName()), NameSearch.key(s.lastName()),
                        s.id()});
        Map<String, Long> students = ids("select sourced_id, id from student where sourced_id is not null");

        insert("guardians", "guardian", "account_id, first_name, last_name, email, phone, sourced_id, search_first,"
                        + " search_last, search_email",
                c.guardians.stream().filter(g -> g.id() == null).toList(),
                g -> new Object[] {accounts.get(g.username()), g.firstName(), g.lastName(), g.email(), g.phone(),
                        g.sourcedId(), NameSearch.key(g.firstName()), NameSearch.key(g.lastName()),
                        NameSearch.emailKey(g.email())});
        batch("guardians", "update guardian set account_id = coalesce(account_id, ?), first_name = ?, last_name = ?,"
                        + " email = ?, phone = ?, retired_at = null, search_first = ?, search_last = ?,"
                        + " search_email = ? where id = ?",
                c.guardians.stream().filter(g -> g.id() != null).toList(),
                (GuardianWrite g) -> new Object[] {accounts.get(g.username()), g.firstName(), g.lastName(), g.email(),
                        g.phone(), NameSearch.key(g.firstName()), NameSearch.key(g.lastName()),
                        NameSearch.emailKey(g.email()), g.id()});
        Map<String, Long> guardians = ids("select sourced_id, id from guardian where sourced_id is not null");
        List<GuardianWrite> relinked = c.guardians.stream().filter(GuardianWrite::linksChanged).toList();
        batch("guardians", "delete from student_guardian where guardian_id = ?",
                relinked.stream().filter(g -> g.id() != null).toList(), g -> new Object[] {g.id()});
        List<Object[]> links = new ArrayList<>();
        relinked.forEach(g -> g.studentSourcedIds().forEach(s -> links.add(new Object[] {students.get(s),
                guardians.get(g.sourcedId()), g.relationship()})));
        insert("guardians", "student_guardian", "student_id, guardian_id, relationship", links, l -> l);

        Map<String, Long> staff = ids("select sourced_id, id from staff_member where sourced_id is not null");
        insert("classes", "class_section", "code, name, school_year, school_id, teacher_id, content_area_id,"
                        + " sourced_id", c.sections.stream().filter(s -> s.id() == null).toList(),
                s -> new Object[] {s.code(), s.name(), s.schoolYear(), schools.get(s.schoolSourcedId()),
                        staff.get(s.teacherSourcedId()), s.areaId(), s.sourcedId()});
        batch("classes", "update class_section set code = ?, name = ?, school_year = ?, school_id = ?, teacher_id = ?,"
                        + " content_area_id = ?, retired_at = null where id = ?",
                c.sections.stream().filter(s -> s.id() != null).toList(),
                (SectionWrite s) -> new Object[] {s.code(), s.name(), s.schoolYear(), schools.get(s.schoolSourcedId()),
                        staff.get(s.teacherSourcedId()), s.areaId(), s.id()});
        Map<String, Long> sections = ids("select sourced_id, id from class_section where sourced_id is not null");

        batch("enrollments", "delete from section_enrollment where section_id = ? and student_id = ?", c.unenrol,
                (EnrollmentKey e) -> new Object[] {sections.get(e.classSourcedId()), students.get(e.studentSourcedId())});
        insert("enrollments", "section_enrollment", "section_id, student_id", c.enrol,
                (EnrollmentKey e) -> new Object[] {sections.get(e.classSourcedId()), students.get(e.studentSourcedId())});

        // retired: kept with their evidence, out of classes, caseloads and sign-in
        batch("retired", "update school set retired_at = ? where id = ?", c.retireSchools, id -> new Object[] {now, id});
        batch("retired", "update student set retired_at = ?, counselor_id = null where id = ?", c.retireStudents,
                id -> new Object[] {now, id});
        batch("retired", "delete from section_enrollment where student_id = ?", c.retireStudents, id -> new Object[] {id});
        batch("retired", "update staff_member set retired_at = ? where id = ?", c.retireStaff,
                id -> new Object[] {now, id});
        batch("retired", "update guardian set retired_at = ? where id = ?", c.retireGuardians,
                id -> new Object[] {now, id});
        batch("retired", "update class_section set retired_at = ? where id = ?", c.retireSections,
                id -> new Object[] {now, id});
        batch("retired", "delete from section_enrollment where section_id = ?", c.retireSections,
                id -> new Object[] {id});
        batch("retired", "update user_account set enabled = false where id = ?", c.disableAccounts,
                id -> new Object[] {id});

        Set<Long> touched = new HashSet<>(c.retireStudents);
        c.students.forEach(s -> touched.add(students.get(s.sourcedId())));
        c.enrol.forEach(e -> touched.add(students.get(e.studentSourcedId())));
        c.unenrol.forEach(e -> touched.add(students.get(e.studentSourcedId())));
        touched.remove(null);
        return touched;
    }

    /** New rows, in chunks so that the progress bar moves (COPY on PostgreSQL, a JDBC batch elsewhere). */
    private <T> void insert(String step, String table, String columns, Collection<T> rows, Function<T, Object[]> args) {
        List<Object[]> chunk = new ArrayList<>(Math.min(rows.size(), COPY_CHUNK));
        for (T row : rows) {
            chunk.add(args.apply(row));
            if (chunk.size() == COPY_CHUNK) {
                load(step, table, columns, chunk);
            }
        }
        load(step, table, columns, chunk);
    }

    private void load(String step, String table, String columns, List<Object[]> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        loader.insert(table, columns, chunk);
        written += chunk.size();
        chunk.clear();
        progress.wrote(step, written);
    }

    private <T> void batch(String step, String sql, Collection<T> rows, Function<T, Object[]> args) {
        List<Object[]> chunk = new ArrayList<>(Math.min(rows.size(), BATCH));
        for (T row : rows) {
            chunk.add(args.apply(row));
            if (chunk.size() == BATCH) {
                flush(step, sql, chunk);
            }
        }
        flush(step, sql, chunk);
    }

    private void flush(String step, String sql, List<Object[]> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, chunk);
        written += chunk.size();
        chunk.clear();
        progress.wrote(step, written);
    }

    private Map<String, Long> ids(String sql) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(sql, (RowCallbackHandler) rs -> ids.put(rs.getString(1), rs.getLong(2)));
        return ids;
    }

    /** The ids of the accounts the import's people have, by username (one query). */
    private Map<String, Long> accountIds(RosterChanges c) {
        Set<String> wanted = new HashSet<>();
        c.students.forEach(s -> wanted.add(s.username()));
        c.staff.forEach(s -> wanted.add(s.username()));
        c.guardians.forEach(g -> wanted.add(g.username()));
        Map<String, Long> ids = new HashMap<>();
        if (wanted.isEmpty()) {
            return ids;
        }
        jdbc.query("select username, id from user_account", (RowCallbackHandler) rs -> {
            if (wanted.contains(rs.getString(1))) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        });
        return ids;
    }
}
