package org.pathwayplanner.plan;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;

/** A different demo student for every plan a test makes, with the counselor of their caseload and a guardian. */
final class PlanFixtures {

    /** A student who has no plan yet, their counselor's account and (if any) a guardian's. */
    record Planner(StudentView student, Viewer viewer, Viewer counselor, Viewer guardian) {
    }

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final PeopleDirectory people;

    PlanFixtures(JdbcTemplate jdbc, PeopleDirectory people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** A high-school student graduating in two years or more, with a counselor and a guardian who has an account. */
    Planner aStudentWithAGuardian() {
        return next("""
                and exists (select 1 from student_guardian sg join guardian g on g.id = sg.guardian_id
                             where sg.student_id = s.id and g.account_id is not null)""");
    }

    /**
     * A student whose guardians are taken off their record for the test (nobody to acknowledge online); {@link
     * #restoreGuardians()} puts them back, so the demo district stays as other tests expect it.
     */
    Planner aStudentWithoutAGuardianAccount() {
        Planner p = aStudentWithAGuardian();
        unlinked.addAll(jdbc.queryForList("select student_id, guardian_id, relationship from student_guardian"
                + " where student_id = ?", p.student().id()));
        jdbc.update("delete from student_guardian where student_id = ?", p.student().id());
        return new Planner(p.student(), p.viewer(), p.counselor(), null);
    }

    void restoreGuardians() {
        for (java.util.Map<String, Object> link : unlinked) {
            jdbc.update("insert into student_guardian (student_id, guardian_id, relationship) values (?, ?, ?)",
                    link.get("STUDENT_ID"), link.get("GUARDIAN_ID"), link.get("RELATIONSHIP"));
        }
        unlinked.clear();
    }

    private final List<java.util.Map<String, Object>> unlinked = new java.util.ArrayList<>();

    private Planner next(String condition) {
        List<Long> ids = jdbc.queryForList("""
                select s.id from student s join staff_member c on c.id = s.counselor_id
                 where s.grade_level between 9 and 11 and s.account_id is not null and c.account_id is not null
                   and not exists (select 1 from student_plan p where p.student_id = s.id)
                """ + condition + " order by s.id", Long.class);
        StudentView student = people.student(ids.get(NEXT.getAndIncrement() % ids.size())).orElseThrow();
        String counselor = people.counselorUsernameOf(student.id()).orElseThrow();
        String guardian = people.guardiansOf(student.id()).stream().map(g -> g.username()).filter(u -> u != null)
                .findFirst().orElse(null);
        return new Planner(student, new Viewer(student.username(), Role.STUDENT), new Viewer(counselor, Role.COUNSELOR),
                guardian == null ? null : new Viewer(guardian, Role.GUARDIAN));
    }
}
