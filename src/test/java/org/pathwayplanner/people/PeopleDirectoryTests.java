package org.pathwayplanner.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.AreaView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module names content areas through the framework's catalog and hands other features names and
 * accounts through its public services; the answers are those of the joins it used to make on other tables.
 */
@PlannerTest
@Transactional
class PeopleDirectoryTests {

    @Autowired
    PeopleDirectory directory;
    @Autowired
    DistrictPeople district;
    @Autowired
    Accounts accounts;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    @Test
    void aStudentsTeachersOfAnAreaAreThoseTheJoinOnTheAreaTableFound() {
        for (long student : someStudents()) {
            assertThat(directory.teachersOfStudentIn(student, List.of())).isEqualTo(teachersByJoin(student, List.of()));
            for (AreaView area : framework.allAreas()) {
                assertThat(directory.teachersOfStudentIn(student, List.of(area.code())))
                        .isEqualTo(teachersByJoin(student, List.of(area.code())));
                assertThat(directory.teachersOfAreasAtSchoolOf(student, List.of(area.code())))
                        .isEqualTo(areaTeachersByJoin(student, area.code()));
            }
        }
    }

    @Test
    void aStudentIsFoundByRosterSourcedIdByUsernameOrByStudentNumber() {
        var student1 = directory.studentOfAccount("student1").orElseThrow();
        var student2 = directory.studentOfAccount("student2").orElseThrow();
        jdbc.update("update student set sourced_id = 'sis-0001' where id = ?", student1.id());

        Map<String, Long> ids = directory.studentIdsByKey(List.of("sis-0001", "student2", student2.studentNumber(),
                "nobody-at-all"));

        assertThat(ids).containsEntry("sis-0001", student1.id()).containsEntry("student2", student2.id())
                .containsEntry(student2.studentNumber(), student2.id()).doesNotContainKey("nobody-at-all");
    }

    @Test
    void aSourcedIdWinsOverAnotherStudentsUsernameThatReadsTheSame() {
        var student1 = directory.studentOfAccount("student1").orElseThrow();
        var student2 = directory.studentOfAccount("student2").orElseThrow();
        jdbc.update("update student set sourced_id = 'student2' where id = ?", student1.id());

        assertThat(directory.studentIdsByKey(List.of("student2"))).containsEntry("student2", student1.id());
        assertThat(student2.id()).isNotEqualTo(student1.id());
    }

    @Test
    void staffAreFoundBySourcedIdOrUsername() {
        var teacher = directory.staffOfAccount("teacher.math").orElseThrow();
        jdbc.update("update staff_member set sourced_id = 'sis-t-9' where id = ?", teacher.id());

        assertThat(directory.staffIdsByKey(List.of("sis-t-9", "teacher.math", "student1")))
                .containsEntry("sis-t-9", teacher.id()).containsEntry("teacher.math", teacher.id())
                .doesNotContainKey("student1");
    }

    @Test
    void anUnknownAreaHasNoTeachersRatherThanEveryTeacher() {
        long student = directory.studentOfAccount("student1").orElseThrow().id();
        assertThat(directory.teachersOfStudentIn(student, List.of())).isNotEmpty();

        assertThat(directory.teachersOfStudentIn(student, List.of("NO-SUCH-AREA"))).isEmpty();
        assertThat(directory.teachersOfAreasAtSchoolOf(student, List.of("NO-SUCH-AREA"))).isEmpty();
    }

    @Test
    void aRetiredAreaStillFindsItsTeachersAndStillNamesThem() {
        long student = directory.studentOfAccount("student1").orElseThrow().id();
        String math = "MATH";
        List<String> before = directory.teachersOfStudentIn(student, List.of(math));
        List<String> areasBefore = teacherAreas();
        assertThat(before).contains("teacher.math");

        jdbc.update("update content_area set retired = true where code = ?", math);
        entities.clear();

        assertThat(framework.areas()).extracting(AreaView::code).doesNotContain(math);
        assertThat(directory.teachersOfStudentIn(student, List.of(math))).isEqualTo(before);
        assertThat(teacherAreas()).isEqualTo(areasBefore);
    }

