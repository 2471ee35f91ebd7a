package org.pathwayplanner.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who did what to the rules, when, why, and what came of it. */
@Entity
@Table(name = "rule_audit")
public class RuleAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String action;
    private Integer versionNo;
    private String comment;
    private String outcome;
    private String filesChanged;

    protected RuleAuditEntry() {
    }

    RuleAuditEntry(Instant at, String actor, String action, Integer versionNo, String comment, String outcome,
            String filesChanged) {
        this.occurredAt = at;
        this.actor = actor;
        this.action = action;
        this.versionNo = versionNo;
        this.comment = comment;
        this.outcome = shortened(outcome, 4000);
        this.filesChanged = shortened(filesChanged, 2000);
    }

    void completeWith(String outcome) {
        this.outcome = shortened(outcome, 4000);
    }

    private static String shortened(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /** For a publish or rollback: the files it added, changed or removed. */
    public String getFilesChanged() {
        return filesChanged;
    }

    public Long getId() {
        return id;
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

    public Integer getVersionNo() {
        return versionNo;
    }

    public String getComment() {
        return comment;
    }

    public String getOutcome() {
        return outcome;
    }
}
