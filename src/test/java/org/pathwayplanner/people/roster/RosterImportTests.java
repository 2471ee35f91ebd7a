package org.pathwayplanner.people.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.exchange.DataExchange;
import org.pathwayplanner.exchange.DataExchangeLog;
import org.pathwayplanner.exchange.ImportCounts.FileCounts;
import org.pathwayplanner.exchange.ImportProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Importing a OneRoster district: created, then the same again (0 changes), updated, retired, all or nothing. */
@PlannerTest
class RosterImportTests {

    @Autowired
    RosterImports imports;
    @Autowired
    SetPasswordLinks links;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataExchangeLog exchangeLog;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void removeTheImportedDistrict() {
        imports.interruption = (step, rows) -> { };
        OneRosterFixture.remove(jdbc, "rs-");
    }

    private RosterImports.Job imported(OneRosterFixture fixture, String... counselors) {
        RosterImports.Job job = imports.importNow("admin", "small.zip", fixture.zip(), List.of(counselors));
        assertThat(job.state).as(String.valueOf(job.problems == null ? job.failure : job.problems.list()))
                .isEqualTo(RosterImports.State.DONE);
        return job;
    }

    private FileCounts counts(RosterImports.Job job, String file) {
        return job.counts.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }

    private Map<String, Object> student(String sourcedId) {
        return jdbc.queryForMap("""
                select s.*, a.username, a.enabled, a.role from student s join user_account a on a.id = s.account_id
                 where s.sourced_id = ?""", sourcedId);
    }

    @Test
    void aDryRunSaysWhatWouldBeCreatedAndWritesNothingButTheAccessLog() {
        RosterImports.Preview preview = imports.dryRun("admin", "small.zip", OneRosterFixture.small().zip(), List.of());

        assertThat(preview.importable()).isTrue();
        assertThat(preview.counts().files()).contains(new FileCounts("orgs.csv", 1, 0, 0, 0),
                new FileCounts("classes.csv", 3, 0, 0, 0), new FileCounts("users.csv", 9, 0, 0, 0),
                new FileCounts("enrollments.csv", 5, 0, 0, 0));
        assertThat(jdbc.queryForObject("select count(*) from student where sourced_id like 'rs-%'", Long.class)).isZero();
        DataExchange logged = exchangeLog.newest(1).get(0);
        assertThat(logged.direction()).isEqualTo(DataExchange.Direction.DRY_RUN);
        assertThat(logged.summary()).contains("users.csv +9");
    }

    @Test
    void aRosterWithAProblemIsRefusedWithItsLineAndNoTokenToImportIt() {
        RosterImports.Preview preview = imports.dryRun("admin", "bad.zip", OneRosterFixture.smallWithError().zip(),
                List.of());

        assertThat(preview.importable()).isFalse();
        assertThat(preview.token()).isNull();
        assertThat(preview.problems().list()).first()
                .isEqualTo(ImportProblem.at("users.csv", 8, "role", "roster.problem.role", "techer"));
        assertThat(exchangeLog.newest(1).get(0).outcome()).isEqualTo(DataExchange.Outcome.REFUSED);
    }

    @Test
    void importingMakesSchoolsPeopleAccountsClassesAndEnrolments() {
        RosterImports.Job job = imported(OneRosterFixture.small(), "rs-c-baptiste");

        assertThat(counts(job, "users.csv")).isEqualTo(new FileCounts("users.csv", 9, 0, 0, 0));
        Map<String, Object> amara = student("rs-s-amara");
        assertThat(amara).containsEntry("STUDENT_NUMBER", "S20001").containsEntry("GRADE_LEVEL", 9)
                .containsEntry("USERNAME", "rn.amara").containsEntry("ENABLED", true);
        assertThat(amara.get("DATE_OF_BIRTH").toString()).isEqualTo("2012-03-14");
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'rn.amara'",
                String.class);
        assertThat(passwordEncoder.matches("demo", hash)).as("no password anyone knows").isFalse();
        assertThat(jdbc.queryForObject("select email from user_account where username = 'rn.okafor'", String.class))
                .as("the address the district's sign-in and the notifications use, in lower case")
                .isEqualTo("grace.okafor@riverside.example");
        assertThat(jdbc.queryForObject("select kind from staff_member where sourced_id = 'rs-c-baptiste'", String.class))
                .isEqualTo("COUNSELOR");
        assertThat(jdbc.queryForObject("select kind from staff_member where sourced_id = 'rs-a-nakamura'", String.class))
                .isEqualTo("ADMIN");
        assertThat(jdbc.queryForList("""
                select st.sourced_id from student_guardian sg join guardian g on g.id = sg.guardian_id
                  join student st on st.id = sg.student_id where g.sourced_id = 'rs-g-diallo'""", String.class))
                .containsExactly("rs-s-amara");
        assertThat(jdbc.queryForMap("""
                select cs.code, cs.school_year, t.sourced_id as teacher, ca.code as area from class_section cs
                  join staff_member t on t.id = cs.teacher_id left join content_area ca on ca.id = cs.content_area_id
                 where cs.sourced_id = 'rs-alg1-p1'"""))
                .containsEntry("CODE", "RN-ALG1-1").containsEntry("SCHOOL_YEAR", "2026-2027")
                .containsEntry("TEACHER", "rs-t-okafor").containsEntry("AREA", "MATH");
        assertThat(jdbc.queryForObject("select content_area_id from class_section where sourced_id = 'rs-robot-p7'",
                Long.class)).as("Robotics is none of the district's content areas").isNull();
        assertThat(jdbc.queryForObject("""
                select count(*) from section_enrollment e join class_section cs on cs.id = e.section_id
                 where cs.sourced_id like 'rs-%'""", Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("""
                select count(*) from student_progress p join student s on s.id = p.student_id
                 where s.sourced_id like 'rs-%'""", Long.class)).as("progress evaluated").isEqualTo(3);
    }

