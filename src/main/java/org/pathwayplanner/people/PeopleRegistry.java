package org.pathwayplanner.people;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrols people: accounts, schools, staff, students, sections and guardians. */
@Service
@Transactional
public class PeopleRegistry {

    private final SchoolRepository schools;
    private final UserAccountRepository accounts;
    private final StaffMemberRepository staff;
    private final StudentRepository students;
    private final ClassSectionRepository sections;
    private final GuardianRepository guardians;
    private final PasswordEncoder passwordEncoder;

    PeopleRegistry(SchoolRepository schools, UserAccountRepository accounts, StaffMemberRepository staff,
            StudentRepository students, ClassSectionRepository sections, GuardianRepository guardians,
            PasswordEncoder passwordEncoder) {
        this.schools = schools;
        this.accounts = accounts;
        this.staff = staff;
        this.students = students;
        this.sections = sections;
        this.guardians = guardians;
        this.passwordEncoder = passwordEncoder;
    }

    public String hash(String password) {
        return passwordEncoder.encode(password);
    }

    public School add(School school) {
        return schools.save(school);
    }

    public UserAccount openAccount(String username, String passwordHash, String displayName, Role role) {
        accounts.findByUsername(username).ifPresent(existing -> {
            throw new IllegalArgumentException("The username " + username + " is already taken");
        });
        return accounts.save(new UserAccount(username, passwordHash, displayName, role));
    }

    public StaffMember add(StaffMember member) {
        return staff.save(member);
    }

    public Student add(Student student) {
        return students.save(student);
    }

    public ClassSection add(ClassSection section) {
        return sections.save(section);
    }

    /** Moves a student to another counselor's caseload. */
    public void assignCounselor(long studentId, long counselorId) {
        Student student = students.findById(studentId)
                .orElseThrow(() -> new IllegalArgumentException("No student with id " + studentId));
        StaffMember counselor = staff.findById(counselorId)
                .orElseThrow(() -> new IllegalArgumentException("No staff member with id " + counselorId));
        student.assignCounselor(counselor);
    }

    public Guardian add(Guardian guardian) {
        return guardians.save(guardian);
    }
}
