package org.pathwayplanner.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the student gets to the pathway: asked when it is off campus, kept with the proposal and its versions. */
class ProposalTransportTest {

    static final LocalDate START = LocalDate.of(2026, 9, 14);
    static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");

    @Test
    void anOffCampusProposalWithoutTransportIsRefusedBesideTheTransportField() {
        assertThatThrownBy(() -> details(true, null, null))
                .isInstanceOfSatisfying(ProposalFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("transport");
                    assertThat(e.messageKey()).isEqualTo("pathways.error.transportMissing");
                    assertThat(e).hasMessage("Say how the student gets there and back: the pathway is off campus");
                });
    }

    @Test
    void anOnCampusProposalNeedsNoTransportAndKeepsNoneGiven() {
        assertThat(details(false, null, null).transport()).isNull();

        ProposalDetails onCampus = details(false, Transport.SCHOOL_BUS, "Bus 12");

        assertThat(onCampus.transport()).isNull();
        assertThat(onCampus.transportNote()).isNull();
    }

    @Test
    void anOffCampusProposalKeepsItsTransportAndNote() {
        ProposalDetails offCampus = details(true, Transport.FAMILY, "  Picked up at 5 pm by her father  ");

        assertThat(offCampus.transport()).isEqualTo(Transport.FAMILY);
        assertThat(offCampus.transportNote()).isEqualTo("Picked up at 5 pm by her father");
        assertThat(details(true, Transport.PUBLIC_TRANSIT, "  ").transportNote()).isNull();
    }

    @Test
    void aTransportNoteOverFiveHundredCharactersIsRefusedBesideTheNote() {
        assertThatThrownBy(() -> details(true, Transport.FAMILY, "x".repeat(501)))
                .isInstanceOfSatisfying(ProposalFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("transportNote"));
    }

    @Test
    void eachVersionKeepsTheTransportAndSaysWhenItChanged() {
        PathwayProposal proposal = new PathwayProposal(7L, details(true, Transport.FAMILY, null), "ana", NOW);
        proposal.submit("ana", NOW);
        proposal.startReview("system", null, NOW);
        proposal.requestChanges("teacher.math", "Who drives on Fridays?", NOW);

        proposal.revise(details(true, Transport.PUBLIC_TRANSIT, "Bus 61 on Fridays"), "ana", NOW);

        ProposalVersion first = proposal.getVersions().get(0);
        ProposalVersion second = proposal.getVersions().get(1);
        assertThat(first.getTransport()).isEqualTo(Transport.FAMILY);
        assertThat(second.getTransport()).isEqualTo(Transport.PUBLIC_TRANSIT);
        assertThat(second.changedSince(first)).containsExactly("transport", "transportNote");
    }

    @Test
    void theConsentStatementSaysHowTheStudentGetsThereAndRecordsIt() {
        PathwayProposal proposal = new PathwayProposal(7L, details(true, Transport.PROVIDER, "Van from the school at 1 pm"),
                "ana", NOW);

        ConsentStatement statement = ConsentStatement.of(proposal, "Ana Lopez");

        assertThat(statement.transportKey()).isEqualTo("pathways.transport.PROVIDER");
        assertThat(statement.transportNote()).isEqualTo("Van from the school at 1 pm");
        assertThat(statement.inWords()).endsWith(", off campus, from 2026-09-14 to 2026-11-13, about 40 hours,"
                + " supervised by —, travel: transport by the provider (Van from the school at 1 pm)");
    }

    @Test
    void onCampusTheConsentStatementHasNoTransportAndAnOlderOffCampusProposalSaysItWasNotStated() {
        ConsentStatement onCampus = ConsentStatement.of(new PathwayProposal(7L, details(false, null, null), "ana", NOW),
                "Ana Lopez");
        ConsentStatement older = new ConsentStatement("Ana Lopez", "Lab internship", "Hospital", START,
                START.plusDays(60), BigDecimal.valueOf(40), true, "—", null, null);

        assertThat(onCampus.transportKey()).isNull();
        assertThat(onCampus.inWords()).doesNotContain("travel");
        assertThat(older.transportKey()).isEqualTo("pathways.transport.none");
        assertThat(older.inWords()).endsWith("travel: not stated");
    }

    @Test
    void aRequestWithoutTransportAsOlderClientsBuildItStillMakesAnOnCampusProposal() {
        ProposalRequest older = new ProposalRequest(PathwayType.ONLINE_COURSE, "Statistics", null, "Open University",
                null, null, START, START.plusDays(60), BigDecimal.valueOf(40), false, null, new BigDecimal("0.5"),
                "STEM", List.of(11L));

        assertThat(older.transport()).isNull();
        assertThat(older.withTransport(Transport.WALKS_OR_BIKES, "Ten minutes").transport())
                .isEqualTo(Transport.WALKS_OR_BIKES);
    }

    private static ProposalDetails details(boolean offCampus, Transport transport, String note) {
        return new ProposalDetails(PathwayType.INTERNSHIP, "Lab internship", null, "Hospital", null, null, START,
                START.plusDays(60), BigDecimal.valueOf(40), offCampus, transport, note, null, new BigDecimal("0.5"), 1L,
                List.of(11L));
    }
}
