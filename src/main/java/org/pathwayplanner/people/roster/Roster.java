package org.pathwayplanner.people.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A OneRoster upload as read: each file's rows (with the line each came from) and how the manifest says to apply
 * each file. Only what the product keeps is read; other columns are ignored.
 */
record Roster(Map<String, FileMode> modes, List<Org> orgs, List<Session> sessions, List<Course> courses,
        List<RosterClass> classes, List<User> users, List<Enrollment> enrollments, List<Demographic> demographics) {

    static final String MANIFEST = "manifest.csv";
    static final String ORGS = "orgs.csv";
    static final String SESSIONS = "academicSessions.csv";
    static final String COURSES = "courses.csv";
    static final String CLASSES = "classes.csv";
    static final String USERS = "users.csv";
    static final String ENROLLMENTS = "enrollments.csv";
    static final String DEMOGRAPHICS = "demographics.csv";
    static final String ROLES = "roles.csv";

    /** How the manifest says to apply a file: all records (bulk), only the rows given (delta), or not at all. */
    enum FileMode { BULK, DELTA, ABSENT }

    FileMode mode(String file) {
        return modes.getOrDefault(file, FileMode.ABSENT);
    }

    /** OneRoster's status column: empty or {@code active}, or {@code tobedeleted}. */
    enum Status { ACTIVE, TO_BE_DELETED }

    record Org(long line, String sourcedId, Status status, String name, String type, String identifier) {
        boolean isSchool() {
            return "school".equalsIgnoreCase(type);
        }
    }

    record Session(long line, String sourcedId, Status status, String type, String schoolYear) {
    }

    record Course(long line, String sourcedId, Status status, String title, List<String> subjects) {
    }

    record RosterClass(long line, String sourcedId, Status status, String title, String classCode,
            String courseSourcedId, String schoolSourcedId, List<String> termSourcedIds, List<String> subjects) {
    }

    /** A person; {@code kind} is what the product makes of the OneRoster role (null: a role it has no use for). */
    record User(long line, String sourcedId, Status status, boolean enabled, List<String> orgSourcedIds, String role,
            PersonKind kind, String username, String identifier, String givenName, String familyName, String email,
            String phone, List<String> agentSourcedIds, Integer grade) {
    }

    record Enrollment(long line, String sourcedId, Status status, String classSourcedId, String userSourcedId,
            String role, boolean primary) {
    }

    record Demographic(long line, String sourcedId, Status status, LocalDate birthDate) {
    }

    /** What a OneRoster role becomes here. */
    enum PersonKind { STUDENT, TEACHER, COUNSELOR, ADMIN, GUARDIAN }
}
