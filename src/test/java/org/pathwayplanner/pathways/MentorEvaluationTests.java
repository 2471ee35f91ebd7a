package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.MentorInvitations.IssuedLink;
import org.pathwayplanner.pathways.MentorInvitations.NewMentor;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.pathwayplanner.security.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The mentor's own evaluation: from the mentor's pages, a level of the district's scale per target competency with
 * comments, recorded under the mentor's identity; the teacher's assessment shows it and decides. Only the invited
 * mentor's session, while their invitation stands, evaluates: over real HTTP, since the mentor's door is a filter
 * chain of its own.
 */
@PlannerTest
class MentorEvaluationTests {

    private static final NewMentor MENTOR = new NewMentor("Dr. Lena Ortiz", "Hartford Hospital",
            "lortiz@hospital.example.org");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    MentorInvitations invitations;
    @Autowired
    MentorEvaluations evaluations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @LocalServerPort
    int port;
    @Autowired
    org.springframework.context.ApplicationContext application;

    PathwayFixtures fixtures;
    PathwayJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @Test
    void theMentorEvaluatesEachTargetCompetencyUnderTheirOwnName() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Visitor mentor = signedInMentor(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(),
                MENTOR));
        long target = p.target().id();

        HttpResponse<String> form = mentor.get("/mentor/evaluation");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("mentor-evaluation-form").contains("level-" + target);
        HttpResponse<String> sent = post(mentor, "/mentor/evaluation", form.body(), "level-" + target + "=3",
                "comment-" + target + "=Reads patient charts carefully", "comment=A reliable intern");

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(mentor.get("/mentor").body()).contains("mentor-evaluation-by").contains("A reliable intern");
        MentorEvaluations.Evaluation evaluation = evaluations.ofProposal(teacher(p.teacher()), pathway.id())
                .orElseThrow();
        assertThat(evaluation.mentorIdentity()).isEqualTo("mentor:" + MENTOR.email());
        assertThat(evaluation.mentorName()).isEqualTo(MENTOR.name());
        assertThat(evaluation.comment()).isEqualTo("A reliable intern");
        assertThat(evaluation.lines()).extracting(MentorEvaluations.Line::competencyId, MentorEvaluations.Line::level,
                MentorEvaluations.Line::comment).containsExactly(Tuple.tuple(target, 3, "Reads patient charts carefully"));
        assertThat(journey.lastEvent(pathway.id())).satisfies(e -> {
            assertThat(e.action()).isEqualTo("MENTOR_EVALUATED");
            assertThat(e.actor()).isEqualTo("mentor:" + MENTOR.email());
        });
        assertThat(accessesOf("mentor:" + MENTOR.email(), p.student().id())).as("the records of access").isPositive();
    }

    @Test
    void aCorrectedEvaluationReplacesTheOneBefore() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Mentor mentor = mentorOf(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR));
        long target = p.target().id();

        evaluations.submit(mentor, submission(target, "2", null, null));
        evaluations.submit(mentor, submission(target, "3", "Better after the second week", null));

        assertThat(evaluations.ofMentor(mentor).orElseThrow().lineOf(target).level()).isEqualTo(3);
    }

    @Test
    void everyCompetencyNeedsALevelOfTheScaleAndTheFormSaysWhichBesideTheField() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Visitor mentor = signedInMentor(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(),
                MENTOR));
        long target = p.target().id();

        HttpResponse<String> refused = post(mentor, "/mentor/evaluation", mentor.get("/mentor/evaluation").body(),
                "level-" + target + "=", "comment=" + "x".repeat(MentorEvaluations.COMMENT_MAX + 1));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"level-" + target + "-error\"").contains("Choose a level of the scale")
                .contains("id=\"comment-error\"");
        Mentor session = mentorOf(invitations.resend(teacher(p.teacher()), p.student().id(), pathway.id()));
        assertThatThrownBy(() -> evaluations.submit(session, submission(target, "9", null, null)))
                .isInstanceOfSatisfying(MentorEvaluations.Refused.class, r -> assertThat(r.problems())
                        .extracting(ProposalFieldException::field).containsExactly("level-" + target));
        assertThat(evaluationsOf(pathway.id())).isZero();
    }

    @Test
    void aRevokedMentorEvaluatesNothing() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Visitor mentor = signedInMentor(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(),
                MENTOR));
        String form = mentor.get("/mentor/evaluation").body();

        invitations.revoke(counselor(p.counselor()), p.student().id(), pathway.id());

        assertThat(post(mentor, "/mentor/evaluation", form, "level-" + p.target().id() + "=3").statusCode())
                .isEqualTo(403);
        assertThat(evaluationsOf(pathway.id())).isZero();
    }

    @Test
    void aMentorEvaluatesOnlyThePathwayTheyWereInvitedTo() {
        Proposer first = fixtures.aMinorInGrade11();
        Proposer second = fixtures.aMinorInGrade11();
        ProposalView firstPathway = journey.active(first, PathwayFixtures.internship(first.target()));
        ProposalView secondPathway = journey.active(second, PathwayFixtures.internship(second.target()));
        invitations.invite(teacher(first.teacher()), first.student().id(), firstPathway.id(), MENTOR);
        Visitor otherMentor = signedInMentor(invitations.invite(teacher(second.teacher()), second.student().id(),
                secondPathway.id(), new NewMentor("Sam Lee", "City Clinic", "slee@clinic.example.org")));

        // the other mentor names the first pathway's competency: their session reaches only their own pathway
        HttpResponse<String> answer = post(otherMentor, "/mentor/evaluation", otherMentor.get("/mentor/evaluation")
                .body(), "level-" + first.target().id() + "=4", "level-" + second.target().id() + "=2");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(evaluationsOf(firstPathway.id())).isZero();
        assertThat(evaluations.ofProposal(teacher(second.teacher()), secondPathway.id()).orElseThrow().lines())
                .extracting(MentorEvaluations.Line::competencyId).containsExactly(second.target().id());
    }

    @Test
    void districtAccountsAreNobodyAtTheMentorsEvaluationBySessionOrByBasic() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR);
        String level = "level-" + p.target().id() + "=3";

        for (String account : new String[] {p.viewer().username(), p.teacher(), p.counselor()}) {
            Visitor visitor = new Visitor(port).signIn(account, "demo");
            assertThat(visitor.get("/mentor/evaluation").statusCode()).as(account).isEqualTo(401);
            assertThat(post(visitor, "/mentor/evaluation", visitor.get("/tasks").body(), level).statusCode())
                    .as(account).isIn(401, 403);
            Visitor byBasic = new Visitor(port);
            String csrf = csrfOf(byBasic.get("/login").body());
            HttpResponse<String> basic = byBasic.send(byBasic.request("/mentor/evaluation")
                    .header("Authorization", Visitor.basic(account, "demo"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(level + "&_csrf=" + csrf)));
            assertThat(basic.statusCode()).as(account + " by Basic").isEqualTo(401);
        }
        assertThat(evaluationsOf(pathway.id())).isZero();
    }

    @Test
    void theTeachersAssessmentShowsTheMentorsEvaluationAndDecides() {
        Proposer p = fixtures.aHighSchoolStudent();
        ProposalView pathway = journey.active(p, PathwayFixtures.onlineCourse(p.target()));
        Mentor mentor = mentorOf(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR));
        journey.logsPlannedHours(p, pathway.id());
        new MentorConfirmation(application).confirmsEveryWeek(pathway.id());
        pathways.markComplete(p.viewer(), pathway.id(), "Done");
        evaluations.submit(mentor, submission(p.target().id(), "4", "Went beyond the course", "Excellent"));
        String taskId = journey.taskId(pathway.id(), "AssessPathway");

        String page = new Visitor(port).signIn(p.teacher(), "demo").get("/tasks/" + taskId).body();
        assertThat(page).contains("id=\"mentor-evaluation\"").contains("id=\"mentor-said-" + p.target().id() + "\"")
                .contains("Went beyond the course").contains("Excellent");

        tasks.decide(teacher(p.teacher()), taskId, new TaskDecision("ASSESS", "Not yet", Map.of(p.target().id(), 1)));

        ProposalView assessed = journey.now(pathway.id());
        assertThat(assessed.status()).isEqualTo("COMPLETED");
        assertThat(assessed.awardedCredits()).as("the teacher's level, below mastery, decides").isEqualByComparingTo("0");
        assertThatThrownBy(() -> evaluations.submit(mentor, submission(p.target().id(), "4", null, null)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMentorInvitedBeforeThePathwayIsUnderWayCannotEvaluateYet() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView submitted = journey.submitted(p, PathwayFixtures.internship(p.target()));
        journey.decide(teacher(p.teacher()), submitted.id(), "TeacherReview", "APPROVE", null);
        Mentor mentor = mentorOf(invitations.invite(teacher(p.teacher()), p.student().id(), submitted.id(), MENTOR));

        assertThatThrownBy(() -> evaluations.submit(mentor, submission(p.target().id(), "3", null, null)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(evaluationsOf(submitted.id())).isZero();
    }

    @Test
    void aRevokedMentorsSubmissionIsRefusedByTheServiceToo() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Mentor mentor = mentorOf(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR));
        invitations.revoke(teacher(p.teacher()), p.student().id(), pathway.id());

        assertThatThrownBy(() -> evaluations.submit(mentor, submission(p.target().id(), "3", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static MentorEvaluations.Submission submission(long competency, String level, String levelComment,
            String comment) {
        Map<Long, String> comments = levelComment == null ? Map.of() : Map.of(competency, levelComment);
        return new MentorEvaluations.Submission(Map.of(competency, level), comments, comment);
    }

    private long evaluationsOf(long proposalId) {
        return jdbc.queryForObject("select count(*) from mentor_evaluation where proposal_id = ?", Long.class,
                proposalId);
    }

    /** Lines of the records of access (written in the background, so waited for a little). */
    private long accessesOf(String username, long studentId) {
        for (int i = 0; i < 50; i++) {
            Long n = jdbc.queryForObject("select count(*) from student_record_access where username = ?"
                    + " and student_id = ? and role = 'MENTOR'", Long.class, username, studentId);
            if (n != null && n > 0) {
                return n;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        return 0;
    }

    private Mentor mentorOf(IssuedLink link) {
        return invitations.use(link.token()).orElseThrow();
    }

    private Visitor signedInMentor(IssuedLink link) {
        Visitor mentor = new Visitor(port);
        String page = mentor.get("/mentor/link?token=" + link.token()).body();
        HttpResponse<String> opened = mentor.send(mentor.request("/mentor/link")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + link.token() + "&_csrf=" + csrfOf(page))));
        assertThat(opened.statusCode()).isEqualTo(302);
        return mentor;
    }

    /** Posts a form with the CSRF token of the page it came from. */
    private static HttpResponse<String> post(Visitor visitor, String path, String page, String... fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(csrfOf(page));
        for (String field : fields) {
            int eq = field.indexOf('=');
            body.append('&').append(field, 0, eq + 1)
                    .append(URLEncoder.encode(field.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return visitor.send(visitor.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        return m.find() ? m.group(1) : "none";
    }
}
