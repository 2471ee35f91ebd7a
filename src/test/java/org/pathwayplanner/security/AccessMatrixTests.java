package org.pathwayplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwayplanner.security.AccessMatrix.Area.ACTUATOR;
import static org.pathwayplanner.security.AccessMatrix.Area.API;
import static org.pathwayplanner.security.AccessMatrix.Area.CAMUNDA;
import static org.pathwayplanner.security.AccessMatrix.Area.ENGINE_REST;
import static org.pathwayplanner.security.AccessMatrix.Area.PAGE;
import static org.pathwayplanner.security.AccessMatrix.RecordKind.EVIDENCE;
import static org.pathwayplanner.security.AccessMatrix.RecordKind.NONE;
import static org.pathwayplanner.security.AccessMatrix.RecordKind.PROPOSAL;
import static org.pathwayplanner.security.AccessMatrix.RecordKind.SECTION;
import static org.pathwayplanner.security.AccessMatrix.RecordKind.STUDENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayType;
import org.pathwayplanner.pathways.ProposalRequest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.security.AccessMatrix.Access;
import org.pathwayplanner.security.AccessMatrix.Identity;
import org.pathwayplanner.security.AccessMatrix.Outcome;
import org.pathwayplanner.security.AccessMatrix.RecordKind;
import org.pathwayplanner.security.AccessMatrix.Route;
import org.pathwayplanner.security.AccessMatrix.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: every route the application serves × every identity (anonymous; each role by session cookie
 * and by HTTP Basic) × a related and an unrelated record, over real HTTP to the running server (Camunda's REST API
 * and webapps are servlets of their own that MockMvc never reaches). The answers are {@link #TABLE}; a route the
 * application serves without a row fails the build, and so does a row for a route that is gone.
 *
 * <p>To add a route: add its row to {@link #TABLE} (method, pattern as Spring writes it, the part serving it, the
 * record its first path variable names, then the answer for anonymous, student, guardian, teacher, counselor,
 * administrator). A state-changing route gets a body with which an allowed call changes nothing shared.
 */
@PlannerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixTests {

    // ---------------------------------------------------------------------------------------------- the answers

    /** Got past authentication and authorisation (the answer may still be 400, 404 or 409: nothing is changed). */
    private static final Access OK = Access.both(Outcome.OK);
    /** Refused to a signed-in user or a Basic caller of the wrong role: 403. */
    private static final Access NO = Access.both(Outcome.FORBIDDEN);
    /** Allowed on a related record (own, child's, caseload, class), refused (403) on an unrelated one. */
    private static final Access OWN = new Access(Outcome.OK, Outcome.FORBIDDEN);
    /** A page for someone not signed in: the login page. */
    private static final Access LOGIN = Access.both(Outcome.LOGIN);
    /** Not signed in for a programmatic part: 401. */
    private static final Access NOBODY = Access.both(Outcome.UNAUTHORIZED);
    /** Not served to anyone: 404. */
    private static final Access ABSENT = Access.both(Outcome.ABSENT);
    /** Whatever the answer, as long as it is not a refusal (the error page itself). */
    private static final Access ERROR = Access.both(Outcome.ANSWERED);
    /** Camunda's REST API for an administrator by Basic: 200 if kept, 404 if removed (issue 10), never refused. */
    private static final Access ENGINE = Access.both(Outcome.ENGINE_REST_FOR_ADMIN);

    private static final String GET = "GET";
    private static final String POST = "POST";
    private static final String PUT = "PUT";

    /** A proposal the API accepts in shape; its competency names nothing, so an allowed draft is refused. */
    private static final String PROPOSAL_BODY = """
            {"type": "ONLINE_COURSE", "title": "Access matrix", "startDate": "2030-01-07", "endDate": "2030-03-01",
             "plannedHours": 20, "requestedCredits": 0.5, "creditAreaCode": "STEM", "competencyIds": [987654321]}""";

    /**
     * The table. Columns: method, pattern, part, record, then anonymous, student, guardian, teacher, counselor,
     * administrator. Each role's answer is for the credentials the part takes (pages: the session; the API and
     * Camunda's REST API: Basic; Camunda's webapps: the session); with the other kind the caller is a stranger and gets
     * the anonymous answer. Records: related is the student's own (student1), the child (guardian1 of student1),
     * a student of the class (teacher.math teaches student1) or on the caseload (counselor1's student1).
     */
    static final List<Row> TABLE = List.of(
            //     method  pattern                                              part      record    anon    student guardian teacher counselor admin
            Row.of(GET,  "/",                                                   PAGE,     NONE,     LOGIN,  OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/login",                                              PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/sign-in/email-link",                                 PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(POST, "/sign-in/email-link",                                 PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("the same answer whoever asks, whether or not the address is known"),
            Row.of(GET,  "/sign-in/link",                                       PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(POST, "/sign-in/link",                                       PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("no token: the page says the link is used or expired, nobody is signed in"),
            Row.of(GET,  "/error",                                              PAGE,     NONE,     ERROR,  ERROR,  ERROR,  ERROR,  ERROR,  ERROR)
                    .because("called directly it has no error to show (500)"),
            Row.of(GET,  "/error/403",                                          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     NO)
                    .because("the refusal page itself answers 403"),

            // the student's own pages
            Row.of(GET,  "/student",                                            PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/student/map",                                        PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/student/competencies/{id}",                          PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/student/transcript",                                 PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/student/transcript.pdf",                             PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/student/pathways",                                   PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/student/pathways/new",                               PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/student/pathways/what-if",                           PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/student/pathways/eligibility",                       PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(POST, "/student/pathways",                                   PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO)
                    .because("an empty form: the student gets it back with errors, nothing is drafted"),
            Row.of(GET,  "/student/pathways/{id}",                              PAGE,     PROPOSAL, LOGIN,  OWN,    NO,     NO,     NO,     NO),
            Row.of(GET,  "/student/pathways/{id}/revise",                       PAGE,     PROPOSAL, LOGIN,  OWN,    NO,     NO,     NO,     NO),
            Row.of(POST, "/student/pathways/{id}/revise",                       PAGE,     PROPOSAL, LOGIN,  OWN,    NO,     NO,     NO,     NO),
            Row.of(POST, "/student/pathways/{id}/withdraw",                     PAGE,     PROPOSAL, LOGIN,  OWN,    NO,     NO,     NO,     NO),
            Row.of(POST, "/student/pathways/{id}/evidence",                     PAGE,     PROPOSAL, LOGIN,  OWN,    NO,     NO,     NO,     NO),
            Row.of(POST, "/student/pathways/{id}/hours",                        PAGE,     PROPOSAL, LOGIN,  OWN,    NO,     NO,     NO,     NO)
                    .body("hours=1"),
            Row.of(POST, "/student/pathways/{id}/complete",                     PAGE,     PROPOSAL, LOGIN,  OWN,    NO,     NO,     NO,     NO),

            // the student's plan to graduation (ids that name no item: the student's call answers 404)
            Row.of(GET,  "/student/plan",                                       PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/student/plan/check",                                 PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(POST, "/student/plan/items",                                 PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO)
                    .because("an empty form: refused beside the field, nothing is added"),
            Row.of(POST, "/student/plan/items/{itemId}/move",                   PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(POST, "/student/plan/items/{itemId}/remove",                 PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(POST, "/student/plan/goals",                                 PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO)
                    .body("physical=" + "x".repeat(1001)).because("a goal too long: refused, nothing is saved"),
            Row.of(POST, "/student/plan/submit",                                PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO)
                    .because("no plan to submit: refused"),

            // staff and guardians
            Row.of(GET,  "/guardian",                                           PAGE,     NONE,     LOGIN,  NO,     OK,     NO,     NO,     NO),
            Row.of(GET,  "/teacher",                                            PAGE,     NONE,     LOGIN,  NO,     NO,     OK,     NO,     NO),
            Row.of(GET,  "/counselor",                                          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     NO),
            Row.of(GET,  "/counselor/caseload.csv",                             PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     NO),
            Row.of(GET,  "/students/{id}",                                      PAGE,     STUDENT,  LOGIN,  NO,     OWN,    OWN,    OWN,    OK),
            Row.of(GET,  "/students/{id}/transcript",                           PAGE,     STUDENT,  LOGIN,  NO,     OWN,    OWN,    OWN,    OK),
            Row.of(GET,  "/students/{id}/transcript.pdf",                       PAGE,     STUDENT,  LOGIN,  NO,     OWN,    OWN,    OWN,    OK),
            Row.of(GET,  "/transcripts/class",                                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK),
            Row.of(POST, "/transcripts/class",                                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK)
                    .because("no class chosen: the form again with its error, nothing started"),
            Row.of(GET,  "/transcripts/class/jobs/{jobId}",                     PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK)
                    .because("a batch is its maker's only: any other id is 404"),
            Row.of(GET,  "/transcripts/class/jobs/{jobId}/status",              PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK),
            Row.of(GET,  "/transcripts/class/jobs/{jobId}/download",            PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK),
            Row.of(GET,  "/students/{studentId}/plan",                          PAGE,     STUDENT,  LOGIN,  NO,     OWN,    NO,     OWN,    OK)
                    .because("plans are for the student, their family and their counselor: not teachers"),
            Row.of(POST, "/students/{studentId}/plan/decision",                 PAGE,     STUDENT,  LOGIN,  NO,     NO,     NO,     OWN,    NO)
                    .because("no decision given: refused; only the counselor of the caseload decides"),
            Row.of(POST, "/students/{studentId}/plan/acknowledge",              PAGE,     STUDENT,  LOGIN,  NO,     OWN,    NO,     NO,     NO)
                    .because("nothing waits for an acknowledgement: refused; only the student's guardian acknowledges"),
            Row.of(POST, "/students/{studentId}/plan/annual-review",            PAGE,     STUDENT,  LOGIN,  NO,     NO,     NO,     OWN,    NO)
                    .because("nothing waits for an annual review: refused; only the counselor of the caseload reviews"),
            Row.of(GET,  "/teacher/sections/{sectionId}/evidence",              PAGE,     SECTION,  LOGIN,  NO,     NO,     OWN,    NO,     NO),
            Row.of(POST, "/teacher/sections/{sectionId}/evidence",              PAGE,     SECTION,  LOGIN,  NO,     NO,     OWN,    NO,     NO)
                    .body("competency=987654321").because("no title and no levels: the class's teacher gets the grid back"),
            Row.of(GET,  "/teacher/evidence/{evidenceId}/correct",              PAGE,     EVIDENCE, LOGIN,  NO,     NO,     OWN,    NO,     OK)
                    .because("unrelated: student1's evidence in a subject teacher.math does not teach (issue 10)"),
            Row.of(POST, "/teacher/evidence/{evidenceId}/correct",              PAGE,     EVIDENCE, LOGIN,  NO,     NO,     OWN,    NO,     OK)
                    .because("no reason given: the teacher gets the form back; unrelated as above"),
            // imports and exports: gradebook evidence, CSV exports of classes, students, caseloads, the district
            Row.of(GET,  "/admin/imports/evidence",                             PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/imports/evidence/dry-run",                     PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("no file uploaded: refused (400), nothing is read"),
            Row.of(POST, "/admin/imports/evidence/import",                      PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("no dry run behind it: refused (409), nothing is imported"),
            Row.of(POST, "/admin/imports/evidence/{importId}/undo",             PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("an import that does not exist: 404"),
            Row.of(GET,  "/admin/district-status.csv",                          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/sections/{sectionId}/evidence.csv",                  PAGE,     SECTION,  LOGIN,  NO,     NO,     OWN,    NO,     OK)
                    .because("a class's evidence: its teacher and administrators"),
            Row.of(GET,  "/sections/{sectionId}/oneroster-results.zip",         PAGE,     SECTION,  LOGIN,  NO,     NO,     OWN,    NO,     OK),
            Row.of(GET,  "/students/{studentId}/evidence.csv",                  PAGE,     STUDENT,  LOGIN,  NO,     NO,     OWN,    OWN,    OK)
                    .because("staff who work with the student; a teacher gets the subjects they teach the student"),
            Row.of(GET,  "/students/{studentId}/audit.csv",                     PAGE,     STUDENT,  LOGIN,  NO,     NO,     NO,     OWN,    OK)
                    .because("the student's counselor and administrators; the family reads the audit on its pages"),

            Row.of(GET,  "/notifications",                                      PAGE,     NONE,     LOGIN,  OK,     OK,     OK,     OK,     OK),
            Row.of(POST, "/notifications/{id}/read",                            PAGE,     NONE,     LOGIN,  ABSENT, ABSENT, ABSENT, ABSENT, ABSENT)
                    .because("an id of no notification of theirs: 404, whoever asks"),
            Row.of(POST, "/notifications/read-all",                             PAGE,     NONE,     LOGIN,  OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/notifications/preferences",                          PAGE,     NONE,     LOGIN,  OK,     OK,     OK,     OK,     OK),
            Row.of(POST, "/notifications/preferences",                          PAGE,     NONE,     LOGIN,  OK,     OK,     OK,     OK,     OK)
                    .because("each person's own choices"),
            Row.of(GET,  "/tasks",                                              PAGE,     NONE,     LOGIN,  NO,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/tasks/{taskId}",                                     PAGE,     NONE,     LOGIN,  NO,     OK,     OK,     OK,     OK)
                    .because("a task nobody has (404): who decides which task is the pathways feature's (issue 10)"),
            Row.of(POST, "/tasks/{taskId}",                                     PAGE,     NONE,     LOGIN,  NO,     OK,     OK,     OK,     OK)
                    .body("decision=APPROVE").because("as above"),
            Row.of(POST, "/tasks/{taskId}/mentor-evaluation",                   PAGE,     NONE,     LOGIN,  NO,     OK,     OK,     OK,     OK)
                    .because("as above"),

            // administration (ids that name nothing: an administrator's call answers 404 or a refusal)
            Row.of(GET,  "/admin",                                              PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/people",                                       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/sign-ins",                                     PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/tokens",                                       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/outbox",                                       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/tokens",                                       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("no name: the administrator gets the form back, no token is made"),
            Row.of(POST, "/admin/tokens/{id}/revoke",                           PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("an id of no token of theirs: nothing is revoked"),
            Row.of(GET,  "/admin/data",                                         PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            // imports: rosters (OneRoster)
            Row.of(GET,  "/admin/imports/roster",                               PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/imports/roster",                               PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("a form instead of a file upload: refused, nothing is read or staged"),
            Row.of(POST, "/admin/imports/roster/{token}/import",                PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("a token that names no staged upload: 404, nothing is imported"),
            Row.of(GET,  "/admin/imports/roster/jobs/{jobId}",                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/imports/roster/jobs/{jobId}/status",           PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/imports/roster/password-links",                PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .body("username=student1").because("a demo account, made by no import: refused, no link is issued"),
            Row.of(GET,  "/set-password",                                       PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("the page a set-password link opens, for someone not signed in; no token: 404"),
            Row.of(POST, "/set-password",                                       PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .body("token=made-up&password=correct+horse+battery&repeated=correct+horse+battery")
                    .because("a token that names no link: 404, no password changes"),

            Row.of(GET,  "/admin/people/counselors/{counselorId}",              PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/people/{studentId}/counselor",                 PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/framework",                                    PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/scale",                              PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/scale/levels",                       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/scale/levels/{value}/remove",        PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/framework/areas/new",                          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/areas",                              PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/framework/areas/{id}",                         PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/areas/{id}",                         PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/areas/{id}/retire",                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/framework/competencies/new",                   PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/competencies",                       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/framework/competencies/{id}",                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/competencies/{id}",                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/competencies/{id}/retire",           PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/competencies/{id}/objectives",       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/competencies/{id}/standards",        PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/competencies/{id}/standards/{standardId}/remove", PAGE, NONE, LOGIN, NO,   NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/framework/objectives/{id}",                    PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/objectives/{id}",                    PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/objectives/{id}/retire",             PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/prerequisites",                      PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/prerequisites/remove",               PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/framework/standards",                          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/framework/standards",                          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            // imports and exports: frameworks (CASE; the public CASE API rows go with "the API's description")
            Row.of(GET,  "/admin/imports/framework",                            PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/imports/framework",                            PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("no file: refused with its problem (400), nothing kept"),
            Row.of(GET,  "/admin/imports/framework/{token}",                    PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("an upload of someone else or of nobody: 404"),
            Row.of(POST, "/admin/imports/framework/{token}/dry-run",            PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/imports/framework/{token}/import",             PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),

            Row.of(GET,  "/admin/credits",                                      PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/credits/areas/new",                            PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/credits/areas",                                PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/credits/areas/{id}",                           PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/credits/areas/{id}",                           PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/credits/areas/{id}/retire",                    PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/credits/requirements/new",                     PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/credits/requirements",                         PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/credits/requirements/{id}",                    PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/credits/requirements/{id}",                    PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/credits/requirements/{id}/retire",             PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/credits/bundles/new",                          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/credits/bundles",                              PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/credits/bundles/{id}",                         PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/credits/bundles/{id}",                         PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/credits/bundles/{id}/retire",                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/rules",                                        PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/rules/recomputation",                          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/rules/diff",                                   PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/rules/files/{file}",                           PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/rules/files/{file}/download",                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/rules/files/{file}",                           PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .body("action=validate"),
            Row.of(POST, "/admin/rules/upload",                                 PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/rules/policy",                                 PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/rules/policy",                                 PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .body("action=validate"),
            Row.of(POST, "/admin/rules/versions/{versionNo}/rollback",          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/rules/drafts/{file}",                          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("no content: refused, no draft is saved"),
            Row.of(POST, "/admin/rules/drafts/{file}/discard",                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/rules/shipped",                                PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/rules/shipped",                                PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .body("action=none").because("an unknown action: refused, nothing is previewed or published"),
            Row.of(POST, "/admin/rules/shipped/decline",                        PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("the shipped rules are those in use: nothing is on offer, nothing is recorded"),
            // rules preview progress (issue 20)
            Row.of(GET,  "/admin/rules/previews/{jobId}",                       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("no such preview: 404"),
            Row.of(GET,  "/admin/rules/previews/{jobId}/status",                PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/rules/previews/{jobId}/cancel",                PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("no such preview: 404, nothing is cancelled"),

            // the JSON API (HTTP Basic)
            Row.of(GET,  "/api/students/{studentId}/progress",                  API,      STUDENT,  NOBODY, OWN,    OWN,    OWN,    OWN,    OK),
            Row.of(GET,  "/api/students/{studentId}/audit",                     API,      STUDENT,  NOBODY, OWN,    OWN,    OWN,    OWN,    OK),
            Row.of(GET,  "/api/students/{studentId}/flags",                     API,      STUDENT,  NOBODY, OWN,    OWN,    OWN,    OWN,    OK),
            Row.of(POST, "/api/students/{studentId}/what-if",                   API,      STUDENT,  NOBODY, OWN,    OWN,    OWN,    OWN,    OK)
                    .body("{\"scores\": [], \"pathways\": []}"),
            Row.of(GET,  "/api/students/{studentId}/plan",                      API,      STUDENT,  NOBODY, OWN,    OWN,    NO,     OWN,    OK),
            Row.of(GET,  "/api/students/{studentId}/plan/check",                API,      STUDENT,  NOBODY, OWN,    OWN,    NO,     OWN,    OK),
            Row.of(GET,  "/api/students/{studentId}/plan/versions",             API,      STUDENT,  NOBODY, OWN,    OWN,    NO,     OWN,    OK),
            Row.of(POST, "/api/pathways",                                       API,      NONE,     NOBODY, OK,     NO,     NO,     NO,     NO)
                    .body(PROPOSAL_BODY).because("the competency names nothing: the student's draft is refused"),
            Row.of(GET,  "/api/pathways/mine",                                  API,      NONE,     NOBODY, OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/api/pathways/what-if",                               API,      NONE,     NOBODY, OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/api/pathways/eligibility",                           API,      NONE,     NOBODY, OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/api/pathways/{id}",                                  API,      PROPOSAL, NOBODY, OWN,    OWN,    OWN,    OWN,    OK),
            Row.of(GET,  "/api/pathways/{id}/what-if",                          API,      PROPOSAL, NOBODY, OWN,    OWN,    OWN,    OWN,    OK),
            Row.of(PUT,  "/api/pathways/{id}",                                  API,      PROPOSAL, NOBODY, OWN,    NO,     NO,     NO,     NO)
                    .body(PROPOSAL_BODY),
            Row.of(POST, "/api/pathways/{id}/submit",                           API,      PROPOSAL, NOBODY, OWN,    NO,     NO,     NO,     NO),
            Row.of(POST, "/api/pathways/{id}/withdraw",                         API,      PROPOSAL, NOBODY, OWN,    NO,     NO,     NO,     NO),
            Row.of(POST, "/api/pathways/{id}/hours",                            API,      PROPOSAL, NOBODY, OWN,    NO,     NO,     NO,     NO)
                    .body("{\"hours\": 1}"),
            Row.of(POST, "/api/pathways/{id}/evidence",                         API,      PROPOSAL, NOBODY, OWN,    NO,     NO,     NO,     NO),
            Row.of(POST, "/api/pathways/{id}/complete",                         API,      PROPOSAL, NOBODY, OWN,    NO,     NO,     NO,     NO),
            Row.of(POST, "/api/pathways/{id}/mentor-evaluations",               API,      PROPOSAL, NOBODY, NO,     NO,     NO,     NO,     NO)
                    .because("only a teacher with the pathway's review task, and these proposals are in no review"),
            Row.of(GET,  "/api/pathways/tasks",                                 API,      NONE,     NOBODY, OK,     OK,     OK,     OK,     OK),
            Row.of(POST, "/api/pathways/tasks/{taskId}",                        API,      NONE,     NOBODY, OK,     OK,     OK,     OK,     OK)
                    .body("{\"decision\": \"APPROVE\"}")
                    .because("a task nobody has: who decides which task is the pathways feature's (issue 10)"),
            Row.of(GET,  "/api/rules/versions",                                 API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/api/rules/versions/{versionNo}/files",               API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/api/rules/active/files",                             API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/api/rules/files",                                    API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/api/rules/diff",                                     API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/api/rules/audit",                                    API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/api/rules/recomputation",                            API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/api/rules/validate",                                 API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/api/rules/preview",                                  API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/api/rules/publish",                                  API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK)
                    .because("no files and no comment: refused, nothing is published"),
            Row.of(POST, "/api/rules/versions/{versionNo}/rollback",            API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/api/rules/shipped",                                  API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            // background previews everywhere (issue 20)
            Row.of(GET,  "/api/rules/previews/{id}",                            API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK)
                    .because("no such preview: 404"),
            Row.of("DELETE", "/api/rules/previews/{id}",                        API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK)
                    .because("no such preview: 404, nothing is cancelled"),

            // the district's framework as CASE 1.1: public and read-only (no student data; see docs/interoperability.md)
            Row.of(GET,  "/ims/case/v1p1/CFPackages/{sourcedId}",               PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("not a UUID: 400 invalid_selection_field, for everyone"),
            Row.of(GET,  "/ims/case/v1p1/CFDocuments",                          PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/ims/case/v1p1/CFDocuments/{sourcedId}",              PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/ims/case/v1p1/CFItems/{sourcedId}",                  PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/ims/case/v1p1/CFAssociations/{sourcedId}",           PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/ims/case/v1p1/CFRubrics/{sourcedId}",                PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/ims/case/v1p1/CFItemTypes/{sourcedId}",              PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            // the API's description: public
            Row.of(GET,  "/v3/api-docs",                                        PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/v3/api-docs.yaml",                                   PAGE,     NONE,     LOGIN,  OK,     OK,     OK,     OK,     OK)
                    .because("not among the pages chain's public addresses, unlike the JSON: signed-in users only"),
            Row.of(GET,  "/v3/api-docs/swagger-config",                         PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/api-docs-ui",                                        PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK),

            // several instances: recomputation runs (issue 17)

            // records of access and retention (issue 17)
            Row.of(GET,  "/admin/access-log",                                   PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/access-log.csv",                               PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/api/admin/access-log",                               API,      NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/student/access-report",                              PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO)
                    .because("the student's own records of access only; staff read no one's trace here"),
            Row.of(GET,  "/student/access-report.csv",                          PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/guardian/students/{studentId}/access-report",        PAGE,     STUDENT,  LOGIN,  NO,     OWN,    NO,     NO,     NO)
                    .because("a guardian reads the records of access of the students linked to them; administrators search the log"),
            Row.of(GET,  "/guardian/students/{studentId}/access-report.csv",    PAGE,     STUDENT,  LOGIN,  NO,     OWN,    NO,     NO,     NO),
            Row.of(GET,  "/admin/leavers",                                      PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/admin/leavers/dry-run",                              PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("a dry run: counts, changes nothing"),
            Row.of(POST, "/admin/leavers/delete",                               PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("no student chosen: refused (400), nothing is deleted"),

            // signed credentials: CLR 2.0, did:web, verification (issue 18)
            Row.of(GET,  "/student/transcript.clr.json",                        PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(GET,  "/students/{id}/transcript.clr.json",                  PAGE,     STUDENT,  LOGIN,  NO,     OWN,    OWN,    OWN,    OK)
                    .because("the same as the transcript's PDF: whoever may see the student"),
            Row.of(GET,  "/verify",                                             PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("public on purpose: a college checks a credential it received; no record is read"),
            Row.of(POST, "/verify",                                             PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("public on purpose, CSRF still on for its form: nothing uploaded is kept (empty: refused, 400)"),
            Row.of(GET,  "/.well-known/did.json",                               PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("the district's public keys, where did:web resolution looks for them"),
            Row.of(POST, "/api/credentials/verify",                             API,      NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("public on purpose, as the page: the document sent and the public keys, no record"),
            Row.of(GET,  "/admin/credential-keys",                              PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/credential-keys/rotate",                       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("not confirmed: refused, the signing key stays"),
            Row.of(POST, "/admin/credential-keys/{id}/retire",                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("no such key: 404, nothing is retired"),

            // transcript releases to named recipients (issue 18)
            Row.of(GET,  "/student/transcript-releases",                        PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO),
            Row.of(POST, "/student/transcript-releases",                        PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO)
                    .because("an empty form: refused beside the fields, nothing is asked"),
            Row.of(GET,  "/guardian/students/{studentId}/transcript-releases",  PAGE,     STUDENT,  LOGIN,  NO,     OWN,    NO,     NO,     NO),
            Row.of(POST, "/guardian/students/{studentId}/transcript-releases",  PAGE,     STUDENT,  LOGIN,  NO,     OWN,    NO,     NO,     NO)
                    .because("an empty form: refused beside the fields; a guardian asks only for a linked student"),
            Row.of(GET,  "/transcripts/releases",                               PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK)
                    .because("a counselor lists their caseload's releases, an administrator the district's"),
            Row.of(GET,  "/transcripts/releases/{releaseId}",                   PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK)
                    .because("an id that names no release: 404; another caseload's release is refused (TranscriptReleaseSecurityTests)"),
            Row.of(POST, "/transcripts/releases/{releaseId}/decision",          PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK)
                    .because("no release: 404; only the student's counselor or an administrator decides (TranscriptReleaseSecurityTests)"),
            Row.of(POST, "/transcripts/releases/{releaseId}/revoke",            PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK),
            Row.of(POST, "/transcripts/releases/{releaseId}/send-again",        PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK),
            Row.of(GET,  "/released/{token}",                                   PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("public on purpose: the recipient has no account, the e-mailed link is the credential; a token that names nothing: 410"),
            Row.of(GET,  "/released/{token}/documents/{documentId}",            PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("public on purpose, as the page: without a live token nothing is served (410)"),

            // work-based learning: steps, mentors, agreement, timesheets, evaluation (issue 19)
            // a mentor's door: a session of its own, opened by an invitation's one-time link; a district account's
            // session is nobody there (MentorInvitationTests walks the mentor's way in and that it leads nowhere else)
            Row.of(GET,  "/mentor",                                             PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("only a mentor's session, opened by their link: 401 with the page saying how to get one"),
            Row.of(GET,  "/mentor/link",                                        PAGE,     NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("no token: the page says the link is used, expired or revoked; opening it uses nothing"),
            Row.of(POST, "/mentor/link",                                        PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("no token: refused (401), nobody is signed in"),
            Row.of(GET,  "/mentor/ended",                                       PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("the page of no mentor session answers 401 itself"),
            // the mentor's own evaluation: only the invited mentor's session (MentorEvaluationTests: a revoked or another
            // pathway's mentor, and district accounts by session and by Basic, evaluate nothing)
            Row.of(GET,  "/mentor/evaluation",                                  PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("only a mentor's session: 401 with the page saying how to get a link"),
            Row.of(POST, "/mentor/evaluation",                                  PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("only a mentor's session: 401, nothing recorded"),
            // the school invites, re-sends and revokes a pathway's mentor: the student's teacher, counselor, administrators
            Row.of(GET,  "/students/{studentId}/pathways/{proposalId}/mentor",  PAGE,     STUDENT,  LOGIN,  NO,     NO,     OWN,    OWN,    OK)
                    .because("a proposal id of no proposal: 404 for those who may see the student"),
            Row.of(POST, "/students/{studentId}/pathways/{proposalId}/mentor",  PAGE,     STUDENT,  LOGIN,  NO,     NO,     OWN,    OWN,    OK)
                    .because("as above: nobody is invited"),
            Row.of(POST, "/students/{studentId}/pathways/{proposalId}/mentor/resend", PAGE, STUDENT, LOGIN, NO,     NO,     OWN,    OWN,    OK)
                    .because("as above: no link is made"),
            Row.of(POST, "/students/{studentId}/pathways/{proposalId}/mentor/revoke", PAGE, STUDENT, LOGIN, NO,     NO,     OWN,    OWN,    OK)
                    .because("as above: nothing is revoked"),

            // training agreement (issue 19): read by whoever may see the student, signed by its parties only, each as
            // themselves (TrainingAgreementPagesTests and TrainingAgreementTests walk the parties and the strangers)
            Row.of(GET,  "/pathways/{pathwayId}/agreement",                     PAGE,     PROPOSAL, LOGIN,  OWN,    OWN,    OWN,    OWN,    OK)
                    .because("a pathway without an agreement: 404 once the pathway's student may be seen"),
            Row.of(POST, "/pathways/{pathwayId}/agreement",                     PAGE,     PROPOSAL, LOGIN,  OWN,    OWN,    NO,     OWN,    OK)
                    .because("no agreement: 404, nothing signed; a teacher is never a party; an administrator only as coordinator"),
            Row.of(GET,  "/mentor/agreement",                                   PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("only a mentor's session: 401 with the page saying how to get a link"),
            Row.of(POST, "/mentor/agreement",                                   PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("only a mentor's session: 401, nothing signed"),

            // work-based learning: files as evidence, opportunity catalog (issue 19)
            Row.of(GET,  "/pathways/{pathwayId}/files",                         PAGE,     PROPOSAL, LOGIN,  OWN,    OWN,    OWN,    OWN,    OK)
                    .because("whoever may see the student (StudentAccess), by the pathway's student"),
            Row.of(POST, "/pathways/{pathwayId}/files",                         PAGE,     PROPOSAL, LOGIN,  OWN,    NO,     OWN,    NO,     OK)
                    .because("no file: refused (400), nothing kept; the student, a teacher of the student or an administrator attach"),
            Row.of(GET,  "/pathways/{pathwayId}/files/{fileId}",                PAGE,     PROPOSAL, LOGIN,  OWN,    OWN,    OWN,    OWN,    OK)
                    .because("a file of no such id: 404 once the pathway's student may be seen"),
            Row.of(GET,  "/api/pathways/{pathwayId}/files",                     API,      PROPOSAL, NOBODY, OWN,    OWN,    OWN,    OWN,    OK),
            Row.of(GET,  "/api/pathways/{pathwayId}/files/{fileId}",            API,      PROPOSAL, NOBODY, OWN,    OWN,    OWN,    OWN,    OK),
            Row.of(GET,  "/opportunities",                                      PAGE,     NONE,     LOGIN,  OK,     OK,     OK,     OK,     OK)
                    .because("the catalog names no student: anyone signed in"),
            Row.of(GET,  "/opportunities/{id}",                                 PAGE,     NONE,     LOGIN,  OK,     OK,     OK,     OK,     OK)
                    .because("no such opportunity: 404; applicants only on the page of a counselor or administrator"),
            Row.of(GET,  "/opportunities/new",                                  PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK),
            Row.of(POST, "/opportunities",                                      PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK)
                    .because("an empty form: the publisher gets it back with errors, nothing is published"),
            Row.of(POST, "/opportunities/{id}/propose",                         PAGE,     NONE,     LOGIN,  OK,     NO,     NO,     NO,     NO)
                    .because("no such opportunity: 404, no draft; only students start proposals"),
            Row.of(POST, "/opportunities/{id}/close",                           PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     OK,     OK)
                    .because("no such opportunity: 404, nothing closed"),

            // mentor timesheets and files (issue 19)
            // the mentor's timesheet and files: only the invited mentor's session (TimesheetMentorPagesTests: a revoked
            // or another pathway's mentor, and district accounts by session and by Basic, confirm and attach nothing)
            Row.of(GET,  "/mentor/timesheets",                                  PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("only a mentor's session: 401 with the page saying how to get a link"),
            Row.of(POST, "/mentor/timesheets/{week}/confirm",                   PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("only a mentor's session: 401, nothing confirmed"),
            Row.of(POST, "/mentor/timesheets/{week}/dispute",                   PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("only a mentor's session: 401, nothing disputed"),
            Row.of(GET,  "/mentor/files",                                       PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("only a mentor's session: 401 with the page saying how to get a link"),
            Row.of(POST, "/mentor/files",                                       PAGE,     NONE,     NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY)
                    .because("only a mentor's session: 401, nothing kept"),
            // the student corrects or removes lines the mentor has not confirmed (a line of no such id: nothing changes)
            Row.of(POST, "/student/pathways/{id}/hours/{lineId}",               PAGE,     PROPOSAL, LOGIN,  OWN,    NO,     NO,     NO,     NO)
                    .body("hours=1"),
            Row.of(POST, "/student/pathways/{id}/hours/{lineId}/remove",        PAGE,     PROPOSAL, LOGIN,  OWN,    NO,     NO,     NO,     NO),
            // the mentor's work as JSON: the weeks for whoever may see the proposal; the mentor's evaluation for staff
            Row.of(GET,  "/api/pathways/{id}/timesheet-weeks",                  API,      PROPOSAL, NOBODY, OWN,    OWN,    OWN,    OWN,    OK),
            Row.of(GET,  "/api/pathways/{id}/mentor-evaluation",                API,      PROPOSAL, NOBODY, NO,     NO,     OWN,    OWN,    OK)
                    .because("no evaluation yet: 404 for the staff who may see the student"),

            // fast at district scale (issue 20)
            // people search (issue 20)
            Row.of(GET,  "/admin/people/students/{studentId}/counselor",       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK),
            Row.of(POST, "/admin/people/students/{studentId}/counselor",       PAGE,     NONE,     LOGIN,  NO,     NO,     NO,     NO,     OK)
                    .because("no counselor chosen: 400 with the form's error, nothing changed"),

            // Camunda: the REST API for administrators by Basic only (issue 10), the webapps for administrators
            Row.of(GET,  "/engine-rest/engine",                                 ENGINE_REST, NONE,  NOBODY, NO,     NO,     NO,     NO,     ENGINE),
            Row.of(GET,  "/engine-rest/task",                                   ENGINE_REST, NONE,  NOBODY, NO,     NO,     NO,     NO,     ENGINE),
            Row.of(GET,  "/engine-rest/process-definition",                     ENGINE_REST, NONE,  NOBODY, NO,     NO,     NO,     NO,     ENGINE),
            Row.of(POST, "/engine-rest/deployment/create",                      ENGINE_REST, NONE,  NOBODY, NO,     NO,     NO,     NO,     OK)
                    .because("JSON instead of a multipart upload: the administrator's call deploys nothing"),
            Row.of(GET,  "/camunda/app/cockpit/default/",                       CAMUNDA,  NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/camunda/app/admin/default/",                         CAMUNDA,  NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/camunda/api/engine/engine/",                         CAMUNDA,  NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/camunda/api/engine/engine/default/task",             CAMUNDA,  NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),

            // sign-in with the district's accounts: Spring Security's filters serve these only when the operator has
            // configured a provider (the shared test district has none; DistrictSignInTests walks them with one)
            Row.of(GET,  "/oauth2/authorization/district",                      PAGE,     NONE,     LOGIN,  ABSENT, ABSENT, ABSENT, ABSENT, ABSENT),
            Row.of(GET,  "/login/oauth2/code/district",                         PAGE,     NONE,     LOGIN,  ABSENT, ABSENT, ABSENT, ABSENT, ABSENT),

            // Spring Boot Actuator (issue 17): the probes answer anyone with the status alone (a load balancer);
            // the rest is the administrators', by session, Basic or token; what is not exposed is refused the same
            Row.of(GET,  "/actuator/health",                                    ACTUATOR, NONE,     OK,     OK,     OK,     OK,     OK,     OK)
                    .because("the status for a load balancer; the parts and their details only for an administrator"),
            Row.of(GET,  "/actuator/health/liveness",                           ACTUATOR, NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/actuator/health/readiness",                          ACTUATOR, NONE,     OK,     OK,     OK,     OK,     OK,     OK),
            Row.of(GET,  "/actuator/health/db",                                 ACTUATOR, NONE,     NOBODY, NO,     NO,     NO,     NO,     OK)
                    .because("one part's health names the database: administrators only"),
            Row.of(GET,  "/actuator",                                           ACTUATOR, NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/actuator/info",                                      ACTUATOR, NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/actuator/metrics",                                   ACTUATOR, NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/actuator/metrics/{requiredMetricName}",              ACTUATOR, NONE,     NOBODY, NO,     NO,     NO,     NO,     OK)
                    .because("a metric that does not exist: 404 for an administrator"),
            Row.of(GET,  "/actuator/prometheus",                                ACTUATOR, NONE,     NOBODY, NO,     NO,     NO,     NO,     OK),
            Row.of(GET,  "/actuator/env",                                       ACTUATOR, NONE,     NOBODY, NO,     NO,     NO,     NO,     ABSENT)
                    .because("not exposed: it would show configuration and secrets"),
            Row.of(GET,  "/actuator/heapdump",                                  ACTUATOR, NONE,     NOBODY, NO,     NO,     NO,     NO,     ABSENT)
                    .because("not exposed: a heap dump holds every student's records in memory"));

    /** Routes served outside Spring MVC's handler mappings (and so named here): other servlets, a view controller. */
    static final List<Route> SERVED_ELSEWHERE = List.of(
            new Route(GET, "/engine-rest/engine"), new Route(GET, "/engine-rest/task"),
            new Route(GET, "/engine-rest/process-definition"), new Route(POST, "/engine-rest/deployment/create"),
            new Route(GET, "/camunda/app/cockpit/default/"), new Route(GET, "/camunda/app/admin/default/"),
            new Route(GET, "/camunda/api/engine/engine/"), new Route(GET, "/camunda/api/engine/engine/default/task"),
            new Route(GET, "/actuator"), new Route(GET, "/actuator/health"), new Route(GET, "/actuator/health/liveness"),
            new Route(GET, "/actuator/health/readiness"), new Route(GET, "/actuator/health/db"),
            new Route(GET, "/actuator/info"), new Route(GET, "/actuator/metrics"),
            new Route(GET, "/actuator/metrics/{requiredMetricName}"), new Route(GET, "/actuator/prometheus"),
            new Route(GET, "/actuator/env"), new Route(GET, "/actuator/heapdump"),
            new Route(GET, "/oauth2/authorization/district"), new Route(GET, "/login/oauth2/code/district"));

    /** The demo district's account of each role. */
    static final Map<Role, String> ACCOUNTS = new EnumMap<>(Map.of(Role.STUDENT, "student1", Role.GUARDIAN, "guardian1",
            Role.TEACHER, "teacher.math", Role.COUNSELOR, "counselor1", Role.ADMIN, "admin"));

    // ---------------------------------------------------------------------------------------------- the checks

    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentAccess access;
    @Autowired
    EvidenceHistory evidence;
    @Autowired
    FrameworkCatalog framework;
    @Autowired
    StudentProgress progress;
    @Autowired
    PathwayService pathways;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private Callers callers;
    private final ExecutorService identityThreads = Executors.newFixedThreadPool(6);
    private final Map<RecordKind, Map<Role, Long>> related = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Map<Role, Long>> unrelated = new EnumMap<>(RecordKind.class);
    private Map<String, Long> before;

    @BeforeAll
    void recordsAndCallers() {
        callers = new Callers(port, AccessMatrix.identities(ACCOUNTS));
        long student1 = people.studentOfAccount("student1").orElseThrow().id();
        long stranger = aStudentNoneOfTheAccountsMaySee();
        ACCOUNTS.forEach((role, username) -> {
            if (role != Role.ADMIN) {
                assertThat(access.maySee(username, role, student1)).as(username + " sees student1").isTrue();
            }
        });
        forEveryRole(STUDENT, student1, stranger);

        long ownSection = people.sectionsOfTeacher("teacher.math").stream()
                .filter(s -> people.studentsOfSection(s.id()).stream().anyMatch(st -> st.id() == student1))
                .findFirst().orElseThrow().id();
        long otherSection = people.sectionsOfTeacher("teacher.math2").get(0).id();
        forEveryRole(SECTION, ownSection, otherSection);

        Map<Long, String> areaOfCompetency = new HashMap<>();
        framework.competencies().forEach(c -> areaOfCompetency.put(c.id(), c.areaCode()));
        Map<Long, Long> competencyOfObjective = new HashMap<>();
        framework.objectives().forEach(o -> competencyOfObjective.put(o.id(), o.competencyId()));
        Function<EvidenceHistory.EvidenceView, Set<String>> areasOf = e -> e.scores().stream()
                .map(s -> areaOfCompetency.get(s.competencyId() != null ? s.competencyId()
                        : competencyOfObjective.get(s.objectiveId())))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var history = evidence.historyOf(student1);
        long mathEvidence = history.stream()
                .filter(e -> !areasOf.apply(e).isEmpty()
                        && people.teachersOfStudentIn(student1, areasOf.apply(e)).contains("teacher.math"))
                .findFirst().orElseThrow().id();
        long otherSubjectEvidence = history.stream()
                .filter(e -> !areasOf.apply(e).isEmpty()
                        && !people.teachersOfStudentIn(student1, areasOf.apply(e)).contains("teacher.math"))
                .findFirst().orElseThrow().id();
        forEveryRole(EVIDENCE, mathEvidence, otherSubjectEvidence);

        forEveryRole(PROPOSAL, aWithdrawnDraftOf(student1), aWithdrawnDraftOf(stranger));
        before = sharedData();
    }

    @Test
    @Order(1)
    void everyRouteTheApplicationServesHasOneRowAndEveryRowIsARouteItServes() throws Exception {
        Set<Route> served = new TreeSet<>(SERVED_ELSEWHERE);
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name)
                        .collect(Collectors.toSet());
                for (String pattern : info.getPatternValues()) {
                    (methods.isEmpty() ? Set.of(GET) : methods).forEach(m -> served.add(new Route(m, pattern)));
                }
            });
        }
        JsonNode description = new ObjectMapper().readTree(
                callers.call(Identity.ANONYMOUS, GET, "/v3/api-docs", PAGE, null).body());
        description.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> served.add(new Route(method.toUpperCase(), path.getKey()))));

        Map<Route, Long> rows = TABLE.stream().collect(Collectors.groupingBy(Row::route, Collectors.counting()));
        Set<Route> missing = new TreeSet<>(served);
        missing.removeAll(rows.keySet());
        Set<Route> gone = new TreeSet<>(rows.keySet());
        gone.removeAll(served);

        assertThat(missing).as("routes the application serves without a row in AccessMatrixTests.TABLE: decide who may"
                + " call each").isEmpty();
        assertThat(gone).as("rows of AccessMatrixTests.TABLE for routes the application no longer serves").isEmpty();
        assertThat(rows).as("routes with more than one row").allSatisfy((route, count) -> assertThat(count).isOne());
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyIdentityGetsTheAnswerOfTheTableOnEveryRoute() {
        List<Identity> identities = AccessMatrix.identities(ACCOUNTS);
        return TABLE.stream().map(row -> DynamicTest.dynamicTest(row.route().toString(), () -> {
            // the identities call at the same time, each its related record and then its unrelated one
            List<Callable<List<String>>> calls = identities.stream().<Callable<List<String>>>map(identity -> () -> {
                Access expected = row.expected(identity);
                Stream<String> related = check(row, identity, true, expected.related());
                return (row.record() == NONE || identity.channel() == AccessMatrix.Channel.NONE ? related
                        : Stream.concat(related, check(row, identity, false, expected.unrelated()))).toList();
            }).toList();
            List<String> wrong = new java.util.ArrayList<>();
            for (Future<List<String>> answers : identityThreads.invokeAll(calls)) {
                wrong.addAll(answers.get());
            }
            assertThat(wrong).as(row.route() + (row.note() == null ? "" : " (" + row.note() + ")")).isEmpty();
        }));
    }

    @Test
    @Order(3)
    void theMatrixChangesNoSharedData() {
        assertThat(sharedData()).isEqualTo(before);
    }

    @AfterAll
    void stopThreads() {
        identityThreads.shutdownNow();
    }

    /** The request of one cell: nothing when the answer is the table's, else what was expected and what came. */
    private Stream<String> check(Row row, Identity identity, boolean relatedRecord, Outcome expected) {
        Long record = row.record() == NONE ? null
                : (relatedRecord ? related : unrelated).get(row.record()).get(identity.role() == null ? Role.STUDENT
                        : identity.role());
        String path = AccessMatrix.path(row.route().pattern(), record);
        HttpResponse<String> answer = callers.call(identity, row.route().method(), path, row.area(), row.body());
        if (expected.matches(answer)) {
            return Stream.empty();
        }
        return Stream.of(identity + (row.record() == NONE ? " " : relatedRecord ? " related " : " unrelated ") + path
                + ": expected " + expected + ", got " + answer.statusCode()
                + answer.headers().firstValue("Location").map(l -> " -> " + l).orElse(""));
    }

    private void forEveryRole(RecordKind kind, long relatedRecord, long unrelatedRecord) {
        Map<Role, Long> near = new EnumMap<>(Role.class);
        Map<Role, Long> far = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            near.put(role, relatedRecord);
            far.put(role, unrelatedRecord);
        }
        related.put(kind, near);
        unrelated.put(kind, far);
    }

    /** A student of the other school: not student1's guardian's, not in teacher.math's classes, not counselor1's. */
    private long aStudentNoneOfTheAccountsMaySee() {
        return jdbc.queryForList("select id from student order by id desc", Long.class).stream()
                .filter(id -> ACCOUNTS.entrySet().stream().filter(a -> a.getKey() != Role.ADMIN)
                        .noneMatch(a -> access.maySee(a.getValue(), a.getKey(), id)))
                .findFirst().orElseThrow();
    }

    /** A proposal of the student, withdrawn at once: every change an allowed caller tries is refused. */
    private long aWithdrawnDraftOf(long studentId) {
        var student = people.student(studentId).orElseThrow();
        Viewer proposer = new Viewer(student.username(), Role.STUDENT);
        long target = progress.progressOf(studentId).competencies().stream().filter(c -> c.areaCode() != null)
                .findFirst().orElseThrow().id();
        long id = pathways.draft(proposer, new ProposalRequest(PathwayType.ONLINE_COURSE, "Access matrix", null,
                "Open University", null, null, LocalDate.now().plusDays(7), LocalDate.now().plusDays(60), BigDecimal.valueOf(20), false,
                null, new BigDecimal("0.5"), "STEM", List.of(target))).id();
        pathways.withdraw(proposer, id, "Drafted by the access matrix test");
        return id;
    }

    /** Row counts (and retirements) of what other tests read: the matrix's allowed calls must leave them alone. */
    private Map<String, Long> sharedData() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("content_area", "competency", "learning_objective", "state_standard",
                "competency_prerequisite", "competency_standard", "proficiency_level", "credit_area",
                "graduation_requirement", "credit_bundle", "rule_set_version", "evidence", "pathway_proposal",
                "section_enrollment")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("active rules", jdbc.queryForObject("select max(version_no) from rule_set_version where active",
                Long.class));
        return counts;
    }
}
