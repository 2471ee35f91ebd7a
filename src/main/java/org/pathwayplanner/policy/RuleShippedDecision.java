package org.pathwayplanner.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Shipped rules (by the hash of their files) an administrator chose not to adopt: "keep ours". */
@Entity
@Table(name = "rule_shipped_decision")
public class RuleShippedDecision {

    @Id
    private String contentHash;
    private String decidedBy;
    private Instant decidedAt;

    protected RuleShippedDecision() {
    }

    RuleShippedDecision(String contentHash, String decidedBy, Instant decidedAt) {
        this.contentHash = contentHash;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
