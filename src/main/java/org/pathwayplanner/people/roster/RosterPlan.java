package org.pathwayplanner.people.roster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pathwayplanner.exchange.ImportProblems;
import org.pathwayplanner.framework.FrameworkViews.AreaView;
import org.pathwayplanner.people.roster.Roster.Demographic;
import org.pathwayplanner.people.roster.Roster.Enrollment;
import org.pathwayplanner.people.roster.Roster.FileMode;
import org.pathwayplanner.people.roster.Roster.Org;
import org.pathwayplanner.people.roster.Roster.PersonKind;
import org.pathwayplanner.people.roster.Roster.RosterClass;
import org.pathwayplanner.people.roster.Roster.Status;
import org.pathwayplanner.people.roster.Roster.User;
import org.pathwayplanner.people.roster.RosterChanges.AccountWrite;
import org.pathwayplanner.people.roster.RosterChanges.EnrollmentKey;
import org.pathwayplanner.people.roster.RosterChanges.GuardianWrite;
import org.pathwayplanner.people.roster.RosterChanges.SchoolWrite;
import org.pathwayplanner.people.roster.RosterChanges.SectionWrite;
import org.pathwayplanner.people.roster.RosterChanges.StaffWrite;
import org.pathwayplanner.people.roster.RosterChanges.StudentWrite;
import org.pathwayplanner.people.roster.RosterState.AccountRow;
import org.pathwayplanner.people.roster.RosterState.GuardianRow;
import org.pathwayplanner.people.roster.RosterState.SchoolRow;
import org.pathwayplanner.people.roster.RosterState.SectionRow;
import org.pathwayplanner.people.roster.RosterState.StaffRow;
import org.pathwayplanner.people.roster.RosterState.StudentRow;

/**
 * Compares a roster with what the district holds and works out every change, record by record, keyed by sourcedId:
 * a record not held is created, a held one that differs is updated, one marked {@code tobedeleted} or missing from a
 * bulk file is retired, the rest is unchanged. Whatever does not fit together (a class of an unknown school, a
 * username that belongs to an account the roster does not name) is a problem on the line that says it.
 */
final class RosterPlan {

    private final Roster roster;
    private final RosterState state;
    private final List<AreaView> areas;
    private final ImportProblems problems;
    private final int schoolYearStart;
    private final RosterChanges changes = new RosterChanges();

    private final Map<String, Org> schoolsInRoster = new HashMap<>();
    private final Map<String, User> usersInRoster = new HashMap<>();
    private final Map<String, String> teacherOfClass = new HashMap<>();

    RosterPlan(Roster roster, RosterState state, List<AreaView> areas, LocalDate today, ImportProblems problems) {
        this.roster = roster;
        this.state = state;
        this.areas = areas;
        this.problems = problems;
        this.schoolYearStart = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
    }

    RosterChanges changes() {
        roster.modes().forEach((file, mode) -> {
            if (mode != FileMode.ABSENT) {
                changes.counts.read(file);
            }
        });
        schools();
        users();
        classes();
        enrollments();
        return changes;
    }

    // ------------------------------------------------------------------------------------------ schools

    private void schools() {
        Set<String> listed = new HashSet<>();
        for (Org org : roster.orgs()) {
            if (!org.isSchool()) {
                continue;
            }
            listed.add(org.sourcedId());
            SchoolRow held = state.schools.get(org.sourcedId());
            if (org.status() == Status.TO_BE_DELETED) {
                retireSchool(held);
                continue;
            }
            schoolsInRoster.put(org.sourcedId(), org);
            String code = org.identifier().isEmpty() ? org.sourcedId() : org.identifier();
            if (code.length() > 20) {
                problems.at(Roster.ORGS, org.line(), org.identifier().isEmpty() ? "sourcedId" : "identifier",
                        "roster.problem.codeTooLong", code, 20);
                continue;
            }
            String codeOwner = state.schoolCodes.get(code);
            if (codeOwner != null && !codeOwner.equals(org.sourcedId())) {
                problems.at(Roster.ORGS, org.line(), "identifier", "roster.problem.schoolCodeTaken", code);
                continue;
            }
            String name = cut(org.name(), 160);
            if (held == null) {
                changes.schools.add(new SchoolWrite(null, org.sourcedId(), code, name));
                changes.counts.created(Roster.ORGS);
            } else if (!held.code().equals(code) || !held.name().equals(name) || held.retired()) {
                changes.schools.add(new SchoolWrite(held.id(), org.sourcedId(), code, name));
                changes.counts.updated(Roster.ORGS);
            } else {
                changes.counts.unchanged(Roster.ORGS);
            }
        }
        if (roster.mode(Roster.ORGS) == FileMode.BULK) {
            state.schools.values().stream().filter(s -> !listed.contains(s.sourcedId()))
                    .forEach(this::retireSchool);
        }
    }

