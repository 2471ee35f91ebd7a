package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a student proposes: the experience, who mentors it, when, how long, how the student gets there when it is
 * off campus, for which competencies and credits. Off campus, the transport is required (the guardian consents to
 * it); on campus there is none to state, and any given is dropped.
 */
public record ProposalDetails(PathwayType type, String title, String description, String provider, String mentorName,
        String mentorContact, LocalDate startDate, LocalDate endDate, BigDecimal plannedHours, boolean offCampus,
        Transport transport, String transportNote, String evidencePlan, BigDecimal requestedCredits, Long creditAreaId,
        List<Long> competencyIds) {

    static final int TRANSPORT_NOTE_LENGTH = 500;

    public ProposalDetails {
        if (type == null) {
            throw new ProposalFieldException("type", "type", "Choose the kind of pathway");
        }
        if (title == null || title.isBlank()) {
            throw new ProposalFieldException("title", "title", "Give the pathway a title");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new ProposalFieldException("endDate", "endBeforeStart", "The end date is before the start date");
        }
        if (plannedHours != null && plannedHours.signum() < 0) {
            throw new ProposalFieldException("plannedHours", "negativeHours", "Planned hours cannot be negative");
        }
        plannedHours = plannedHours == null ? null : Hours.of(plannedHours, "plannedHours").value();
        if (requestedCredits != null && requestedCredits.signum() < 0) {
            throw new ProposalFieldException("requestedCredits", "negativeCredits", "Requested credits cannot be negative");
        }
        if (offCampus && transport == null) {
            throw new ProposalFieldException("transport", "transportMissing",
                    "Say how the student gets there and back: the pathway is off campus");
        }
        transportNote = offCampus ? blankAsNull(transportNote) : null;
        transport = offCampus ? transport : null;
        if (transportNote != null && transportNote.length() > TRANSPORT_NOTE_LENGTH) {
            throw new ProposalFieldException("transportNote", "transportNoteLength",
                    "Say it in at most " + TRANSPORT_NOTE_LENGTH + " characters", TRANSPORT_NOTE_LENGTH);
        }
        competencyIds = competencyIds == null ? List.of() : List.copyOf(competencyIds);
        title = title.strip();
        description = blankAsNull(description);
        provider = blankAsNull(provider);
        mentorName = blankAsNull(mentorName);
        mentorContact = blankAsNull(mentorContact);
        evidencePlan = blankAsNull(evidencePlan);
    }

    /** A field left empty on the form is absent, not an empty text. */
    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
