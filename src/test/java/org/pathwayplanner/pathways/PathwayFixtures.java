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
import org.pathwayplanner.progress.Hypothesis;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.jdbc.core.JdbcTemplate;


/** A different demo student for every proposal a test makes, so tests never share caps or mastered targets. */

public class PathwayFixtures {

    /** A student of grade 11-12 with a counselor, a guardian account, and the target of their proposal. */
    public record Proposer(StudentView student, Viewer viewer, String counselor, String guardian, CompetencyProgress target,
            String teacher) {
    }

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final PeopleDirectory people;
    private final StudentProgress progress;
    private final PathwayService pathways;
    /** Students this fixture (one test) handed out: their proposals are the test's own, never cleared. */
    private final java.util.Set<Long> handedOut = new java.util.HashSet<>();

    public PathwayFixtures(JdbcTemplate jdbc, PeopleDirectory people, StudentProgress progress, PathwayService pathways) {
        this.jdbc = jdbc;
        this.people = people;
        this.progress = progress;
        this.pathways = pathways;
    }

    public Proposer aMinorInGrade11() {
        return next("s.grade_level = 11 and s.date_of_birth > dateadd('YEAR', -18, current_date)");
    }

    Proposer anAdult() {
        return next("s.grade_level >= 11 and s.date_of_birth <= dateadd('YEAR', -18, current_date)");
    }

    /** Any high-school student (an on-campus online course is open to all of them, minors need no consent). */
    public Proposer aHighSchoolStudent() {
        return next("s.grade_level >= 9");
    }

    /** A high-school student with no pathway credits in review, approved or completed (the whole yearly cap free). */
    Proposer aHighSchoolStudentWithNoPathwayCreditsYet() {
        return next("s.grade_level >= 9", BigDecimal.ZERO);
    }

    /** A minor in grade 11-12 who turns 18 within the next 300 days. */
    Proposer aMinorTurning18Soon() {
        return next("s.grade_level >= 11 and s.date_of_birth > dateadd('YEAR', -18, current_date)"
                + " and s.date_of_birth <= dateadd('DAY', 300, dateadd('YEAR', -18, current_date))");
    }

    /**
     * The same proposer once no teacher of theirs teaches the target's area any more (their classes in it
     * are dropped), so the review must be routed to the area's teachers at the school.
     */
    Proposer withoutTeachersInTheTargetArea(Proposer p) {
        jdbc.update("""
                delete from section_enrollment where student_id = ? and section_id in (
                  select cs.id from class_section cs join content_area ca on ca.id = cs.content_area_id
                   where ca.code = ?)""", p.student().id(), p.target().areaCode());
        return p;
    }

    /**
     * The next student who fits, with room under the yearly pathway cap: proposals earlier tests left open
     * for them are withdrawn first (they count toward the cap while in review or approved).
     */
    private Proposer next(String condition) {
        return next(condition, new BigDecimal("1.5"));
    }

    private Proposer next(String condition, BigDecimal mostCreditsCounted) {
        List<Long> ids = jdbc.queryForList("select s.id from student s where " + condition
                + " and s.counselor_id is not null order by s.id", Long.class);
        for (boolean repeatAllowed : new boolean[] {false, true}) {
            for (int tries = 0; tries < ids.size(); tries++) {
                long id = ids.get(NEXT.getAndIncrement() % ids.size());
                if (!repeatAllowed && handedOut.contains(id)) {
                    continue;
                }
                StudentView student = people.student(id).orElseThrow();
                if (!handedOut.contains(id)) {
                    withdrawLeftovers(student);
                }
                if (creditsCounted(id).compareTo(mostCreditsCounted) > 0) {
                    continue;
                }
                var target = progress.progressOf(student.id()).competencies().stream()
                        .filter(c -> c.areaCode() != null
                                && ("READY".equals(c.status()) || "IN_PROGRESS".equals(c.status())))
                        .filter(c -> c.missingPrerequisites().isEmpty())
                        .filter(c -> masteredByOneAssessment(student.id(), c.id()))
                        .findFirst();
                List<String> teachers = target.isEmpty() ? List.of()
                        : people.teachersOfStudentIn(student.id(), List.of(target.get().areaCode()));
                if (!teachers.isEmpty()) {
                    handedOut.add(id);
                    return new Proposer(student, new Viewer(student.username(), Role.STUDENT),
                            people.counselorUsernameOf(student.id()).orElseThrow(),
                            people.guardiansOf(student.id()).get(0).username(), target.get(), teachers.get(0));
                }
            }
        }
        throw new IllegalStateException("No demo student fits: " + condition);
    }