    private void retireSchool(SchoolRow held) {
        if (held != null && !held.retired()) {
            changes.retireSchools.add(held.id());
            changes.counts.retired(Roster.ORGS);
        }
    }

    private boolean isSchool(String sourcedId) {
        return schoolsInRoster.containsKey(sourcedId)
                || (state.schools.containsKey(sourcedId) && !state.schools.get(sourcedId).retired()
                && !retiredHere(sourcedId));
    }

    private boolean retiredHere(String schoolSourcedId) {
        SchoolRow held = state.schools.get(schoolSourcedId);
        return held != null && changes.retireSchools.contains(held.id());
    }

    // ------------------------------------------------------------------------------------------ people

    private void users() {
        Map<String, LocalDate> birthDates = new HashMap<>();
        for (Demographic d : roster.demographics()) {
            if (d.birthDate() != null && d.status() == Status.ACTIVE) {
                birthDates.put(d.sourcedId(), d.birthDate());
            }
        }
        Map<String, Long> usernameLines = new HashMap<>();
        Map<String, Set<String>> guardiansOfStudent = new HashMap<>();
        for (User u : roster.users()) {
            if (u.kind() != null && u.status() == Status.ACTIVE) {
                usersInRoster.put(u.sourcedId(), u);
            }
        }
        // agentSourcedIds link both ways: a guardian lists their students, a student lists their guardians
        for (User u : usersInRoster.values()) {
            for (String agent : u.agentSourcedIds()) {
                User other = usersInRoster.get(agent);
                if (u.kind() == PersonKind.GUARDIAN) {
                    if (other != null && other.kind() == PersonKind.STUDENT || other == null
                            && state.students.containsKey(agent)) {
                        guardiansOfStudent.computeIfAbsent(agent, k -> new LinkedHashSet<>()).add(u.sourcedId());
                    } else {
                        problems.at(Roster.USERS, u.line(), "agentSourcedIds", "roster.problem.unknownStudent", agent);
                    }
                } else if (u.kind() == PersonKind.STUDENT && other != null && other.kind() == PersonKind.GUARDIAN) {
                    guardiansOfStudent.computeIfAbsent(u.sourcedId(), k -> new LinkedHashSet<>()).add(agent);
                }
            }
        }
        Map<String, Set<String>> studentsOfGuardian = new HashMap<>();
        guardiansOfStudent.forEach((student, guardians) -> guardians.forEach(
                g -> studentsOfGuardian.computeIfAbsent(g, k -> new HashSet<>()).add(student)));

        Set<String> listed = new HashSet<>();
        for (User u : roster.users()) {
            listed.add(u.sourcedId());
            if (u.kind() == null) {
                continue;
            }
            if (u.status() == Status.TO_BE_DELETED) {
                retirePerson(u.sourcedId());
                continue;
            }
            Long first = usernameLines.putIfAbsent(u.username(), u.line());
            if (first != null) {
                problems.at(Roster.USERS, u.line(), "username", "roster.problem.usernameTwice", u.username(), first);
                continue;
            }
            if (!kindFits(u)) {
                continue;
            }
            AccountRow account = state.accountsByUsername.get(u.username());
            if (account != null && !u.sourcedId().equals(state.accountOwners.get(account.id()))) {
                problems.at(Roster.USERS, u.line(), "username", "roster.problem.usernameTaken", u.username());
                continue;
            }
            switch (u.kind()) {
                case STUDENT -> student(u, birthDates.get(u.sourcedId()));
                case GUARDIAN -> guardian(u, studentsOfGuardian.getOrDefault(u.sourcedId(), Set.of()));
                default -> staff(u);
            }
        }
        if (roster.mode(Roster.USERS) == FileMode.BULK) {
            state.students.keySet().stream().filter(id -> !listed.contains(id)).forEach(this::retirePerson);
            state.staff.keySet().stream().filter(id -> !listed.contains(id)).forEach(this::retirePerson);
            state.guardians.keySet().stream().filter(id -> !listed.contains(id)).forEach(this::retirePerson);
        }
    }

