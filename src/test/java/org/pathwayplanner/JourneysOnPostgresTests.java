package org.pathwayplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.evidence.EvidenceKind;
import org.pathwayplanner.evidence.EvidenceRecorder;
import org.pathwayplanner.evidence.NewEvidence;
import org.pathwayplanner.evidence.Score;
import org.pathwayplanner.pathways.PathwayFixtures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayJourney;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayTasks;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.roster.OneRosterFixture;
import org.pathwayplanner.policy.DraftPreview;
import org.pathwayplanner.policy.RulePublisher;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.security.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The main journeys on PostgreSQL, the production database (the embedded server of the migration tests), with the
 * demo district: signing in, recording evidence, a pathway proposed, approved, assessed and credited, rules published
 * and every student evaluated on them, a roster imported; then the whole database backed up and restored as an operator
 * does (docs/operations.md). One application context on one server for the whole class; the same journeys on H2 are
 * the feature tests'.
 */
@org.junit.jupiter.api.extension.ExtendWith(JourneysOnPostgresTests.PostgresStopsLast.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.webapp.enabled=false",
        // a second engine in the test JVM: Camunda keeps its engines by name
        "camunda.bpm.process-engine-name=journeysOnPostgres"})
@AutoConfigureMockMvc
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
@org.springframework.test.annotation.DirtiesContext(
        classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class JourneysOnPostgresTests {

    private static final EmbeddedPostgres POSTGRES = start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /**
     * Stops the server once the class's application is closed ({@code @DirtiesContext}): declared before
     * {@code @SpringBootTest}, this extension's after-all runs after Spring's. The other way round the application's
     * shutdown waits on connections to a server that is gone.
     */
    static final class PostgresStopsLast implements org.junit.jupiter.api.extension.AfterAllCallback {

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext extension) throws IOException {
            POSTGRES.close();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    EvidenceRecorder recorder;
    @Autowired
    EvidenceHistory evidence;
    @Autowired
    PathwayService pathways;
    @Autowired
    PathwayTasks tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    RulePublisher publisher;

    PathwayFixtures fixtures;
    PathwayJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new PathwayJourney(pathways, tasks, taskService);
    }

    @Test
    void theApplicationRunsOnPostgresql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from student", Long.class)).isPositive();
    }

    @Test
    void eachRoleSignsInAndGetsTheirHomePage() {
        Map<String, String> homes = Map.of("student1", "/student", "guardian1", "/guardian", "teacher.math", "/teacher",
                "counselor1", "/counselor", "admin", "/admin");
        homes.forEach((username, home) -> {
            Visitor visitor = new Visitor(port).signIn(username, "demo");
            assertThat(visitor.get(home).statusCode()).as(username + " at " + home).isEqualTo(200);
        });
    }

    @Test
    void listPagesFilterSortCountAndPageInPostgresql() {
        Visitor counselor = new Visitor(port).signIn("counselor1", "demo");
        for (String sort : List.of("name", "grade", "school", "status", "earned", "behind")) {
            var page = counselor.get("/counselor?find=a_%25&sort=" + sort + "&desc=false&size=10&page=2");
            assertThat(page.statusCode()).as(sort).isEqualTo(200);
        }
        assertThat(counselor.get("/counselor?size=10&page=2").body()).contains("Page 2 of ");
        assertThat(new Visitor(port).signIn("teacher.math", "demo").get("/teacher?flagged=true&find=a&size=10")
                .statusCode()).isEqualTo(200);
        var people = new Visitor(port).signIn("admin", "demo").get("/admin/people?find=guardian&page=2");   // every guardian's username begins so
        assertThat(people.statusCode()).isEqualTo(200);
        assertThat(people.body()).contains("Page 2 of ");
    }

    @Test
    void evidenceRecordedForAStudentIsInTheirHistoryAndMastersTheCompetency() {
        Proposer p = fixtures.aHighSchoolStudent();
        long student = p.student().id();
        int before = evidence.historyOf(student).size();

        recorder.record(new NewEvidence(student, EvidenceKind.PROJECT, "Bridge design project",
                LocalDate.now().minusDays(1), null, "On PostgreSQL", null, List.of(Score.forCompetency(p.target().id(), 4))));

        assertThat(evidence.historyOf(student)).hasSize(before + 1);
        assertThat(progress.evaluate(student).masteredCompetencyIds()).contains(p.target().id());
    }

    @Test
    void aPathwayIsProposedApprovedAssessedAndCredited() {
        Proposer p = fixtures.aHighSchoolStudent();
        BigDecimal earnedBefore = progress.progressOf(p.student().id()).audit().earned();

        ProposalView done = journey.completed(p, PathwayFixtures.onlineCourse(p.target()), 4);

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.awardedCredits()).isEqualByComparingTo("0.5");
        assertThat(progress.progressOf(p.student().id()).audit().earned()).isGreaterThan(earnedBefore);
    }

    @Test
    void rulesPublishedByAnAdministratorAreInUseAndEveryStudentIsEvaluatedOnThem() throws Exception {
        int before = publisher.activeVersion().getVersionNo();
        Map<String, String> files = new HashMap<>(publisher.activeVersion().getFiles());
        String file = files.keySet().stream().filter(f -> f.endsWith(".drl")).sorted().findFirst().orElseThrow();
        files.put(file, files.get(file) + "\n// published on PostgreSQL\n");
        DraftPreview preview = publisher.preview("admin", files);

        RulePublisher.Publication published = publisher.publish("admin", files, "A comment, on PostgreSQL",
                preview.revokedStudents());
        published.recomputed().get(3, TimeUnit.MINUTES);

        assertThat(publisher.activeVersion().getVersionNo()).isGreaterThan(before);
        assertThat(publisher.recomputation().state()).isEqualTo(RulePublisher.Recomputation.DONE);
        assertThat(publisher.recomputation().done()).isEqualTo(publisher.recomputation().total()).isPositive();
    }

    @Test
    void aRosterIsDryRunThenImportedAndItsStudentsAreEnrolled() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        String page = mvc.perform(multipart("/admin/imports/roster")
                        .file(new MockMultipartFile("file", "riverside.zip", "application/zip",
                                OneRosterFixture.small().zip()))
                        .with(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher staged = Pattern.compile("/admin/imports/roster/([^/\"]+)/import").matcher(page);
        assertThat(staged.find()).as("the dry run offers the import").isTrue();

        String job = mvc.perform(post("/admin/imports/roster/{token}/import", staged.group(1)).with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl()
                .replaceFirst(".*/jobs/", "");
        String state = "";
        for (long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos(); System.nanoTime() < deadline; ) {
            state = mvc.perform(get("/admin/imports/roster/jobs/{id}/status", job).with(admin))
                    .andReturn().getResponse().getContentAsString();
            if (!state.contains("\"RUNNING\"") && !state.contains("\"QUEUED\"")) {
                break;
            }
            Thread.sleep(200);
        }

        assertThat(state).contains("\"state\":\"DONE\"");
        assertThat(jdbc.queryForObject("select count(*) from student where sourced_id like 'rs-%'", Long.class))
                .isPositive();
    }

    /**
     * A logical backup of the journeys' database ({@code pg_dump}, the client tools of the machine, as an operator
     * runs them: docs/operations.md), restored into an empty database ({@code pg_restore}); the application starts on
     * it and finds the same rows in every table, the same stored results for every student, and evaluates a student
     * to the same result. Runs last: the journeys above put proposals, evidence, a rules version and a roster in it.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void aBackupRestoredIntoAnEmptyDatabaseStartsWithTheSameResults() throws Exception {
        java.nio.file.Path dump = java.nio.file.Files.createTempFile("pathway-planner-", ".dump");
        try {
            run("pg_dump", "--format=custom", "--host=localhost", "--port=" + POSTGRES.getPort(),
                    "--username=postgres", "--dbname=postgres", "--file=" + dump);
            jdbc.execute("create database restored");
            run("pg_restore", "--host=localhost", "--port=" + POSTGRES.getPort(), "--username=postgres",
                    "--dbname=restored", "--no-owner", "--exit-on-error", dump.toString());
        } finally {
            java.nio.file.Files.deleteIfExists(dump);
        }

        // as arguments: they come before the test's own config/application.yml, as an operator's environment does
        try (var restored = new org.springframework.boot.builder.SpringApplicationBuilder(
                PathwayPlannerApplication.class).run(
                        "--spring.datasource.url=" + POSTGRES.getJdbcUrl("postgres", "restored"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--server.port=0", "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.process-engine-name=restoredFromBackup",
                        "--pathway-planner.evaluate-on-start=false")) {
            JdbcTemplate restoredJdbc = restored.getBean(JdbcTemplate.class);
            StudentProgress restoredProgress = restored.getBean(StudentProgress.class);
            assertThat(restoredJdbc.queryForObject("select current_database()", String.class)).isEqualTo("restored");

            for (String table : jdbc.queryForList("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE' order by 1", String.class)) {
                if (table.equals("spring_session") || table.equals("spring_session_attributes")
                        || table.equals("student_record_access")) {
                    continue;   // this test's own sign-ins and reads go on in the original meanwhile (the records of
                                // access are written a moment after each read, by a background writer)
                }
                assertThat(restoredJdbc.queryForObject("select count(*) from " + table, Long.class)).as(table)
                        .isEqualTo(jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
            List<Long> students = jdbc.queryForList("select id from student order by id", Long.class);
            for (long student : students) {
                assertThat(restoredProgress.storedEvaluation(student)).as("student " + student)
                        .isEqualTo(progress.storedEvaluation(student));
            }
            long someone = students.get(students.size() / 2);
            assertThat(restoredProgress.evaluate(someone)).isEqualTo(progress.evaluate(someone));
            assertThat(restored.getBean(TaskService.class).createTaskQuery().count())
                    .isEqualTo(taskService.createTaskQuery().count());
        }
    }

    /** Runs one of PostgreSQL's client tools; they must be of the server's major version or later. */
    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(command[0] + " finished").isTrue();
        assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
