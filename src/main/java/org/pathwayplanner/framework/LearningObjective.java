package org.pathwayplanner.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A unit-level classroom target derived from a competency; evidence is usually scored against these. */
@Entity
@Table(name = "learning_objective")
public class LearningObjective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "competency_id")
    private Competency competency;
    private String code;
    private String title;
    private int points;
    private boolean required;
    private int position;
    private String caseIdentifier;
    private boolean retired;

    protected LearningObjective() {
    }

    LearningObjective(Competency competency, String code, String title, int points, boolean required, int position) {
        this.competency = competency;
        this.code = code;
        this.title = title;
        this.points = points;
        this.required = required;
        this.position = position;
        this.caseIdentifier = CaseIdentifier.of("learning-objective", code);
    }

    public void revise(String title, int points, boolean required) {
        this.title = title;
        this.points = points;
        this.required = required;
    }

    /** An item read from a CASE package keeps the identifier it was published with. */
    void identifyAs(String caseIdentifier) {
        this.caseIdentifier = caseIdentifier;
    }

    /** Leaves new evaluations and pickers; scores recorded against it stay in every history. */
    public void retire() {
        this.retired = true;
    }

    public Long getId() {
        return id;
    }

    public Competency getCompetency() {
        return competency;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public int getPoints() {
        return points;
    }

    public boolean isRequired() {
        return required;
    }

    public int getPosition() {
        return position;
    }

    public String getCaseIdentifier() {
        return caseIdentifier;
    }

    public boolean isRetired() {
        return retired;
    }
}
