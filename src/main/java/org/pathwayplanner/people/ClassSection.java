package org.pathwayplanner.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A class a teacher teaches in a school year, with the students enrolled in it. */
@Entity
@Table(name = "class_section")
public class ClassSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String schoolYear;
    private Long schoolId;
    private Long teacherId;
    private Long contentAreaId;

    @ElementCollection
    @CollectionTable(name = "section_enrollment", joinColumns = @JoinColumn(name = "section_id"))
    @Column(name = "student_id")
    private Set<Long> studentIds = new LinkedHashSet<>();

    protected ClassSection() {
    }

    public ClassSection(String code, String name, String schoolYear, long schoolId, StaffMember teacher,
            Long contentAreaId) {
        if (teacher.getKind() != StaffKind.TEACHER) {
            throw new IllegalArgumentException(teacher.fullName() + " is not a teacher");
        }
        this.code = code;
        this.name = name;
        this.schoolYear = schoolYear;
        this.schoolId = schoolId;
        this.teacherId = teacher.getId();
        this.contentAreaId = contentAreaId;
    }

    public void enrol(Student student) {
        studentIds.add(student.getId());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public Long getContentAreaId() {
        return contentAreaId;
    }

    public Set<Long> getStudentIds() {
        return Collections.unmodifiableSet(studentIds);
    }
}