    /** A person stays in the table they were first imported into: a student does not become a teacher. */
    private boolean kindFits(User u) {
        String was = state.students.containsKey(u.sourcedId()) ? "student"
                : state.staff.containsKey(u.sourcedId()) ? "staff"
                : state.guardians.containsKey(u.sourcedId()) ? "guardian" : null;
        String is = switch (u.kind()) {
            case STUDENT -> "student";
            case GUARDIAN -> "guardian";
            default -> "staff";
        };
        if (was != null && !was.equals(is)) {
            problems.at(Roster.USERS, u.line(), "role", "roster.problem.roleChanged", u.role());
            return false;
        }
        return true;
    }

    private void retirePerson(String sourcedId) {
        StudentRow student = state.students.get(sourcedId);
        if (student != null && !student.retired()) {
            changes.retireStudents.add(student.id());
            Optional.ofNullable(student.accountId()).ifPresent(changes.disableAccounts::add);
            changes.counts.retired(Roster.USERS);
        }
        StaffRow member = state.staff.get(sourcedId);
        if (member != null && !member.retired()) {
            changes.retireStaff.add(member.id());
            changes.disableAccounts.add(member.accountId());
            changes.counts.retired(Roster.USERS);
        }
        GuardianRow guardian = state.guardians.get(sourcedId);
        if (guardian != null && !guardian.retired()) {
            changes.retireGuardians.add(guardian.id());
            Optional.ofNullable(guardian.accountId()).ifPresent(changes.disableAccounts::add);
            changes.counts.retired(Roster.USERS);
        }
    }

    private String schoolOf(User u, boolean required) {
        for (String org : u.orgSourcedIds()) {
            if (isSchool(org)) {
                return org;
            }
        }
        if (required || !u.orgSourcedIds().isEmpty() && u.orgSourcedIds().stream()
                .noneMatch(o -> roster.orgs().stream().anyMatch(r -> r.sourcedId().equals(o)))) {
            problems.at(Roster.USERS, u.line(), "orgSourcedIds", "roster.problem.noSchool",
                    String.join(",", u.orgSourcedIds()));
            return null;
        }
        return null;
    }

    /** The account the person should have; true when it must be opened or changed. */
    private boolean account(User u, Long heldAccountId, String role) {
        String displayName = cut(u.givenName() + " " + u.familyName(), 160);
        boolean enabled = u.enabled();
        String email = u.email() == null || u.email().isBlank() ? null : u.email().trim().toLowerCase(Locale.ROOT);
        AccountRow held = heldAccountId == null ? null : state.accountsById.get(heldAccountId);
        if (held != null && held.username().equals(u.username()) && held.displayName().equals(displayName)
                && held.role().equals(role) && held.enabled() == enabled && Objects.equals(held.email(), email)) {
            return false;
        }
        if (held == null && state.accountsByUsername.containsKey(u.username())) {
            return false; // refused above
        }
        changes.accounts.add(new AccountWrite(held == null ? null : held.id(), u.username(), displayName, role,
                enabled, email));
        changes.usernames.put(u.sourcedId(), u.username());
        return true;
    }

