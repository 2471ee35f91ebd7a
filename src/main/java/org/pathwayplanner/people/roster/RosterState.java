package org.pathwayplanner.people.roster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What the district already holds that an import compares with: every school, account, person and class, read once
 * (one query per table), keyed the way the roster names them.
 */
final class RosterState {

    record SchoolRow(long id, String sourcedId, String code, String name, boolean retired) {
    }

    record AccountRow(long id, String username, String displayName, String role, boolean enabled, String email) {
    }

    record StudentRow(long id, String sourcedId, Long accountId, String number, String firstName, String lastName,
            LocalDate birthDate, int grade, int graduationYear, long schoolId, boolean retired) {
    }

    record StaffRow(long id, String sourcedId, long accountId, String firstName, String lastName, String email,
            String kind, Long schoolId, boolean retired) {
    }

    record GuardianRow(long id, String sourcedId, Long accountId, String firstName, String lastName, String email,
            String phone, boolean retired) {
    }

    record SectionRow(long id, String sourcedId, String code, String name, String schoolYear, long schoolId,
            long teacherId, Long areaId, boolean retired) {
    }

    final Map<String, SchoolRow> schools = new HashMap<>();
    final Map<Long, String> schoolSourcedIds = new HashMap<>();
    /** School codes and class codes in use, with the sourcedId of their record ("" when it has none). */
    final Map<String, String> schoolCodes = new HashMap<>();
    final Map<String, String> sectionCodes = new HashMap<>();
    final Map<String, AccountRow> accountsByUsername = new HashMap<>();
    final Map<Long, AccountRow> accountsById = new HashMap<>();
    /** Whose account each account is: the sourcedId of its person ("" when the person has none). */
    final Map<Long, String> accountOwners = new HashMap<>();
    final Map<String, StudentRow> students = new HashMap<>();
    final Map<Long, String> studentSourcedIds = new HashMap<>();
    final Map<String, String> studentNumbers = new HashMap<>();
    final Map<String, StaffRow> staff = new HashMap<>();
    final Map<Long, String> staffSourcedIds = new HashMap<>();
    final Map<String, GuardianRow> guardians = new HashMap<>();
    final Map<String, SectionRow> sections = new HashMap<>();
    /** The students of each class the roster keeps (by sourcedIds), and each guardian's students. */
    final Map<String, Set<String>> enrollments = new HashMap<>();
    final Map<String, Set<String>> guardianLinks = new HashMap<>();

    static RosterState read(JdbcTemplate jdbc) {
        RosterState s = new RosterState();
        jdbc.query("select id, sourced_id, code, name, retired_at from school", (RowCallbackHandler) rs -> {
            SchoolRow row = new SchoolRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getTimestamp(5) != null);
            s.schoolCodes.put(row.code(), orEmpty(row.sourcedId()));
            if (row.sourcedId() != null) {
                s.schools.put(row.sourcedId(), row);
                s.schoolSourcedIds.put(row.id(), row.sourcedId());
            }
        });
        jdbc.query("select id, username, display_name, role, enabled, email from user_account", (RowCallbackHandler) rs -> {
            AccountRow row = new AccountRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getBoolean(5), rs.getString(6));
            s.accountsByUsername.put(row.username(), row);
            s.accountsById.put(row.id(), row);
        });
        jdbc.query("""
                select id, sourced_id, account_id, student_number, first_name, last_name, date_of_birth, grade_level,
                       graduation_year, school_id, retired_at from student""", (RowCallbackHandler) rs -> {
            StudentRow row = new StudentRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getInt(8),
                    rs.getInt(9), rs.getLong(10), rs.getTimestamp(11) != null);
            s.studentNumbers.put(row.number(), orEmpty(row.sourcedId()));
            if (row.accountId() != null) {
                s.accountOwners.put(row.accountId(), orEmpty(row.sourcedId()));
            }
            if (row.sourcedId() != null) {
                s.students.put(row.sourcedId(), row);
                s.studentSourcedIds.put(row.id(), row.sourcedId());
            }
        });
        jdbc.query("""
                select id, sourced_id, account_id, first_name, last_name, email, kind, school_id, retired_at
                  from staff_member""", (RowCallbackHandler) rs -> {
            StaffRow row = new StaffRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, Long.class),
                    rs.getTimestamp(9) != null);
            s.accountOwners.put(row.accountId(), orEmpty(row.sourcedId()));
            if (row.sourcedId() != null) {
                s.staff.put(row.sourcedId(), row);
                s.staffSourcedIds.put(row.id(), row.sourcedId());
            }
        });
        jdbc.query("select id, sourced_id, account_id, first_name, last_name, email, phone, retired_at from guardian",
                (RowCallbackHandler) rs -> {
                    GuardianRow row = new GuardianRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8) != null);
                    if (row.accountId() != null) {
                        s.accountOwners.put(row.accountId(), orEmpty(row.sourcedId()));
                    }
                    if (row.sourcedId() != null) {
                        s.guardians.put(row.sourcedId(), row);
                    }
                });
        jdbc.query("""
                select id, sourced_id, code, name, school_year, school_id, teacher_id, content_area_id, retired_at
                  from class_section""", (RowCallbackHandler) rs -> {
            SectionRow row = new SectionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getObject(8, Long.class),
                    rs.getTimestamp(9) != null);
            s.sectionCodes.put(row.code(), orEmpty(row.sourcedId()));
            if (row.sourcedId() != null) {
                s.sections.put(row.sourcedId(), row);
            }
        });
        // ids mapped to sourcedIds in memory: joining in the database costs more than the maps already read
        Map<Long, String> sectionSourcedIds = new HashMap<>();
        s.sections.values().forEach(row -> sectionSourcedIds.put(row.id(), row.sourcedId()));
        jdbc.query("select section_id, student_id from section_enrollment", (RowCallbackHandler) rs -> {
            String section = sectionSourcedIds.get(rs.getLong(1));
            if (section != null) {
                s.enrollments.computeIfAbsent(section, k -> new HashSet<>())
                        .add(orEmpty(s.studentSourcedIds.get(rs.getLong(2))));
            }
        });
        Map<Long, String> guardianSourcedIds = new HashMap<>();
        s.guardians.values().forEach(row -> guardianSourcedIds.put(row.id(), row.sourcedId()));
        jdbc.query("select guardian_id, student_id from student_guardian", (RowCallbackHandler) rs -> {
            String guardian = guardianSourcedIds.get(rs.getLong(1));
            if (guardian != null) {
                s.guardianLinks.computeIfAbsent(guardian, k -> new HashSet<>())
                        .add(orEmpty(s.studentSourcedIds.get(rs.getLong(2))));
            }
        });
        return s;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
