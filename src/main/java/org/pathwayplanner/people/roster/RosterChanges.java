package org.pathwayplanner.people.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathwayplanner.exchange.ImportCounts;

/**
 * What an import writes, worked out by {@link RosterPlan} before anything is written: records to create (no id
 * yet) or update (their id), accounts, links and enrolments by sourcedId, and the ids of the records to retire.
 */
final class RosterChanges {

    record SchoolWrite(Long id, String sourcedId, String code, String name) {
    }

    /** An account to open (id null) or to change. */
    /** {@code email} in lower case: the address by which the district's sign-in and the notifications find them. */
    record AccountWrite(Long id, String username, String displayName, String role, boolean enabled, String email) {
    }

    record StudentWrite(Long id, String sourcedId, String username, String number, String firstName,
            String lastName, LocalDate birthDate, int grade, int graduationYear, String schoolSourcedId) {
    }

    record StaffWrite(Long id, String sourcedId, String username, String firstName, String lastName, String email,
            String kind, String schoolSourcedId) {
    }

    record GuardianWrite(Long id, String sourcedId, String username, String firstName, String lastName, String email,
            String phone, Set<String> studentSourcedIds, String relationship, boolean linksChanged) {
    }

    record SectionWrite(Long id, String sourcedId, String code, String name, String schoolYear,
            String schoolSourcedId, String teacherSourcedId, Long areaId) {
    }

    record EnrollmentKey(String classSourcedId, String studentSourcedId) {
    }

    final ImportCounts counts = new ImportCounts();
    final List<SchoolWrite> schools = new ArrayList<>();
    final List<AccountWrite> accounts = new ArrayList<>();
    final List<StudentWrite> students = new ArrayList<>();
    final List<StaffWrite> staff = new ArrayList<>();
    final List<GuardianWrite> guardians = new ArrayList<>();
    final List<SectionWrite> sections = new ArrayList<>();
    final List<EnrollmentKey> enrol = new ArrayList<>();
    final List<EnrollmentKey> unenrol = new ArrayList<>();
    final List<Long> retireSchools = new ArrayList<>();
    final List<Long> retireStudents = new ArrayList<>();
    final List<Long> retireStaff = new ArrayList<>();
    final List<Long> retireGuardians = new ArrayList<>();
    final List<Long> retireSections = new ArrayList<>();
    /** The accounts of retired people, disabled. */
    final List<Long> disableAccounts = new ArrayList<>();
    /** Usernames of the accounts the import opens or changes, by the sourcedId of their person. */
    final Map<String, String> usernames = new java.util.HashMap<>();

    /** Rows the writer goes through, for the progress bar. */
    long size() {
        return schools.size() + accounts.size() + students.size() + staff.size() + guardians.size() + sections.size()
                + enrol.size() + unenrol.size() + retireSchools.size() + retireStudents.size() + retireStaff.size()
                + retireGuardians.size() + retireSections.size();
    }
}
