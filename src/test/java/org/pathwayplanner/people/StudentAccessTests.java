package org.pathwayplanner.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@PlannerTest
class StudentAccessTests {

    @Autowired
    StudentAccess access;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    long student1;
    long otherStudent;

    @BeforeEach
    void twoStudentsOfDifferentSchools() {
        student1 = directory.studentOfAccount("student1").orElseThrow().id();
        // student1 is at Riverside with counselor1; pick a Northfield student: another school, counselor, teachers.
        otherStudent = jdbc.queryForObject("""
                select min(s.id) from student s join school sc on sc.id = s.school_id where sc.code = 'NFA'""", Long.class);
    }

    @Test
    void aStudentSeesOnlyTheirOwnRecord() {
        assertThat(access.maySee("student1", Role.STUDENT, student1)).isTrue();
        assertThat(access.maySee("student1", Role.STUDENT, otherStudent)).isFalse();
    }

    @Test
    void aTeacherSeesTheStudentsOfTheirSections() {
        assertThat(access.maySee("teacher.math", Role.TEACHER, student1)).isTrue();
        assertThat(access.maySee("teacher.math", Role.TEACHER, otherStudent)).isFalse();
        assertThat(access.maySee("teacher.math2", Role.TEACHER, otherStudent)).isTrue();
    }

    @Test
    void aTeacherTeachesAStudentInTheContentAreasOfTheSectionsTheyShare() {
        long math = jdbc.queryForObject("select id from content_area where code = 'MATH'", Long.class);
        long english = jdbc.queryForObject("select id from content_area where code = 'ELA'", Long.class);

        assertThat(access.teachesInArea("teacher.math", student1, math)).isTrue();
        assertThat(access.teachesInArea("teacher.math", student1, english)).isFalse();
        assertThat(access.teachesInArea("teacher.math2", student1, math)).isFalse();
        assertThat(access.teachesInArea("teacher.ela", student1, english)).isTrue();
        assertThat(access.teachesInArea("counselor1", student1, math)).isFalse();
    }

    @Test
    void aCounselorSeesTheirCaseload() {
        assertThat(access.maySee("counselor1", Role.COUNSELOR, student1)).isTrue();
        assertThat(access.maySee("counselor1", Role.COUNSELOR, otherStudent)).isFalse();
    }

    @Test
    void aGuardianSeesTheirLinkedStudents() {
        assertThat(access.maySee("guardian1", Role.GUARDIAN, student1)).isTrue();
        assertThat(access.maySee("guardian1", Role.GUARDIAN, otherStudent)).isFalse();
    }

    @Test
    void anAdministratorSeesEveryone() {
        assertThat(access.maySee("admin", Role.ADMIN, otherStudent)).isTrue();
    }

    @Test
    void aRoleClaimedWithoutTheMatchingRecordsSeesNothing() {
        assertThat(access.maySee("student1", Role.COUNSELOR, student1)).isFalse();
        assertThat(access.maySee("teacher.math", Role.STUDENT, student1)).isFalse();
    }

    @Test
    void aRefusalSaysWhichRecordWasRefused() {
        assertThatThrownBy(() -> access.checkMaySee("student1", Role.STUDENT, otherStudent))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("student " + otherStudent);
    }
}
