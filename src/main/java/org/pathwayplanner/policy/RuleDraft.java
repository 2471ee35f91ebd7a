package org.pathwayplanner.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One administrator's unpublished text of one rule file, as last saved while they typed. */
@Entity
@Table(name = "rule_draft")
public class RuleDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String owner;
    private String fileName;
    private String content;
    private int basedOnVersionNo;
    private Instant savedAt;

    protected RuleDraft() {
    }

    RuleDraft(String owner, String fileName) {
        this.owner = owner;
        this.fileName = fileName;
    }

    void write(String content, int basedOnVersionNo, Instant at) {
        this.content = content;
        this.basedOnVersionNo = basedOnVersionNo;
        this.savedAt = at;
    }

    public String getOwner() {
        return owner;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContent() {
        return content;
    }

    /** The version in use when the draft was saved: another publish since may have changed the same file. */
    public int getBasedOnVersionNo() {
        return basedOnVersionNo;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
