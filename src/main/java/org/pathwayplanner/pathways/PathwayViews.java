package org.pathwayplanner.pathways;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read-only views of proposals and tasks. */
public final class PathwayViews {

    private PathwayViews() {
    }

    public record ProposalView(long id, long studentId, String studentName, String type, String title,
            String description, String provider, String mentorName, String mentorContact, LocalDate startDate,
            LocalDate endDate, Integer plannedHours, int loggedHours, boolean offCampus, String evidencePlan,
            BigDecimal requestedCredits, String creditAreaCode, BigDecimal approvedCredits, String status, int revision,
            List<TargetView> competencies, List<EventView> timeline, List<String> waitingFor) {
    }

    public record TargetView(long id, String code, String title) {
    }

    public record EventView(Instant at, String actor, String action, String statusAfter, String comment) {
    }

    /** An open task of the workflow that the signed-in user may decide. */
    public record TaskView(String taskId, String step, String name, Instant created, long proposalId,
            String proposalTitle, String studentName, String status, List<String> decisions) {
    }
}
