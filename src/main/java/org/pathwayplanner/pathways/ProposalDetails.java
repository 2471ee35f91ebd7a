package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a student proposes: the experience, who mentors it, when, how long, for which competencies and credits. */
public record ProposalDetails(PathwayType type, String title, String description, String provider, String mentorName,
        String mentorContact, LocalDate startDate, LocalDate endDate, BigDecimal plannedHours, boolean offCampus,
        String evidencePlan, BigDecimal requestedCredits, Long creditAreaId, List<Long> competencyIds) {

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
