package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathwayplanner.pathways.PathwayFixtures.counselor;
import static org.pathwayplanner.pathways.PathwayFixtures.guardian;
import static org.pathwayplanner.pathways.PathwayFixtures.internship;
import static org.pathwayplanner.pathways.PathwayFixtures.teacher;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.pathways.AgreementJourney.AwaitingSignatures;
import org.pathwayplanner.pathways.PathwayFixtures.Proposer;
import org.pathwayplanner.pathways.TrainingAgreements.Signing;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The training agreement itself: generated once from the approved proposal with its SHA-256; each party signs by typing
 * the name the school has for them and agreeing; a signature holds only for the text it saw; a party signs once.
 */
@PlannerTest
class TrainingAgreementTests {

    private static final String MENTOR = "Dr. Lena Ortiz";
    private static final String MENTOR_EMAIL = "lortiz@hospital.example.org";

    @Autowired
    TrainingAgreements agreements;
    @Autowired
    MentorInvitations invitations;
    @Autowired
    PathwayService pathways;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext application;

    PathwayFixtures fixtures;
    AgreementJourney journey;

    @BeforeEach
    void fixtures() {
        fixtures = new PathwayFixtures(jdbc, people, progress, pathways);
        journey = new AgreementJourney(application);
    }

    @Test
    void theTextIsWrittenFromTheApprovedProposalAndKeptWithItsSha256() {
        Proposer p = fixtures.aMinorInGrade11();
        AwaitingSignatures waiting = journey.awaitingSignatures(p, internship(p.target()), MENTOR, "Hartford Hospital",
                MENTOR_EMAIL);
        TrainingAgreement agreement = agreements.current(waiting.proposal().id()).orElseThrow();
        String guardianName = people.guardiansOf(p.student().id()).get(0).fullName();

        assertThat(agreement.text()).startsWith("TRAINING AGREEMENT")
                .contains("Pathway: Hospital laboratory internship (Internship) at Hartford Hospital")
                .contains("Student: " + p.student().fullName() + ", grade 11")
                .contains(guardianName)
                .contains("Mentor: Dr. Lena Ortiz, for Hartford Hospital (" + MENTOR_EMAIL + ")")
                .contains("School coordinator: " + journey.nameOf(p.counselor()))
                .contains("Dates: from " + PathwayFixtures.UNDER_WAY_SINCE + " to "
                        + PathwayFixtures.UNDER_WAY_SINCE.plusDays(90))
                .contains("Hours: 40 hours").contains("over 13 weeks")
                .contains("Travel: Bus 61 from the school, 20 minutes")
                .contains(p.target().code())
                .contains("Safety: The student takes part in the workplace’s safety orientation");
        assertThat(agreement.sha256()).hasSize(64).isEqualTo(TrainingAgreement.sha256Of(agreement.text()));
        assertThat(jdbc.queryForObject("select text_sha256 from training_agreement where id = ?", String.class,
                agreement.id())).isEqualTo(agreement.sha256());

        journey.signAs(p.viewer(), waiting.proposal().id());

        assertThat(agreements.current(waiting.proposal().id()).orElseThrow().party(TrainingAgreement.Party.STUDENT))
                .hasValueSatisfying(s -> {
                    assertThat(s.signedBy()).isEqualTo(p.student().username());
                    assertThat(s.typedName()).isEqualTo(p.student().fullName());
                    assertThat(s.signedAt()).isNotNull();
                    assertThat(s.signedSha256()).isEqualTo(agreement.sha256());
                });
        assertThat(agreements.current(waiting.proposal().id()).orElseThrow().text()).isEqualTo(agreement.text());
    }

    @Test
    void theTypedNameMustBeTheNameOnRecordWhateverItsCaseAndSpaces() {
        Proposer p = fixtures.aMinorInGrade11();
        long id = journey.awaitingSignatures(p, internship(p.target()), MENTOR, "Hartford Hospital", MENTOR_EMAIL)
                .proposal().id();
        String hash = agreements.current(id).orElseThrow().sha256();

        assertThatThrownBy(() -> agreements.sign(p.viewer(), id, new Signing("Someone Else", true, hash)))
                .isInstanceOf(ProposalFieldException.class)
                .satisfies(e -> assertThat(((ProposalFieldException) e).field()).isEqualTo("fullName"))
                .hasMessage("Type your full name as the school has it: " + p.student().fullName());
        assertThatThrownBy(() -> agreements.sign(p.viewer(), id, new Signing(p.student().fullName(), false, hash)))
                .isInstanceOf(ProposalFieldException.class)
                .satisfies(e -> assertThat(((ProposalFieldException) e).field()).isEqualTo("agree"));
        assertThat(agreements.current(id).orElseThrow().party(TrainingAgreement.Party.STUDENT).orElseThrow().signed())
                .isFalse();

        String typed = "  " + p.student().firstName().toUpperCase() + "   " + p.student().lastName().toLowerCase() + " ";
        agreements.sign(p.viewer(), id, new Signing(typed, true, hash));

        assertThat(agreements.current(id).orElseThrow().party(TrainingAgreement.Party.STUDENT).orElseThrow()
                .typedName()).isEqualTo(typed.strip());
    }

