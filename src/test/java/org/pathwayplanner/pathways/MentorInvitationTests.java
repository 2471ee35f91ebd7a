package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.guardian;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.pathwayplanner.security.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A mentor's way in: invited by the student's teacher, counselor or an administrator, the mentor opens a one-time
 * link into the pages of the one pathway they were invited to, and no further; a used, expired or revoked link is
 * refused, and revoking ends the session too. Over real HTTP, since the mentor's door is a filter chain of its own.
 */
@PlannerTest
class MentorInvitationTests {

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
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    org.pathwayplanner.people.StudentAccess access;
    @LocalServerPort
    int port;

    PathwayFixtures fixtures;
    PathwayJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @Test
    void anInvitedMentorOpensTheLinkOnceAndSeesTheirPathwayUnderTheirOwnName() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        IssuedLink link = invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR);

        Visitor mentor = new Visitor(port);
        assertThat(mentor.get("/mentor/link?token=" + link.token()).body()).contains("use-mentor-link");
        HttpResponse<String> opened = useLink(mentor, link.token());
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/mentor");

        HttpResponse<String> home = mentor.get("/mentor");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(pathway.title()).contains(p.student().fullName()).contains(MENTOR.email());
        assertThat(journey.now(pathway.id()).timeline()).extracting(PathwayViews.EventView::action, PathwayViews.EventView::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("MENTOR_INVITED", p.teacher()),
                        org.assertj.core.groups.Tuple.tuple("MENTOR_SIGNED_IN", "mentor:" + MENTOR.email()));
        assertThat(accessesOf("mentor:" + MENTOR.email(), p.student().id())).as("the records of access").isPositive();
    }

    @Test
    void aMentorsSessionReachesNothingButTheirMentorPages() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Visitor mentor = signedInMentor(invitations.invite(counselor(p.counselor()), p.student().id(), pathway.id(),
                MENTOR));

        for (String elsewhere : new String[] {"/students/" + p.student().id(), "/student/pathways/" + pathway.id(),
                "/tasks", "/students/" + p.student().id() + "/pathways/" + pathway.id() + "/mentor", "/"}) {
            HttpResponse<String> answer = mentor.get(elsewhere);
            assertThat(answer.statusCode()).as(elsewhere).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(elsewhere).endsWith("/login");
        }
        assertThat(mentor.get("/api/pathways/" + pathway.id()).statusCode()).isEqualTo(401);
    }

    @Test
    void twoMentorsEachSeeOnlyThePathwayAndStudentTheyWereInvitedTo() {
        Proposer first = fixtures.aMinorInGrade11();
        Proposer second = fixtures.aMinorInGrade11();
        ProposalView firstPathway = journey.active(first, PathwayFixtures.internship(first.target()));
        ProposalView secondPathway = journey.active(second, PathwayFixtures.onlineCourse(second.target()));
        Visitor firstMentor = signedInMentor(invitations.invite(teacher(first.teacher()), first.student().id(),
                firstPathway.id(), MENTOR));
        Visitor secondMentor = signedInMentor(invitations.invite(teacher(second.teacher()), second.student().id(),
                secondPathway.id(), new NewMentor("Sam Lee", "Open University", "slee@open.example.org")));

        assertThat(firstMentor.get("/mentor").body()).contains(first.student().fullName())
                .doesNotContain(second.student().fullName()).contains(firstPathway.title())
                .doesNotContain(secondPathway.title());
        assertThat(secondMentor.get("/mentor").body()).contains(second.student().fullName())
                .doesNotContain(first.student().fullName()).contains(secondPathway.title())
                .doesNotContain(firstPathway.title());
    }

    @Test
    void aDistrictAccountIsNoMentor() {
        Visitor student = new Visitor(port).signIn("student1", "demo");

        assertThat(student.get("/mentor").statusCode()).isEqualTo(401);
    }

    @Test
    void aUsedLinkIsRefused() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        IssuedLink link = invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR);
        signedInMentor(link);

        Visitor someoneElse = new Visitor(port);
        assertThat(someoneElse.get("/mentor/link?token=" + link.token()).body()).contains("mentor-link-unusable");
        assertThat(useLink(someoneElse, link.token()).statusCode()).isEqualTo(401);
        assertThat(someoneElse.get("/mentor").statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredLinkIsRefused() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        IssuedLink link = invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR);
        jdbc.update("update mentor_link set expires_at = dateadd('MINUTE', -1, current_timestamp) where token_hash = ?",
                MentorInvitations.hash(link.token()));

        Visitor mentor = new Visitor(port);
        assertThat(useLink(mentor, link.token()).statusCode()).isEqualTo(401);
        assertThat(mentor.get("/mentor").statusCode()).isEqualTo(401);
    }

    @Test
    void revokingEndsTheLinksAndTheMentorsSession() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Visitor mentor = signedInMentor(invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(),
                MENTOR));
        IssuedLink unused = invitations.resend(teacher(p.teacher()), p.student().id(), pathway.id());

        invitations.revoke(counselor(p.counselor()), p.student().id(), pathway.id());

        assertThat(mentor.get("/mentor").statusCode()).isEqualTo(403);
        assertThat(useLink(new Visitor(port), unused.token()).statusCode()).isEqualTo(401);
        assertThat(journey.lastEvent(pathway.id()).action()).isEqualTo("MENTOR_REVOKED");
    }

    @Test
    void aNewLinkEndsTheUnusedOnesAndWorksItself() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        IssuedLink first = invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(), MENTOR);

        IssuedLink second = invitations.resend(teacher(p.teacher()), p.student().id(), pathway.id());

        assertThat(useLink(new Visitor(port), first.token()).statusCode()).isEqualTo(401);
        assertThat(useLink(new Visitor(port), second.token()).statusCode()).isEqualTo(302);
        assertThat(invitations.current(teacher(p.teacher()), p.student().id(), pathway.id()).orElseThrow().linkUsedAt())
                .isNotNull();
    }

    @Test
    void onlyTheStudentsTeacherCounselorOrAnAdministratorInvites() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));

        assertThatThrownBy(() -> invitations.invite(guardian(p.guardian()), p.student().id(), pathway.id(), MENTOR))
                .isInstanceOf(AccessDeniedException.class);
        String anotherTeacher = jdbc.queryForList("select username from user_account where role = 'TEACHER'"
                + " order by username", String.class).stream()
                .filter(t -> people.teachersOfStudentIn(p.student().id(), List.of(p.target().areaCode())).stream()
                        .noneMatch(t::equals))
                .filter(t -> !access.maySee(t, org.pathwayplanner.people.Role.TEACHER, p.student().id()))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> invitations.invite(teacher(anotherTeacher), p.student().id(), pathway.id(), MENTOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.invite(p.viewer(), p.student().id(), pathway.id(), MENTOR))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInvitationNeedsANameAnOrganisationAndAnEmailAddress() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));

        assertThatThrownBy(() -> invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(),
                new NewMentor("Dr. Lena Ortiz", "Hartford Hospital", "not an address")))
                .isInstanceOfSatisfying(ProposalFieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> invitations.invite(teacher(p.teacher()), p.student().id(), pathway.id(),
                new NewMentor(" ", "Hartford Hospital", MENTOR.email())))
                .isInstanceOfSatisfying(ProposalFieldException.class, e -> assertThat(e.field()).isEqualTo("mentorName"));
    }

    @Test
    void theSchoolInvitesFromThePathwaysMentorPage() {
        Proposer p = fixtures.aMinorInGrade11();
        ProposalView pathway = journey.active(p, PathwayFixtures.internship(p.target()));
        Visitor counselorPage = new Visitor(port).signIn(p.counselor(), "demo");
        String page = "/students/" + p.student().id() + "/pathways/" + pathway.id() + "/mentor";

        HttpResponse<String> form = counselorPage.get(page);
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> sent = counselorPage.send(counselorPage.request(page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("mentorName=Dr.+Lena+Ortiz&organisation=Hartford+Hospital"
                        + "&email=" + URLEncoder.encode(MENTOR.email(), StandardCharsets.UTF_8) + "&_csrf="
                        + csrfOf(form.body()))));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(counselorPage.get(page).body()).contains("mentor-current").contains(MENTOR.email());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Visitor signedInMentor(IssuedLink link) {
        Visitor mentor = new Visitor(port);
        assertThat(useLink(mentor, link.token()).statusCode()).isEqualTo(302);
        return mentor;
    }

    /** Presses the link page's button, as the mentor does (or posts the token anyway when the page offers none). */
    private static HttpResponse<String> useLink(Visitor visitor, String token) {
        String page = visitor.get("/mentor/link?token=" + token).body();
        if (!CSRF.matcher(page).find()) {
            page = visitor.get("/login").body();
        }
        return visitor.send(visitor.request("/mentor/link").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&_csrf=" + csrfOf(page))));
    }

    private static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("No CSRF token on the page");
        }
        return m.group(1);
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
}
