package org.pathwayplanner.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * The outcome of one preview of a draft, kept for the publish gate: which draft (the hash of its files), against
 * which version in use, by whom and when, how many students failed (with the first errors) and how many would
 * lose a credit or a met status.
 */
@Entity
@Table(name = "rule_preview")
public class RulePreview {

    /** How many failing students the stored outcome names; the page and the API of the preview list them all. */
    static final int NAMED_FAILURES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String draftHash;
    private int activeVersionNo;
    private String previewedBy;
    private Instant previewedAt;
    private int students;
    private int failedStudents;
    private String failures;
    private int revokedStudents;

    protected RulePreview() {
    }

    RulePreview(DraftPreview preview, String actor, Instant at) {
        this.draftHash = preview.draftHash();
        this.activeVersionNo = preview.activeVersionNo();
        this.previewedBy = actor;
        this.previewedAt = at;
        this.students = preview.students();
        this.failedStudents = preview.failures().size();
        this.failures = preview.failures().isEmpty() ? null : shortened(preview.failures().stream()
                .limit(NAMED_FAILURES).map(f -> f.name() + " (#" + f.studentId() + "): " + f.error())
                .collect(Collectors.joining("; ")) + (preview.failures().size() > NAMED_FAILURES ? "; …" : ""));
        this.revokedStudents = preview.revokedStudents();
    }

    private static String shortened(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    public String getDraftHash() {
        return draftHash;
    }

    public int getActiveVersionNo() {
        return activeVersionNo;
    }

    public String getPreviewedBy() {
        return previewedBy;
    }

    public Instant getPreviewedAt() {
        return previewedAt;
    }

    public int getStudents() {
        return students;
    }

    public int getFailedStudents() {
        return failedStudents;
    }

    public String getFailures() {
        return failures;
    }

    public int getRevokedStudents() {
        return revokedStudents;
    }
}
