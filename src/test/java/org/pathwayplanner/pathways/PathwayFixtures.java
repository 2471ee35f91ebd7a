package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.ProgressViews.CompetencyProgress;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.jdbc.core.JdbcTemplate;


/** A different demo student for every proposal a test makes, so tests never share caps or mastered targets. */

class PathwayFixtures {

    /** A student of grade 11-12 with a counselor, a guardian account, and the target of their proposal. */
    record Proposer(StudentView student, Viewer viewer, String counselor, String guardian, CompetencyProgress target,
            String teacher) {
    }

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final PeopleDirectory people;
    private final StudentProgress progress;

    PathwayFixtures(JdbcTemplate jdbc, PeopleDirectory people, StudentProgress progress) {
        this.jdbc = jdbc;
        this.people = people;
        this.progress = progress;
    }

    Proposer aMinorInGrade11() {
        return next("s.grade_level = 11 and s.date_of_birth > dateadd('YEAR', -18, current_date)");
    }

    Proposer anAdult() {
        return next("s.grade_level >= 11 and s.date_of_birth <= dateadd('YEAR', -18, current_date)");
    }

    private Proposer next(String condition) {
        List<Long> ids = jdbc.queryForList("select s.id from student s where " + condition
                + " and s.counselor_id is not null order by s.id", Long.class);
        for (int tries = 0; tries < ids.size(); tries++) {
            StudentView student = people.student(ids.get(NEXT.getAndIncrement() % ids.size())).orElseThrow();
            var target = progress.progressOf(student.id()).competencies().stream()
                    .filter(c -> c.areaCode() != null && ("READY".equals(c.status()) || "IN_PROGRESS".equals(c.status())))
                    .filter(c -> c.missingPrerequisites().isEmpty())
                    .findFirst();
            if (target.isPresent()) {
                String teacher = people.teachersOfStudentIn(student.id(), List.of(target.get().areaCode())).get(0);
                return new Proposer(student, new Viewer(student.username(), Role.STUDENT),
                        people.counselorUsernameOf(student.id()).orElseThrow(),
                        people.guardiansOf(student.id()).get(0).username(), target.get(), teacher);
            }
        }
        throw new IllegalStateException("No demo student fits: " + condition);
    }

    static ProposalRequest internship(CompetencyProgress target) {
        return new ProposalRequest(PathwayType.INTERNSHIP, "Hospital laboratory internship",
                "Assist the lab team with sample analysis", "Hartford Hospital", "Dr. Lena Ortiz",
                "lortiz@hospital.example.org", LocalDate.now().plusDays(7), LocalDate.now().plusDays(90), 40, true,
                "A lab notebook and a presentation to the science department", new BigDecimal("0.5"), "STEM",
                List.of(target.id()));
    }

    static ProposalRequest onlineCourse(CompetencyProgress target) {
        return new ProposalRequest(PathwayType.ONLINE_COURSE, "Online statistics course", null, "Open University",
                null, null, LocalDate.now().plusDays(7), LocalDate.now().plusDays(90), 40, false,
                "Course projects", new BigDecimal("0.5"), "STEM", List.of(target.id()));
    }

    static Viewer teacher(String username) {
        return new Viewer(username, Role.TEACHER);
    }

    static Viewer counselor(String username) {
        return new Viewer(username, Role.COUNSELOR);
    }

    static Viewer guardian(String username) {
        return new Viewer(username, Role.GUARDIAN);
    }
}