    private void student(User u, LocalDate birthDate) {
        StudentRow held = state.students.get(u.sourcedId());
        if (u.grade() == null) {
            return; // the grade's problem is already on this line
        }
        LocalDate born = birthDate != null ? birthDate : held == null ? null : held.birthDate();
        if (born == null) {
            problems.at(Roster.USERS, u.line(), "sourcedId", "roster.problem.noBirthDate", u.sourcedId());
            return;
        }
        String school = schoolOf(u, true);
        if (school == null) {
            return;
        }
        String number = u.identifier().isEmpty() ? u.sourcedId() : u.identifier();
        if (number.length() > 20) {
            problems.at(Roster.USERS, u.line(), "identifier", "roster.problem.codeTooLong", number, 20);
            return;
        }
        String numberOwner = state.studentNumbers.get(number);
        if (numberOwner != null && !numberOwner.equals(u.sourcedId())) {
            problems.at(Roster.USERS, u.line(), "identifier", "roster.problem.numberTaken", number);
            return;
        }
        int graduationYear = schoolYearStart + 1 + (12 - u.grade());
        boolean accountChanged = account(u, held == null ? null : held.accountId(), "STUDENT");
        StudentWrite write = new StudentWrite(held == null ? null : held.id(), u.sourcedId(), u.username(), number,
                u.givenName(), u.familyName(), born, u.grade(), graduationYear, school);
        if (held == null) {
            changes.students.add(write);
            changes.usernames.put(u.sourcedId(), u.username());
            changes.counts.created(Roster.USERS);
        } else if (accountChanged || held.retired() || !held.number().equals(number)
                || !held.firstName().equals(u.givenName()) || !held.lastName().equals(u.familyName())
                || !held.birthDate().equals(born) || held.grade() != u.grade()
                || held.graduationYear() != graduationYear
                || !school.equals(state.schoolSourcedIds.get(held.schoolId()))) {
            changes.students.add(write);
            changes.counts.updated(Roster.USERS);
        } else {
            changes.counts.unchanged(Roster.USERS);
        }
    }

    private void staff(User u) {
        StaffRow held = state.staff.get(u.sourcedId());
        String kind = u.kind().name();
        String school = schoolOf(u, false);
        boolean accountChanged = account(u, held == null ? null : held.accountId(), kind);
        StaffWrite write = new StaffWrite(held == null ? null : held.id(), u.sourcedId(), u.username(),
                u.givenName(), u.familyName(), blankToNull(u.email()), kind, school);
        if (held == null) {
            changes.staff.add(write);
            changes.counts.created(Roster.USERS);
        } else if (accountChanged || held.retired() || !held.firstName().equals(u.givenName())
                || !held.lastName().equals(u.familyName()) || !Objects.equals(held.email(), blankToNull(u.email()))
                || !held.kind().equals(kind)
                || !Objects.equals(school, held.schoolId() == null ? null : state.schoolSourcedIds.get(held.schoolId()))) {
            changes.staff.add(write);
            changes.counts.updated(Roster.USERS);
        } else {
            changes.counts.unchanged(Roster.USERS);
        }
    }

    private void guardian(User u, Set<String> students) {
        GuardianRow held = state.guardians.get(u.sourcedId());
        boolean accountChanged = account(u, held == null ? null : held.accountId(), "GUARDIAN");
        Set<String> heldLinks = state.guardianLinks.getOrDefault(u.sourcedId(), Set.of());
        boolean linksChanged = !heldLinks.equals(students);
        String relationship = cut(Character.toUpperCase(u.role().charAt(0)) + u.role().substring(1)
                .toLowerCase(Locale.ROOT), 40);
        GuardianWrite write = new GuardianWrite(held == null ? null : held.id(), u.sourcedId(), u.username(),
                u.givenName(), u.familyName(), blankToNull(u.email()), blankToNull(u.phone()), students, relationship,
                linksChanged);
        if (held == null) {
            changes.guardians.add(write);
            changes.counts.created(Roster.USERS);
        } else if (accountChanged || linksChanged || held.retired() || !held.firstName().equals(u.givenName())
                || !held.lastName().equals(u.familyName()) || !Objects.equals(held.email(), blankToNull(u.email()))
                || !Objects.equals(held.phone(), blankToNull(u.phone()))) {
            changes.guardians.add(write);
            changes.counts.updated(Roster.USERS);
        } else {
            changes.counts.unchanged(Roster.USERS);
        }
    }

