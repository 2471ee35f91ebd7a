package org.pathwayplanner.evidence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One assessed piece of work. Never changed once recorded: corrections supersede it. */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long studentId;
    @Enumerated(EnumType.STRING)
    private EvidenceKind kind;
    private String title;
    private LocalDate assessedOn;
    private Instant recordedAt;
    private Long assessorId;
    private String comment;
    private String link;
    private Long supersedesId;
    private Long importId;
    private String sourceKey;

    @OneToMany(mappedBy = "evidence", cascade = CascadeType.PERSIST)
    private List<EvidenceScore> scores = new ArrayList<>();

    protected Evidence() {
    }

    Evidence(NewEvidence draft, Long supersedesId, Instant recordedAt) {
        this.studentId = draft.studentId();
        this.kind = draft.kind();
        this.title = draft.title();
        this.assessedOn = draft.assessedOn();
        this.assessorId = draft.assessorId();
        this.comment = draft.comment();
        this.link = draft.link();
        this.supersedesId = supersedesId;
        this.recordedAt = recordedAt;
        draft.scores().forEach(score -> scores.add(new EvidenceScore(this, score)));
    }

    /** Evidence an import brought in (or a correction carrying the same work forward): the import and its row key. */
    Evidence(NewEvidence draft, Long supersedesId, Instant recordedAt, Long importId, String sourceKey) {
        this(draft, supersedesId, recordedAt);
        this.importId = importId;
        this.sourceKey = sourceKey;
    }

    /**
     * A withdrawal: a record without scores that supersedes {@code withdrawn}, so that the withdrawn record stays in
     * the history but no longer counts (an undone import). It keeps the withdrawn record's student, kind, title and
     * date so that the history still reads.
     */
    static Evidence withdrawalOf(Evidence withdrawn, String reason, Instant recordedAt) {
        Evidence withdrawal = new Evidence();
        withdrawal.studentId = withdrawn.studentId;
        withdrawal.kind = withdrawn.kind;
        withdrawal.title = withdrawn.title;
        withdrawal.assessedOn = withdrawn.assessedOn;
        withdrawal.assessorId = withdrawn.assessorId;
        withdrawal.comment = reason;
        withdrawal.supersedesId = withdrawn.id;
        withdrawal.recordedAt = recordedAt;
        return withdrawal;
    }

    public Long getId() {
        return id;
    }

    public Long getStudentId() {
        return studentId;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Long getAssessorId() {
        return assessorId;
    }

    public String getComment() {
        return comment;
    }

    public String getLink() {
        return link;
    }

    public Long getSupersedesId() {
        return supersedesId;
    }

    public Long getImportId() {
        return importId;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public List<EvidenceScore> getScores() {
        return Collections.unmodifiableList(scores);
    }
}