    private void withdrawLeftovers(StudentView student) {
        Viewer viewer = new Viewer(student.username(), Role.STUDENT);
        jdbc.queryForList("select id from pathway_proposal where student_id = ? and status in"
                + " ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'ACTIVE')", Long.class,
                student.id()).forEach(id -> pathways.withdraw(viewer, id, "Left over by an earlier test"));
    }

    private BigDecimal creditsCounted(long studentId) {
        return jdbc.queryForObject("select coalesce(sum(coalesce(approved_credits, requested_credits)), 0)"
                + " from pathway_proposal where student_id = ? and status in"
                + " ('SUBMITTED', 'IN_REVIEW', 'APPROVED', 'ACTIVE', 'COMPLETED')", BigDecimal.class, studentId);
    }

    /** A target the teacher's one assessment at the top level masters (whatever the area's calculation method). */
    private boolean masteredByOneAssessment(long studentId, long competencyId) {
        return progress.whatIf(studentId, new Hypothesis(List.of(new Hypothesis.HypotheticalScore(null, competencyId, 4)),
                List.of())).newlyMasteredCompetencyIds().contains(competencyId);
    }

    /** The first day of the fixtures' pathways: two weeks ago, so hours can be logged and the pathway completed. */
    static final LocalDate UNDER_WAY_SINCE = LocalDate.now().minusDays(14);

    public static ProposalRequest internship(CompetencyProgress target) {
        return new ProposalRequest(PathwayType.INTERNSHIP, "Hospital laboratory internship",
                "Assist the lab team with sample analysis", "Hartford Hospital", "Dr. Lena Ortiz",
                "lortiz@hospital.example.org", UNDER_WAY_SINCE, UNDER_WAY_SINCE.plusDays(90), BigDecimal.valueOf(40), true,
                "A lab notebook and a presentation to the science department", new BigDecimal("0.5"), "STEM",
                List.of(target.id()), Transport.PUBLIC_TRANSIT, "Bus 61 from the school, 20 minutes");
    }

    public static ProposalRequest onlineCourse(CompetencyProgress target) {
        return new ProposalRequest(PathwayType.ONLINE_COURSE, "Online statistics course", null, "Open University",
                null, null, UNDER_WAY_SINCE, UNDER_WAY_SINCE.plusDays(90), BigDecimal.valueOf(40), false,
                "Course projects", new BigDecimal("0.5"), "STEM", List.of(target.id()));
    }

    /** An on-campus online course of the given credits (40 hours a credit) starting on the given day. */
    static ProposalRequest onlineCourse(CompetencyProgress target, String credits, LocalDate start) {
        return new ProposalRequest(PathwayType.ONLINE_COURSE, "Online course " + credits, null, "Open University",
                null, null, start, start.plusDays(80), new BigDecimal(credits).multiply(BigDecimal.valueOf(40)),
                false, "Course projects", new BigDecimal(credits), "STEM", List.of(target.id()));
    }

    /** An off-campus internship starting on the given day (a minor on that day needs a guardian's consent). */
    static ProposalRequest internshipStarting(CompetencyProgress target, LocalDate start) {
        return new ProposalRequest(PathwayType.INTERNSHIP, "Lab internship", null, "Hartford Hospital", "Dr. Lena Ortiz",
                null, start, start.plusDays(60), BigDecimal.valueOf(40), true, "A lab notebook", new BigDecimal("0.5"), "STEM",
                List.of(target.id()), Transport.FAMILY, null);
    }

    public static Viewer teacher(String username) {
        return new Viewer(username, Role.TEACHER);
    }

    public static Viewer counselor(String username) {
        return new Viewer(username, Role.COUNSELOR);
    }

    public static Viewer guardian(String username) {
        return new Viewer(username, Role.GUARDIAN);
    }
}
