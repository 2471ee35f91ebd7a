package org.pathwayplanner.people;

import java.time.LocalDate;

/** Read-only views of people handed to other modules. */
public final class PeopleViews {

    private PeopleViews() {
    }

    public record StudentView(long id, String studentNumber, String firstName, String lastName, LocalDate dateOfBirth,
            int gradeLevel, int graduationYear, String schoolName, Long counselorId, String counselorName,
            String username) {

        public String fullName() {
            return firstName + " " + lastName;
        }

        public boolean isMinorOn(LocalDate day) {
            return dateOfBirth.plusYears(18).isAfter(day);
        }
    }

    public record StaffView(long id, String firstName, String lastName, String kind, String schoolName,
            String username) {

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    public record SectionView(long id, String code, String name, String schoolYear, Long contentAreaId,
            int enrolled) {
    }

    public record GuardianView(long id, String fullName, String email, String phone, String relationship,
            String username) {
    }

    public record RosterEntry(long studentId, int gradeLevel, int graduationYear) {
    }

    public record CounselorLoad(long id, String name, String username, String schoolName, int caseload, String firstName,
            String lastName) {
    }
}