    @Test
    void importingTheSameRosterAgainChangesNothing() {
        imported(OneRosterFixture.small(), "rs-c-baptiste");

        RosterImports.Preview again = imports.dryRun("admin", "small.zip", OneRosterFixture.small().zip(),
                List.of("rs-c-baptiste"));
        RosterImports.Job job = imported(OneRosterFixture.small(), "rs-c-baptiste");

        assertThat(again.counts().changes()).isZero();
        assertThat(job.counts.changes()).isZero();
        assertThat(counts(job, "users.csv").unchanged()).isEqualTo(9);
        assertThat(exchangeLog.newest(1).get(0).summary()).endsWith("0 changes");
    }

    @Test
    void aChangedRowUpdatesItsRecordOnly() {
        imported(OneRosterFixture.small());

        RosterImports.Job job = imported(OneRosterFixture.small().with("users.csv",
                u -> u.replace(",Tomás,Herrera,", ",Tomás,Herrera-Ruiz,").replace("S20002,,,,,10", "S20002,,,,,11")));

        assertThat(counts(job, "users.csv")).isEqualTo(new FileCounts("users.csv", 0, 1, 0, 8));
        assertThat(student("rs-s-tomas")).containsEntry("LAST_NAME", "Herrera-Ruiz").containsEntry("GRADE_LEVEL", 11);
        assertThat(jdbc.queryForObject("select display_name from user_account where username = 'rn.tomas'",
                String.class)).isEqualTo("Tomás Herrera-Ruiz");
    }

    @Test
    void aBulkFileThatNoLongerListsAStudentRetiresThemKeepingTheRecord() {
        imported(OneRosterFixture.small());

        RosterImports.Job job = imported(OneRosterFixture.small()
                .with("users.csv", u -> u.lines().filter(l -> !l.startsWith("rs-s-tomas,")).map(l -> l + "\n")
                        .reduce("", String::concat).replace("rs-s-tomas", ""))
                .with("enrollments.csv", e -> e.replace("rs-e5,,2026-08-01T00:00:00Z,rs-alg1-p1,rs-north,rs-s-tomas,student,false,,\n", ""))
                .with("demographics.csv", d -> d.replaceAll("rs-s-tomas,.*\\n", "")));

        // Tomás retired; his guardian, who no longer lists him, updated
        assertThat(counts(job, "users.csv")).isEqualTo(new FileCounts("users.csv", 0, 1, 1, 7));
        Map<String, Object> tomas = student("rs-s-tomas");
        assertThat(tomas.get("RETIRED_AT")).isNotNull();
        assertThat(tomas).containsEntry("ENABLED", false);
        assertThat(jdbc.queryForObject("select count(*) from section_enrollment where student_id = ?", Long.class,
                tomas.get("ID"))).isZero();
    }

