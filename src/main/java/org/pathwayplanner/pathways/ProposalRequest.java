package org.pathwayplanner.pathways;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a student fills in to propose a flexible pathway (the form and the API share it). Planned hours are in
 * quarter hours (40, 40.5); other fractions are refused beside the field ({@link Hours}). {@code transport} is
 * required when the pathway is off campus ({@link ProposalDetails} checks it, for the form and the API alike).
 */
public record ProposalRequest(
        @NotNull(message = "Choose the kind of pathway") PathwayType type,
        @NotBlank(message = "Give the pathway a title") @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @Size(max = 200) String provider,
        @Size(max = 160) String mentorName,
        @Size(max = 200) String mentorContact,
        @NotNull(message = "Give a start date") LocalDate startDate,
        @NotNull(message = "Give an end date") LocalDate endDate,
        @NotNull(message = "Give the planned hours") @DecimalMin(value = "1", message = "Plan at least one hour")
        @DecimalMax(value = "2000", message = "Plan at most 2000 hours") BigDecimal plannedHours,
        boolean offCampus,
        @Size(max = 4000) String evidencePlan,
        @NotNull(message = "Give the credits requested") @DecimalMin(value = "0.25", message = "Ask for at least 0.25 credit")
        @DecimalMax(value = "4", message = "Ask for at most 4 credits") BigDecimal requestedCredits,
        @NotBlank(message = "Choose the credit area") String creditAreaCode,
        @NotEmpty(message = "Pick at least one competency the pathway will demonstrate")
        @Size(max = 20, message = "Pick at most 20 competencies") List<Long> competencyIds,
        Transport transport,
        @Size(max = ProposalDetails.TRANSPORT_NOTE_LENGTH, message = "Say it in at most 500 characters") String transportNote) {

    /** A proposal without transport, as clients wrote them before it was asked: enough on campus. */
    public ProposalRequest(PathwayType type, String title, String description, String provider, String mentorName,
            String mentorContact, LocalDate startDate, LocalDate endDate, BigDecimal plannedHours, boolean offCampus,
            String evidencePlan, BigDecimal requestedCredits, String creditAreaCode, List<Long> competencyIds) {
        this(type, title, description, provider, mentorName, mentorContact, startDate, endDate, plannedHours, offCampus,
                evidencePlan, requestedCredits, creditAreaCode, competencyIds, null, null);
    }

    /** The same request with how the student gets there. */
    public ProposalRequest withTransport(Transport how, String note) {
        return new ProposalRequest(type, title, description, provider, mentorName, mentorContact, startDate, endDate,
                plannedHours, offCampus, evidencePlan, requestedCredits, creditAreaCode, competencyIds, how, note);
    }
}