    @Test
    void aPartySignsOnce() {
        Proposer p = fixtures.aMinorInGrade11();
        long id = journey.awaitingSignatures(p, internship(p.target()), MENTOR, "Hartford Hospital", MENTOR_EMAIL)
                .proposal().id();
        journey.signAs(counselor(p.counselor()), id);

        assertThatThrownBy(() -> journey.signAs(counselor(p.counselor()), id))
                .isInstanceOf(AgreementNotSignable.class)
                .satisfies(e -> assertThat(((AgreementNotSignable) e).reason())
                        .isEqualTo(AgreementNotSignable.Reason.ALREADY_SIGNED));
        assertThat(journey.now(id).timeline()).filteredOn(e -> e.action().equals("AGREEMENT_SIGNED")).hasSize(1);
    }

    @Test
    void aSignatureForAnotherTextIsRefused() {
        Proposer p = fixtures.aMinorInGrade11();
        long id = journey.awaitingSignatures(p, internship(p.target()), MENTOR, "Hartford Hospital", MENTOR_EMAIL)
                .proposal().id();
        TrainingAgreement agreement = agreements.current(id).orElseThrow();
        String name = p.student().fullName();

        assertThatThrownBy(() -> agreements.sign(p.viewer(), id, new Signing(name, true,
                TrainingAgreement.sha256Of(agreement.text() + " and more"))))
                .isInstanceOf(AgreementNotSignable.class)
                .satisfies(e -> assertThat(((AgreementNotSignable) e).reason())
                        .isEqualTo(AgreementNotSignable.Reason.TEXT_CHANGED));

        jdbc.update("update training_agreement set agreement_text = ? where id = ?",
                agreement.text().replace("40 hours", "400 hours"), agreement.id());
        assertThatThrownBy(() -> agreements.sign(p.viewer(), id, new Signing(name, true, agreement.sha256())))
                .as("the stored text no longer has the hash it was generated with")
                .isInstanceOf(AgreementNotSignable.class)
                .satisfies(e -> assertThat(((AgreementNotSignable) e).reason())
                        .isEqualTo(AgreementNotSignable.Reason.TEXT_CHANGED));
        assertThat(agreements.current(id).orElseThrow().parties()).noneMatch(TrainingAgreement.Signer::signed);
    }

    @Test
    void aNewMentorWhileSignaturesAreAwaitedMeansANewTextForEveryoneToSign() {
        Proposer p = fixtures.aMinorInGrade11();
        AwaitingSignatures waiting = journey.awaitingSignatures(p, internship(p.target()), MENTOR, "Hartford Hospital",
                MENTOR_EMAIL);
        long id = waiting.proposal().id();
        TrainingAgreement first = agreements.current(id).orElseThrow();
        journey.signAs(p.viewer(), id);

        invitations.invite(teacher(p.teacher()), p.student().id(), id,
                new MentorInvitations.NewMentor("Sam Lee", "Hartford Hospital", "slee@hospital.example.org"));

        TrainingAgreement second = agreements.current(id).orElseThrow();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.text()).contains("Mentor: Sam Lee").doesNotContain(MENTOR);
        assertThat(second.parties()).noneMatch(TrainingAgreement.Signer::signed);
        assertThatThrownBy(() -> agreements.sign(p.viewer(), id, new Signing(p.student().fullName(), true,
                first.sha256()))).isInstanceOf(AgreementNotSignable.class);
        assertThatThrownBy(() -> journey.signAsMentor(waiting.mentor()))
                .as("the replaced mentor's invitation is revoked")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(journey.now(id).timeline()).extracting(PathwayViews.EventView::action)
                .containsSubsequence("AGREEMENT_PREPARED", "AGREEMENT_SIGNED", "MENTOR_INVITED",
                        "AGREEMENT_SUPERSEDED", "AGREEMENT_PREPARED");
    }

    @Test
    void theAgreementWaitsOnTheHomePagesOfTheGuardianAndCoordinatorUntilTheySign() {
        Proposer p = fixtures.aMinorInGrade11();
        long id = journey.awaitingSignatures(p, internship(p.target()), MENTOR, "Hartford Hospital", MENTOR_EMAIL)
                .proposal().id();

        assertThat(agreements.waitingFor(guardian(p.guardian()))).extracting(TrainingAgreements.Waiting::proposalId)
                .contains(id);
        assertThat(agreements.waitingFor(counselor(p.counselor()))).extracting(TrainingAgreements.Waiting::proposalId)
                .contains(id);
        assertThat(agreements.waitingFor(teacher(p.teacher()))).isEmpty();

        journey.signAs(guardian(p.guardian()), id);

        assertThat(agreements.waitingFor(guardian(p.guardian()))).extracting(TrainingAgreements.Waiting::proposalId)
                .doesNotContain(id);
        assertThat(agreements.of(guardian(p.guardian()), id).signedByYou()).isTrue();
        assertThat(agreements.of(teacher(p.teacher()), id).yours()).as("a teacher reads, signs nothing").isNull();
        assertThat(List.of(agreements.of(counselor(p.counselor()), id).yours())).containsExactly("COORDINATOR");
    }
}