    @Test
    void theTeachersListNamesEachTeachersAreasInNameOrderAsTheJoinDid() {
        Map<Long, List<String>> byJoin = new java.util.HashMap<>();
        jdbc.query("""
                select tca.staff_id, ca.name from teacher_content_area tca
                  join content_area ca on ca.id = tca.content_area_id order by ca.name""",
                rs -> {
                    byJoin.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        List<DistrictPeople.Teacher> teachers = district.teachers();

        assertThat(teachers).isNotEmpty();
        assertThat(teachers).filteredOn(t -> !t.areas().isEmpty()).isNotEmpty();
        assertThat(teachers).allSatisfy(t -> assertThat(t.areas()).isEqualTo(byJoin.getOrDefault(t.id(), List.of())));
    }

    @Test
    void staffNamesAreReadInOneBatchAndUnknownIdsAreLeftOut() {
        PeopleViews.StaffView math = directory.staffOfAccount("teacher.math").orElseThrow();
        PeopleViews.StaffView counselor = directory.staffOfAccount("counselor1").orElseThrow();

        assertThat(directory.staffNames(Set.of(math.id(), counselor.id(), 987_654_321L))).isEqualTo(Map.of(
                math.id(), math.fullName(), counselor.id(), counselor.fullName()));
        assertThat(directory.staffNames(Set.of())).isEmpty();
    }

    @Test
    void whetherAStudentIsEnrolled() {
        long student = directory.studentOfAccount("student1").orElseThrow().id();

        assertThat(directory.isStudent(student)).isTrue();
        assertThat(directory.isStudent(987_654_321L)).isFalse();
    }

    @Test
    void anAccountIsFoundByItsExactNameAndNeverShowsItsHash() {
        Accounts.Account admin = accounts.account("admin").orElseThrow();

        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.role()).isEqualTo(Role.ADMIN.name());
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.passwordHash()).startsWith("$2");
        assertThat(admin.toString()).doesNotContain(admin.passwordHash()).contains("admin");
        assertThat(accounts.account("nobody-by-this-name")).isEmpty();
        assertThat(accounts.account("ADMIN")).isEmpty();
    }

    private List<Long> someStudents() {
        return jdbc.queryForList("select id from student order by id fetch first 8 rows only", Long.class);
    }

    private List<String> teacherAreas() {
        return district.teachers().stream().flatMap(t -> t.areas().stream()).toList();
    }

    /** The query the directory made before the framework named the areas for it. */
    private List<String> teachersByJoin(long student, List<String> codes) {
        String filter = codes.isEmpty() ? "" : " and ca.code = ?";
        List<Object> args = new ArrayList<>(List.of(student));
        args.addAll(codes);
        return jdbc.queryForList("""
                select distinct a.username from section_enrollment e
                  join class_section cs on cs.id = e.section_id
                  join content_area ca on ca.id = cs.content_area_id
                  join staff_member t on t.id = cs.teacher_id
                  join user_account a on a.id = t.account_id
                 where e.student_id = ?""" + filter + " order by a.username", String.class, args.toArray());
    }

    private List<String> areaTeachersByJoin(long student, String code) {
        return jdbc.queryForList("""
                select distinct a.username from staff_member t
                  join user_account a on a.id = t.account_id
                 where t.kind = 'TEACHER' and a.enabled
                   and t.school_id = (select school_id from student where id = ?)
                   and (t.id in (select tca.staff_id from teacher_content_area tca
                                   join content_area ca on ca.id = tca.content_area_id where ca.code = ?)
                        or t.id in (select cs.teacher_id from class_section cs
                                      join content_area ca on ca.id = cs.content_area_id where ca.code = ?))
                 order by a.username""", String.class, student, code, code);
    }
}
