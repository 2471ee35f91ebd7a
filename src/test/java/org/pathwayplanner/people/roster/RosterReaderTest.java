package org.pathwayplanner.people.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.exchange.ImportProblem;
import org.pathwayplanner.exchange.ImportProblems;
import org.pathwayplanner.people.roster.Roster.FileMode;
import org.pathwayplanner.people.roster.Roster.PersonKind;
import org.pathwayplanner.people.roster.Roster.Status;
import org.pathwayplanner.people.roster.Roster.User;

/** Reading a OneRoster upload's files: by header name, each value checked for its shape, problems by line and column. */
class RosterReaderTest {

    private final ImportProblems problems = new ImportProblems();

    private Roster read(OneRosterFixture fixture, String... counselors) {
        return new RosterReader(fixture.bytes(), List.of(counselors), problems).read();
    }

    private User user(Roster roster, String sourcedId) {
        return roster.users().stream().filter(u -> u.sourcedId().equals(sourcedId)).findFirst().orElseThrow();
    }

    @Test
    void theSmallDistrictReadsWithoutProblems() {
        Roster roster = read(OneRosterFixture.small());

        assertThat(problems.list()).isEmpty();
        assertThat(roster.orgs()).hasSize(2);
        assertThat(roster.classes()).hasSize(3);
        assertThat(roster.users()).hasSize(9);
        assertThat(roster.enrollments()).hasSize(8);
        assertThat(roster.mode(Roster.USERS)).isEqualTo(FileMode.BULK);
        assertThat(user(roster, "rs-s-amara").grade()).isEqualTo(9);
        assertThat(user(roster, "rs-s-amara").agentSourcedIds()).containsExactly("rs-g-diallo");
        assertThat(user(roster, "rs-g-diallo").kind()).isEqualTo(PersonKind.GUARDIAN);
        assertThat(user(roster, "rs-a-nakamura").kind()).isEqualTo(PersonKind.ADMIN);
    }

    @Test
    void columnsAreFoundByTheirHeaderNotTheirPlaceAndUnknownOnesAreIgnored() {
        Roster roster = read(OneRosterFixture.small().file("users.csv", """
                ext_locker,familyName,givenName,grades,role,username,sourcedId,orgSourcedIds,metadata.x,identifier
                L12,Diallo,Amara,09,student,rn.amara,rs-s-amara,rs-north,anything,S20001
                """));

        assertThat(problems.list()).isEmpty();
        User amara = user(roster, "rs-s-amara");
        assertThat(amara.givenName()).isEqualTo("Amara");
        assertThat(amara.familyName()).isEqualTo("Diallo");
        assertThat(amara.identifier()).isEqualTo("S20001");
    }

    @Test
    void aRoleThatIsNoOneRosterRoleIsAProblemWithItsLineAndColumn() {
        read(OneRosterFixture.smallWithError());

        assertThat(problems.list()).contains(ImportProblem.at("users.csv", 8, "role", "roster.problem.role", "techer"));
    }

    @Test
    void gradesAreCedsCodesWithinGradesSixToTwelve() {
        read(OneRosterFixture.small().with("users.csv", u -> u
                .replace("S20001,,,,rs-g-diallo,09", "S20001,,,,rs-g-diallo,KG")
                .replace("S20002,,,,,10", "S20002,,,,,10th")
                .replace("S20003,,,,,09", "S20003,,,,,")));

        assertThat(problems.list()).containsExactly(
                ImportProblem.at("users.csv", 6, "grades", "roster.problem.gradeOutside", "KG", 6, 12),
                ImportProblem.at("users.csv", 7, "grades", "roster.problem.grade", "10th"),
                ImportProblem.at("users.csv", 8, "grades", "roster.problem.noGrade"));
    }

    @Test
    void parentsGuardiansAndRelativesAreGuardiansAidesAreNotImported() {
        Roster roster = read(OneRosterFixture.small().with("users.csv", u -> u
                .replace(",parent,rn.diallo,", ",relative,rn.diallo,")
                .replace(",teacher,rn.lindqvist,", ",aide,rn.lindqvist,")));

        assertThat(user(roster, "rs-g-diallo").kind()).isEqualTo(PersonKind.GUARDIAN);
        assertThat(user(roster, "rs-t-lindqvist").kind()).isNull();
    }

