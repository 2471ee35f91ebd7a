package org.pathwayplanner.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A teacher, counselor or administrator. A teacher teaches one or more content areas. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

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
    @Enumerated(EnumType.STRING)
    private StaffKind kind;
    private Long schoolId;

    @ElementCollection
    @CollectionTable(name = "teacher_content_area", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "content_area_id")
    private Set<Long> contentAreaIds = new LinkedHashSet<>();

    protected StaffMember() {
    }

    public StaffMember(UserAccount account, String firstName, String lastName, String email, StaffKind kind,
            Long schoolId) {
        this.accountId = account.getId();
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.kind = kind;
        this.schoolId = schoolId;
    }

    public void teaches(long contentAreaId) {
        if (kind != StaffKind.TEACHER) {
            throw new IllegalStateException(fullName() + " is not a teacher");
        }
        contentAreaIds.add(contentAreaId);
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

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public StaffKind getKind() {
        return kind;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Set<Long> getContentAreaIds() {
        return Collections.unmodifiableSet(contentAreaIds);
    }
}
