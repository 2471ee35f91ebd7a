package org.pathwayplanner.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One level on the scale, for one learning objective or one competency. */
@Entity
@Table(name = "evidence_score")
public class EvidenceScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evidence_id")
    private Evidence evidence;
    private Long objectiveId;
    private Long competencyId;
    @Column(name = "level_value")
    private int level;

    protected EvidenceScore() {
    }

    EvidenceScore(Evidence evidence, Score score) {
        this.evidence = evidence;
        this.objectiveId = score.objectiveId();
        this.competencyId = score.competencyId();
        this.level = score.level();
    }

    public Long getId() {
        return id;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public int getLevel() {
        return level;
    }
}
