package org.pathwayplanner.pathways;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Who decided one workflow task of a proposal, what, when, and whom the task was offered to. A task is
 * decided once (the task id is unique): whoever comes second is told the real decider from here.
 */
@Entity
@Table(name = "pathway_decision")
public class ProposalDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id")
    private PathwayProposal proposal;
    private String taskId;
    private String step;
    private String decision;
    private String decidedBy;
    private Instant decidedAt;
    private String candidates;

    protected ProposalDecision() {
    }

    ProposalDecision(PathwayProposal proposal, String taskId, String step, String decision, String decidedBy,
            Instant decidedAt, List<String> candidates) {
        this.proposal = proposal;
        this.taskId = taskId;
        this.step = step;
        this.decision = decision;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.candidates = String.join(",", candidates);
    }

    /** The decider, or someone the task was offered to: they may be told who decided it. */
    boolean concerns(String username) {
        return decidedBy.equals(username) || candidates().contains(username);
    }

    List<String> candidates() {
        return candidates == null || candidates.isBlank() ? List.of() : Arrays.asList(candidates.split(","));
    }

    public String getTaskId() {
        return taskId;
    }

    public String getStep() {
        return step;
    }

    public String getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
