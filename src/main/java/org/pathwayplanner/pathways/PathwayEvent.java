package org.pathwayplanner.pathways;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a proposal's timeline: who did what, when, and what they said. */
@Entity
@Table(name = "pathway_event")
@jakarta.persistence.EntityListeners(PathwayTimelinePublisher.class)
public class PathwayEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id")
    private PathwayProposal proposal;
    private Instant occurredAt;
    private String actor;
    private String action;
    @Enumerated(EnumType.STRING)
    private ProposalStatus statusAfter;
    private String comment;
    /** A system comment as a message key and arguments (null for what people wrote): shown in the reader's language. */
    private String commentKey;
    private String commentArgs;

    protected PathwayEvent() {
    }

    PathwayEvent(PathwayProposal proposal, Instant occurredAt, String actor, String action, ProposalStatus statusAfter,
            String comment) {
        this.proposal = proposal;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.statusAfter = statusAfter;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    PathwayProposal proposal() {
        return proposal;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public ProposalStatus getStatusAfter() {
        return statusAfter;
    }

    public String getComment() {
        return comment;
    }

    /** What the system said, in no language yet; what a person wrote, as they wrote it. */
    public org.pathwayplanner.rules.Sentence said() {
        return comment == null && commentKey == null ? null
                : org.pathwayplanner.rules.Sentence.stored(commentKey, commentArgs, comment);
    }

    void says(org.pathwayplanner.rules.Sentence sentence) {
        this.commentKey = sentence.key();
        this.commentArgs = sentence.argsJson();
    }
}
