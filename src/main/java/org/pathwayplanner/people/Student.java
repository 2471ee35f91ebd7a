package org.pathwayplanner.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;

@Entity
@Table(name = "student")
public class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String studentNumber;
    private String firstName;
    private String lastName;
    /** The names (and e-mail) as the people search finds them: {@link NameSearch}, set whenever the names are. */
    private String searchFirst;
    private String searchLast;
    private LocalDate dateOfBirth;
    private int gradeLevel;
    private int graduationYear;
    private Long schoolId;
    private Long counselorId;

    protected Student() {
    }

    public Student(String studentNumber, String firstName, String lastName, LocalDate dateOfBirth, int gradeLevel,
            int graduationYear, long schoolId) {
        if (gradeLevel < 6 || gradeLevel > 12) {
            throw new IllegalArgumentException("Grade level must be between 6 and 12, not " + gradeLevel);
        }
        this.studentNumber = studentNumber;
        this.firstName = firstName;
        this.lastName = lastName;
        this.dateOfBirth = dateOfBirth;
        this.gradeLevel = gradeLevel;
        this.graduationYear = graduationYear;
        this.schoolId = schoolId;
    }

    public void assignCounselor(StaffMember counselor) {
        if (counselor.getKind() != StaffKind.COUNSELOR) {
            throw new IllegalArgumentException(counselor.fullName() + " is not a counselor");
        }
        this.counselorId = counselor.getId();
    }

    public void linkAccount(UserAccount account) {
        this.accountId = account.getId();
    }

    public boolean isMinorOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears() < 18;
    }

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void keepSearchKeys() {
        searchFirst = NameSearch.key(firstName);
        searchLast = NameSearch.key(lastName);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public int getGradeLevel() {
        return gradeLevel;
    }

    public int getGraduationYear() {
        return graduationYear;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getCounselorId() {
        return counselorId;
    }
}
