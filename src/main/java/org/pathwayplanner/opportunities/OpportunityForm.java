package org.pathwayplanner.opportunities;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a counselor or administrator fills in to publish an opportunity (messages: {@code opportunities.error.*}). */
public record OpportunityForm(
        @NotBlank(message = "{opportunities.error.kind}") String kind,
        @NotBlank(message = "{opportunities.error.title}") @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotBlank(message = "{opportunities.error.provider}") @Size(max = 200) String provider,
        @Size(max = 160) String mentorName,
        @Email(message = "{opportunities.error.email}") @Size(max = 200) String mentorEmail,
        @NotNull(message = "{opportunities.error.startDate}") LocalDate startDate,
        @NotNull(message = "{opportunities.error.endDate}") LocalDate endDate,
        @NotNull(message = "{opportunities.error.hours}") @DecimalMin(value = "1", message = "{opportunities.error.hours}")
        @DecimalMax(value = "2000", message = "{opportunities.error.hours}") BigDecimal plannedHours,
        @NotNull(message = "{opportunities.error.credits}") @DecimalMin(value = "0.25", message = "{opportunities.error.credits}")
        @DecimalMax(value = "4", message = "{opportunities.error.credits}") BigDecimal credits,
        @NotBlank(message = "{opportunities.error.area}") String creditAreaCode,
        @NotNull(message = "{opportunities.error.seats}") @Min(value = 1, message = "{opportunities.error.seats}")
        @Max(value = 500, message = "{opportunities.error.seats}") Integer seats,
        @NotNull(message = "{opportunities.error.grades}") @Min(value = 6, message = "{opportunities.error.grades}")
        @Max(value = 12, message = "{opportunities.error.grades}") Integer minGrade,
        @NotNull(message = "{opportunities.error.grades}") @Min(value = 6, message = "{opportunities.error.grades}")
        @Max(value = 12, message = "{opportunities.error.grades}") Integer maxGrade,
        Boolean offCampus,
        @NotEmpty(message = "{opportunities.error.competencies}")
        @Size(max = 20, message = "{opportunities.error.competencies}") List<Long> competencyIds) {

    /** Off campus only when ticked: a form posted without the box (and its hidden marker) is on campus. */
    public boolean isOffCampus() {
        return Boolean.TRUE.equals(offCampus);
    }

    static OpportunityForm empty() {
        return new OpportunityForm(null, null, null, null, null, null, null, null, null, null, null, null, 11, 12, false,
                List.of());
    }
}
