package org.pathwayplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PlannerTest
class DemoDistrictTests {

    static final List<String> TABLES = List.of("school", "user_account", "staff_member", "student", "class_section",
            "section_enrollment", "guardian", "student_guardian", "content_area", "state_standard", "competency",
            "learning_objective", "competency_prerequisite", "competency_standard", "credit_bundle", "evidence",
            "evidence_score");

    @Autowired
    DemoDistrict demo;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecondRunAddsNothing() {
        Map<String, Integer> before = counts();

        boolean generated = demo.generate(60, 20261124L);

        assertThat(generated).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theDistrictHasEveryContentAreaWithFiveToEightCompetenciesOfThreeToSixObjectives() {
        List<Map<String, Object>> perArea = jdbc.queryForList("""
                select a.code, count(c.id) as competencies from content_area a
                  join competency c on c.content_area_id = a.id group by a.code""");
        assertThat(perArea).extracting(row -> row.get("code"))
                .contains("ELA", "MATH", "SCI", "SS", "WL", "ART", "PEH");
        assertThat(perArea).allSatisfy(row -> assertThat(((Number) row.get("competencies")).intValue()).isBetween(5, 8));
        assertThat(jdbc.queryForList("""
                select count(o.id) from competency c join learning_objective o on o.competency_id = c.id
                 group by c.id""", Integer.class)).allSatisfy(n -> assertThat(n).isBetween(3, 6));
        assertThat(jdbc.queryForObject("select count(*) from competency where kind = 'CROSS_CURRICULAR'", Integer.class))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void bundlesCoverEveryGraduationRequirement() {
        List<Map<String, Object>> shortfalls = jdbc.queryForList("""
                select a.code from credit_area a join graduation_requirement r on r.credit_area_id = a.id
                 where a.code <> 'ELECTIVES'
                   and r.credits > (select coalesce(sum(b.credits), 0) from credit_bundle b
                                     where b.credit_area_id = a.id
                                        or b.credit_area_id in (select p.id from credit_area p where p.part_of_area_id = a.id))""");
        assertThat(shortfalls).isEmpty();
    }

    @Test
    void studentsSpanGradesNineToTwelveWithEvidenceAndTheNamedDemoAccountsExist() {
        assertThat(jdbc.queryForList("select distinct grade_level from student order by 1", Integer.class))
                .containsExactly(9, 10, 11, 12);
        assertThat(jdbc.queryForObject("select count(*) from student", Integer.class)).isEqualTo(60);
        assertThat(jdbc.queryForObject("select count(*) from evidence_score", Integer.class)).isGreaterThan(60 * 20);
        assertThat(jdbc.queryForObject("select count(*) from evidence where supersedes_id is not null", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForList("select username from user_account", String.class))
                .contains("admin", "counselor1", "teacher.math", "student1", "student.senior", "student.struggling",
                        "student.ahead", "guardian1");
    }

    @Test
    void eachGuardianAccountIsTheGuardianOfTheStudentWithTheSameSuffix() {
        // 60 students: student1, the three named ones, student2 ... student57
        List<Map<String, Object>> pairs = jdbc.queryForList("""
                select ga.username guardian, sa.username student from student_guardian sg
                  join guardian g on g.id = sg.guardian_id join user_account ga on ga.id = g.account_id
                  join student s on s.id = sg.student_id join user_account sa on sa.id = s.account_id""");

        assertThat(pairs).hasSize(60).allSatisfy(pair -> assertThat(pair.get("GUARDIAN").toString().substring("guardian".length()))
                .isEqualTo(pair.get("STUDENT").toString().substring("student".length())));
        assertThat(pairs).extracting(pair -> pair.get("STUDENT")).contains("student1", "student.senior", "student57");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        assertThat(jdbc.queryForList("select password_hash from user_account", String.class))
                .allSatisfy(hash -> assertThat(hash).startsWith("$2a$").doesNotContain("demo"));
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Integer.class)));
        return counts;
    }
}