    // ------------------------------------------------------------------------------------------ classes

    private void classes() {
        for (Enrollment e : roster.enrollments()) {
            if (e.status() == Status.ACTIVE && e.role().equals("teacher")
                    && (e.primary() || !teacherOfClass.containsKey(e.classSourcedId()))) {
                teacherOfClass.put(e.classSourcedId(), e.userSourcedId());
            }
        }
        Map<String, String> yearOfTerm = new HashMap<>();
        roster.sessions().forEach(s -> {
            if (s.schoolYear().matches("\\d{4}")) {
                int end = Integer.parseInt(s.schoolYear());
                yearOfTerm.put(s.sourcedId(), (end - 1) + "-" + end);
            }
        });
        Map<String, List<String>> subjectsOfCourse = new HashMap<>();
        roster.courses().forEach(c -> subjectsOfCourse.put(c.sourcedId(), c.subjects()));
        String thisYear = schoolYearStart + "-" + (schoolYearStart + 1);

        Set<String> listed = new HashSet<>();
        for (RosterClass c : roster.classes()) {
            listed.add(c.sourcedId());
            SectionRow held = state.sections.get(c.sourcedId());
            if (c.status() == Status.TO_BE_DELETED) {
                retireSection(held);
                continue;
            }
            if (!isSchool(c.schoolSourcedId())) {
                problems.at(Roster.CLASSES, c.line(), "schoolSourcedId", "roster.problem.unknownSchool",
                        c.schoolSourcedId());
                continue;
            }
            String code = c.classCode().isEmpty() ? c.sourcedId() : c.classCode();
            if (code.length() > 40) {
                problems.at(Roster.CLASSES, c.line(), "classCode", "roster.problem.codeTooLong", code, 40);
                continue;
            }
            String codeOwner = state.sectionCodes.get(code);
            if (codeOwner != null && !codeOwner.equals(c.sourcedId())) {
                problems.at(Roster.CLASSES, c.line(), "classCode", "roster.problem.classCodeTaken", code);
                continue;
            }
            String teacher = teacherOfClass.getOrDefault(c.sourcedId(),
                    held == null ? null : state.staffSourcedIds.get(held.teacherId()));
            if (teacher == null) {
                problems.at(Roster.CLASSES, c.line(), "sourcedId", "roster.problem.noTeacher", c.sourcedId());
                continue;
            }
            String year = c.termSourcedIds().stream().map(yearOfTerm::get).filter(Objects::nonNull).findFirst()
                    .orElse(held == null ? thisYear : held.schoolYear());
            List<String> subjects = c.subjects().isEmpty()
                    ? subjectsOfCourse.getOrDefault(c.courseSourcedId(), List.of()) : c.subjects();
            Long area = areaOf(subjects);
            String name = cut(c.title(), 160);
            SectionWrite write = new SectionWrite(held == null ? null : held.id(), c.sourcedId(), code, name, year,
                    c.schoolSourcedId(), teacher, area);
            if (held == null) {
                changes.sections.add(write);
                changes.counts.created(Roster.CLASSES);
            } else if (held.retired() || !held.code().equals(code) || !held.name().equals(name)
                    || !held.schoolYear().equals(year) || !Objects.equals(held.areaId(), area)
                    || !c.schoolSourcedId().equals(state.schoolSourcedIds.get(held.schoolId()))
                    || !teacher.equals(state.staffSourcedIds.get(held.teacherId()))) {
                changes.sections.add(write);
                changes.counts.updated(Roster.CLASSES);
            } else {
                changes.counts.unchanged(Roster.CLASSES);
            }
        }
        if (roster.mode(Roster.CLASSES) == FileMode.BULK) {
            state.sections.values().stream().filter(s -> !listed.contains(s.sourcedId())).forEach(this::retireSection);
        }
    }

