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
 * quarter hours (40, 40.5); other fractions are refused beside the field ({@link Hours}).
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
        @Size(max = 20, message = "Pick at most 20 competencies") List<Long> competencyIds) {
}
