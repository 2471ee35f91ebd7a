package org.pathwayplanner.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A parent or guardian, linked to one or more students. */
@Entity
@Table(name = "guardian")
public class Guardian {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String firstName;
    private String lastName;
    /** The names (and e-mail) as the people search finds them: {@link NameSearch}, set whenever the names are. */
    private String searchFirst;
    private String searchLast;
    private String searchEmail;
    private String email;
    private String phone;

    @ElementCollection
    @CollectionTable(name = "student_guardian", joinColumns = @JoinColumn(name = "guardian_id"))
    private Set<GuardianOf> students = new LinkedHashSet<>();

    protected Guardian() {
    }

    public Guardian(UserAccount account, String firstName, String lastName, String email, String phone) {
        this.accountId = account == null ? null : account.getId();
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.phone = phone;
    }

    public void guardianOf(Student student, String relationship) {
        students.add(new GuardianOf(student.getId(), relationship));
    }

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void keepSearchKeys() {
        searchFirst = NameSearch.key(firstName);
        searchLast = NameSearch.key(lastName);
        searchEmail = NameSearch.emailKey(email);
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

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Set<GuardianOf> getStudents() {
        return Collections.unmodifiableSet(students);
    }

    @Embeddable
    public record GuardianOf(Long studentId, String relationship) {
    }
}