    @Test
    void counselorsComeFromTheAdministratorsListOrFromTheRolesFileOfOneRoster12() {
        Roster mapped = read(OneRosterFixture.small(), "rs-c-baptiste");
        assertThat(user(mapped, "rs-c-baptiste").kind()).isEqualTo(PersonKind.COUNSELOR);
        assertThat(user(mapped, "rs-t-okafor").kind()).isEqualTo(PersonKind.TEACHER);

        Roster byUsername = read(OneRosterFixture.small(), "rn.baptiste");
        assertThat(user(byUsername, "rs-c-baptiste").kind()).isEqualTo(PersonKind.COUNSELOR);

        Roster version12 = read(OneRosterFixture.small()
                .with("manifest.csv", m -> m.replace("oneroster.version,1.1", "oneroster.version,1.2") + "file.roles,bulk\n")
                .file("users.csv", """
                        sourcedId,status,enabledUser,username,givenName,familyName,identifier,agentSourcedIds,grades
                        rs-c-baptiste,,true,rn.baptiste,Marie,Baptiste,T1003,,
                        rs-s-amara,,true,rn.amara,Amara,Diallo,S20001,,09
                        """)
                .file("roles.csv", """
                        sourcedId,status,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId
                        rs-r1,,rs-c-baptiste,primary,counselor,,,rs-north,
                        rs-r2,,rs-s-amara,primary,student,,,rs-north,
                        """));
        assertThat(user(version12, "rs-c-baptiste").kind()).isEqualTo(PersonKind.COUNSELOR);
        assertThat(user(version12, "rs-s-amara").orgSourcedIds()).containsExactly("rs-north");
    }

    @Test
    void statusTobedeletedAndDeltaFilesAreRead() {
        Roster roster = read(OneRosterFixture.small().mode("users", "delta").file("users.csv", """
                sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,givenName,familyName,grades
                rs-s-tomas,tobedeleted,2027-01-10T00:00:00Z,true,rs-north,student,rn.tomas,Tomás,Herrera,10
                """));

        assertThat(problems.list()).isEmpty();
        assertThat(roster.mode(Roster.USERS)).isEqualTo(FileMode.DELTA);
        assertThat(user(roster, "rs-s-tomas").status()).isEqualTo(Status.TO_BE_DELETED);
    }

    @Test
    void aFileTheManifestListsButTheZipLacksIsAProblem() {
        read(OneRosterFixture.small().without("demographics.csv"));

        assertThat(problems.list()).containsExactly(ImportProblem.ofFile("demographics.csv",
                "roster.problem.missingFile", "demographics.csv", "bulk"));
    }

    @Test
    void aManifestIsRequiredAndItsValuesChecked() {
        read(OneRosterFixture.small().without("manifest.csv"));
        assertThat(problems.list()).extracting(ImportProblem::key).containsExactly("roster.problem.noManifest");

        ImportProblems others = new ImportProblems();
        new RosterReader(OneRosterFixture.small()
                .with("manifest.csv", m -> m.replace("file.users,bulk", "file.users,everything")
                        .replace("oneroster.version,1.1", "oneroster.version,2.0")).bytes(), List.of(), others).read();
        assertThat(others.list()).containsExactly(
                ImportProblem.at("manifest.csv", 3, "value", "roster.problem.version", "2.0"),
                ImportProblem.at("manifest.csv", 16, "value", "roster.problem.manifestMode", "everything", "file.users"));
    }

    @Test
    void aHeaderWithoutARequiredColumnIsOneProblemNotOnePerLine() {
        read(OneRosterFixture.small().with("enrollments.csv", e -> e.replace("userSourcedId", "personId")));

        assertThat(problems.list()).containsExactly(
                ImportProblem.at("enrollments.csv", 1, "userSourcedId", "roster.problem.missingColumn", "userSourcedId"));
    }

    @Test
    void aBirthDateMustBeADateAndASourcedIdAppearsOnce() {
        read(OneRosterFixture.small()
                .with("demographics.csv", d -> d.replace("2012-03-14", "14/03/2012"))
                .with("orgs.csv", o -> o + "rs-north,,,Duplicate,school,DUP,,\n"));

        assertThat(problems.list()).containsExactlyInAnyOrder(
                ImportProblem.at("demographics.csv", 2, "birthDate", "roster.problem.date", "14/03/2012"),
                ImportProblem.at("orgs.csv", 4, "sourcedId", "roster.problem.duplicate", "rs-north", 3L));
    }
}