    private void retireSection(SectionRow held) {
        if (held != null && !held.retired()) {
            changes.retireSections.add(held.id());
            changes.counts.retired(Roster.CLASSES);
        }
    }

    /** The district's content area a class's subjects name (by the area's code or name), if any. */
    private Long areaOf(List<String> subjects) {
        for (String subject : subjects) {
            for (AreaView area : areas) {
                if (area.code().equalsIgnoreCase(subject) || area.name().equalsIgnoreCase(subject)) {
                    return area.id();
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ enrolments

    private void enrollments() {
        Set<String> classes = new HashSet<>();
        changes.sections.forEach(s -> classes.add(s.sourcedId()));
        state.sections.values().stream().filter(s -> !s.retired() && !changes.retireSections.contains(s.id()))
                .forEach(s -> classes.add(s.sourcedId()));
        Set<String> staffKnown = new HashSet<>();
        usersInRoster.values().stream().filter(u -> u.kind() != PersonKind.STUDENT && u.kind() != PersonKind.GUARDIAN)
                .forEach(u -> staffKnown.add(u.sourcedId()));
        staffKnown.addAll(state.staff.keySet());
        Set<EnrollmentKey> wanted = new LinkedHashSet<>();
        for (Enrollment e : roster.enrollments()) {
            if (!classes.contains(e.classSourcedId()) && e.status() == Status.ACTIVE) {
                problems.at(Roster.ENROLLMENTS, e.line(), "classSourcedId", "roster.problem.unknownClass",
                        e.classSourcedId());
                continue;
            }
            if (e.role().equals("teacher")) {
                if (e.status() == Status.ACTIVE && !staffKnown.contains(e.userSourcedId())) {
                    problems.at(Roster.ENROLLMENTS, e.line(), "userSourcedId", "roster.problem.unknownTeacher",
                            e.userSourcedId());
                }
                continue;
            }
            if (!e.role().equals("student")) {
                continue;
            }
            EnrollmentKey key = new EnrollmentKey(e.classSourcedId(), e.userSourcedId());
            boolean held = state.enrollments.getOrDefault(e.classSourcedId(), Set.of()).contains(e.userSourcedId());
            if (e.status() == Status.TO_BE_DELETED) {
                if (held) {
                    changes.unenrol.add(key);
                    changes.counts.retired(Roster.ENROLLMENTS);
                }
                continue;
            }
            User student = usersInRoster.get(e.userSourcedId());
            boolean studentKnown = student != null ? student.kind() == PersonKind.STUDENT
                    : state.students.containsKey(e.userSourcedId());
            if (!studentKnown) {
                problems.at(Roster.ENROLLMENTS, e.line(), "userSourcedId", "roster.problem.unknownStudent",
                        e.userSourcedId());
                continue;
            }
            if (!wanted.add(key)) {
                continue;
            }
            if (held) {
                changes.counts.unchanged(Roster.ENROLLMENTS);
            } else {
                changes.enrol.add(key);
                changes.counts.created(Roster.ENROLLMENTS);
            }
        }
        if (roster.mode(Roster.ENROLLMENTS) == FileMode.BULK) {
            Set<Long> retiring = new HashSet<>(changes.retireSections);
            Set<String> retiringStudents = new HashSet<>();
            changes.retireStudents.forEach(id -> retiringStudents.add(state.studentSourcedIds.get(id)));
            state.enrollments.forEach((section, students) -> {
                SectionRow held = state.sections.get(section);
                if (held == null || retiring.contains(held.id())) {
                    return;
                }
                students.stream().filter(s -> !s.isEmpty() && !retiringStudents.contains(s))
                        .map(s -> new EnrollmentKey(section, s)).filter(k -> !wanted.contains(k)).forEach(k -> {
                            changes.unenrol.add(k);
                            changes.counts.retired(Roster.ENROLLMENTS);
                        });
            });
        }
    }

    // ------------------------------------------------------------------------------------------ values

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
