package org.pathwayplanner.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.PathwayFixtures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Publishing, finding, starting a proposal from an opportunity, and its seats as the proposals move. */
@PlannerTest
class OpportunityCatalogTests {

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN);

    @Autowired
    OpportunityCatalog catalog;
    @Autowired
    PathwayService pathways;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;

    PathwayFixtures fixtures;
    Proposer student;
    /** A word only this test's opportunities carry, so searches see nothing else. */
    String word;

    @BeforeEach
    void aStudent() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        student = fixtures.aHighSchoolStudent();
        word = "w" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCounselorPublishesAndStudentsFindItByKindGradeAndWords() {
        long id = catalog.publish(new Viewer(student.counselor(), Role.COUNSELOR), course(3, 9, 12));

        assertThat(ids(catalog.search(new CatalogFilter("ONLINE_COURSE", "STEM", 10, word, true), 1))).containsExactly(id);
        assertThat(ids(catalog.search(new CatalogFilter("INTERNSHIP", null, null, word, false), 1))).isEmpty();
        assertThat(ids(catalog.search(new CatalogFilter(null, null, 8, word, false), 1))).isEmpty();
    }

    @Test
    void theCatalogIsServedInPagesOfTen() {
        for (int n = 0; n < 11; n++) {
            catalog.publish(ADMIN, course(3, 9, 12));
        }

        CatalogPage first = catalog.search(new CatalogFilter(null, null, null, word, false), 1);
        CatalogPage second = catalog.search(new CatalogFilter(null, null, null, word, false), 2);
        assertThat(first.opportunities()).hasSize(10);
        assertThat(second.opportunities()).hasSize(1);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.total()).isEqualTo(11);
        assertThat(catalog.search(new CatalogFilter(null, null, null, word, false), 99).page()).isEqualTo(2);
    }

    @Test
    void aStudentStartsADraftFilledInFromTheOpportunityOnceOnly() {
        long id = catalog.publish(ADMIN, course(3, 9, 12));

        long draft = catalog.startProposal(student.viewer(), id, null, null);

        ProposalView proposal = pathways.proposal(student.viewer(), draft);
        assertThat(proposal.status()).isEqualTo("DRAFT");
        assertThat(proposal.title()).isEqualTo("Statistics online " + word);
        assertThat(proposal.provider()).isEqualTo("Connecticut State Online");
        assertThat(proposal.mentorName()).isEqualTo("Ms. Ada Byron");
        assertThat(proposal.requestedCredits()).isEqualByComparingTo("0.5");
        assertThat(proposal.competencies()).extracting(c -> c.id()).containsExactly(student.target().id());
        assertThat(catalog.startProposal(student.viewer(), id, null, null)).isEqualTo(draft);
    }

    @Test
    void aSeatIsHeldFromSubmissionAndGivenBackOnWithdrawal() {
        long id = catalog.publish(ADMIN, course(1, 9, 12));
        long draft = catalog.startProposal(student.viewer(), id, null, null);
        assertThat(catalog.opportunity(id).seatsLeft()).isEqualTo(1);

        pathways.submit(student.viewer(), draft);
        assertThat(catalog.opportunity(id).seatsLeft()).isZero();
        Proposer another = fixtures.aHighSchoolStudent();
        assertThatThrownBy(() -> catalog.startProposal(another.viewer(), id, null, null))
                .isInstanceOfSatisfying(OpportunityRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("opportunities.refused.full"));

        pathways.withdraw(student.viewer(), draft, "Found another placement");
        assertThat(catalog.opportunity(id).seatsLeft()).isEqualTo(1);
        assertThat(catalog.applicants(ADMIN, id)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("WITHDRAWN"));
    }

    @Test
    void aStudentOutsideTheGradesIsRefused() {
        int grade = student.student().gradeLevel();
        long id = catalog.publish(ADMIN, course(3, grade == 12 ? 9 : grade + 1, grade == 12 ? 11 : 12));

        assertThatThrownBy(() -> catalog.startProposal(student.viewer(), id, null, null))
                .isInstanceOfSatisfying(OpportunityRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("opportunities.refused.grade"));
    }

    @Test
    void onlyCounselorsAndAdministratorsPublishAndSeeApplicantsNamedWhenTheyFollowTheStudent() {
        assertThatThrownBy(() -> catalog.publish(student.viewer(), course(3, 9, 12)))
                .isInstanceOf(AccessDeniedException.class);
        long id = catalog.publish(ADMIN, course(3, 9, 12));
        catalog.startProposal(student.viewer(), id, null, null);

        assertThat(catalog.applicants(new Viewer(student.counselor(), Role.COUNSELOR), id)).singleElement()
                .satisfies(a -> assertThat(a.studentName()).isEqualTo(student.student().fullName()));
        String otherCounselor = jdbc.queryForObject("""
                select min(a.username) from staff_member c join user_account a on a.id = c.account_id
                 where c.kind = 'COUNSELOR' and a.username <> ?""", String.class, student.counselor());
        assertThat(catalog.applicants(new Viewer(otherCounselor, Role.COUNSELOR), id)).singleElement()
                .satisfies(a -> assertThat(a.named()).isFalse());
        assertThatThrownBy(() -> catalog.applicants(student.viewer(), id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whatALeaverStartedFromTheCatalogGoesWithTheirRecords() {
        long id = catalog.publish(ADMIN, course(3, 9, 12));
        catalog.startProposal(student.viewer(), id, null, null);
        ApplicationsOfLeavers keeper = new ApplicationsOfLeavers(jdbc);
        assertThat(keeper.countsOf(student.student())).containsEntry("opportunityApplications", 1L);

        keeper.deleteRecordsOf(student.student());

        assertThat(catalog.applicants(ADMIN, id)).isEmpty();
    }

    private OpportunityForm course(int seats, int minGrade, int maxGrade) {
        LocalDate start = LocalDate.now().plusDays(7);
        return new OpportunityForm("ONLINE_COURSE", "Statistics online " + word, "Weekly data projects",
                "Connecticut State Online", "Ms. Ada Byron", "abyron@ctonline.example.org", start, start.plusDays(70),
                BigDecimal.valueOf(20), new BigDecimal("0.5"), "STEM", seats, minGrade, maxGrade, false,
                List.of(student.target().id()));
    }

    private static List<Long> ids(CatalogPage page) {
        return page.opportunities().stream().map(Opportunity::id).toList();
    }
}