    @Test
    void aDeltaFileAppliesOnlyItsRowsAndTobedeletedRetires() {
        imported(OneRosterFixture.small());

        RosterImports.Job job = imported(OneRosterFixture.small()
                .mode("users", "delta").mode("enrollments", "absent").mode("classes", "absent")
                .mode("orgs", "absent").mode("courses", "absent").mode("academicSessions", "absent")
                .mode("demographics", "delta")
                .file("users.csv", """
                        sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,givenName,familyName,identifier,grades
                        rs-s-wen,tobedeleted,2027-01-10T00:00:00Z,true,rs-north,student,rn.wen,Wen,Zhao,S20003,09
                        rs-s-kofi,active,2027-01-10T00:00:00Z,true,rs-north,student,rn.kofi,Kofi,Mensah,S20004,12
                        """)
                .file("demographics.csv", """
                        sourcedId,status,birthDate
                        rs-s-kofi,,2008-11-30
                        """));

        assertThat(counts(job, "users.csv")).isEqualTo(new FileCounts("users.csv", 1, 0, 1, 0));
        assertThat(student("rs-s-wen").get("RETIRED_AT")).isNotNull();
        assertThat(student("rs-s-amara").get("RETIRED_AT")).as("not in the delta: untouched").isNull();
        assertThat(student("rs-s-kofi")).containsEntry("GRADE_LEVEL", 12);
    }

    @Test
    void anAccountWithTheSameUsernameButNoSourcedIdIsNotTakenOver() {
        RosterImports.Preview preview = imports.dryRun("admin", "small.zip", OneRosterFixture.small()
                .with("users.csv", u -> u.replace(",student,rn.wen,", ",student,student1,")).zip(), List.of());

        assertThat(preview.problems().list()).containsExactly(
                ImportProblem.at("users.csv", 8, "username", "roster.problem.usernameTaken", "student1"));
    }

    @Test
    void aStudentWithoutABirthDateIsAProblemOnTheirLine() {
        RosterImports.Preview preview = imports.dryRun("admin", "small.zip", OneRosterFixture.small()
                .with("demographics.csv", d -> d.replaceAll("rs-s-wen,.*\\n", "")).zip(), List.of());

        assertThat(preview.problems().list()).contains(
                ImportProblem.at("users.csv", 8, "sourcedId", "roster.problem.noBirthDate", "rs-s-wen"));
    }

    @Test
    void aFailureMidwayLeavesTheDistrictAsItWas() {
        imports.interruption = (step, rows) -> {
            if (step.equals("students")) {
                throw new IllegalStateException("The disk is full (a test's failure)");
            }
        };

        RosterImports.Job job = imports.importNow("admin", "small.zip", OneRosterFixture.small().zip(), List.of());

        assertThat(job.state).isEqualTo(RosterImports.State.FAILED);
        for (String table : List.of("school", "staff_member", "student", "guardian", "class_section")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where sourced_id like 'rs-%'",
                    Long.class)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from user_account where username like 'rn.%'", Long.class))
                .isZero();
        assertThat(exchangeLog.newest(1).get(0).outcome()).isEqualTo(DataExchange.Outcome.FAILED);
    }

    @Test
    void theImportButtonAppliesOnlyAStagedUploadAndOnlyOnce() throws Exception {
        RosterImports.Preview preview = imports.dryRun("admin", "small.zip", OneRosterFixture.small().zip(), List.of());

        RosterImports.Job job = imports.start("admin", preview.token()).orElseThrow();
        for (int i = 0; i < 100 && job.state == RosterImports.State.RUNNING; i++) {
            Thread.sleep(100);
        }

        assertThat(job.state).isEqualTo(RosterImports.State.DONE);
        assertThat(imports.start("admin", preview.token())).isEmpty();
        assertThat(imports.start("admin", "made-up")).isEmpty();
    }

    @Test
    void aSetPasswordLinkWorksOnceForAnImportedAccountOnly() {
        imported(OneRosterFixture.small());

        SetPasswordLinks.Issued issued = links.issue("admin", "rn.amara");
        assertThat(links.usernameOf(issued.token())).contains("rn.amara");
        assertThatThrownBy(() -> links.setPassword(issued.token(), "short", "short"))
                .hasFieldOrPropertyWithValue("key", "setPassword.tooShort");
        assertThatThrownBy(() -> links.setPassword(issued.token(), "correct horse battery", "correct horse"))
                .hasFieldOrPropertyWithValue("key", "setPassword.different");
        links.setPassword(issued.token(), "correct horse battery", "correct horse battery");

        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'rn.amara'",
                String.class);
        assertThat(passwordEncoder.matches("correct horse battery", hash)).isTrue();
        assertThat(links.usernameOf(issued.token())).isEmpty();
        assertThatThrownBy(() -> links.setPassword(issued.token(), "another password", "another password"))
                .hasFieldOrPropertyWithValue("key", "setPassword.invalid");
        assertThatThrownBy(() -> links.issue("admin", "student1"))
                .hasFieldOrPropertyWithValue("key", "setPassword.issue.noAccount");
        assertThat(jdbc.queryForObject("select count(*) from password_link where token_hash = ?", Long.class,
                issued.token())).as("only the token's hash is kept").isZero();
    }
}
