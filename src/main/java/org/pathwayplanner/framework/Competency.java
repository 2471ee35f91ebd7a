package org.pathwayplanner.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A graduation competency: what a graduate must be able to do. A building block with prerequisites. */
@Entity
@Table(name = "competency")
public class Competency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private CompetencyKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "content_area_id")
    private ContentArea contentArea;
    private int expectedGrade;
    /** Overrides the district's calculation method for this competency; null keeps the default. */
    private String calculationMethod;
    /** How objectives roll up: ALL_OBJECTIVES, POINTS, or null when scored directly. */
    private String rollUp;
    private Integer pointsThreshold;
    private String caseIdentifier;
    private boolean retired;

    @ManyToMany
    @JoinTable(name = "competency_prerequisite", joinColumns = @JoinColumn(name = "competency_id"),
            inverseJoinColumns = @JoinColumn(name = "prerequisite_id"))
    private Set<Competency> prerequisites = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "competency_standard", joinColumns = @JoinColumn(name = "competency_id"),
            inverseJoinColumns = @JoinColumn(name = "standard_id"))
    private Set<StateStandard> standards = new LinkedHashSet<>();

    @OneToMany(mappedBy = "competency", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<LearningObjective> objectives = new ArrayList<>();

    protected Competency() {
    }

    private Competency(String code, String title, CompetencyKind kind, ContentArea area, int expectedGrade) {
        this.code = code;
        this.title = title;
        this.kind = kind;
        this.contentArea = area;
        this.expectedGrade = expectedGrade;
        this.rollUp = "ALL_OBJECTIVES";
        this.caseIdentifier = CaseIdentifier.of("competency", code);
    }

    public static Competency inArea(ContentArea area, String code, String title, int expectedGrade) {
        return new Competency(code, title, CompetencyKind.CONTENT_AREA, area, expectedGrade);
    }

    public static Competency crossCurricular(String code, String title, int expectedGrade) {
        return new Competency(code, title, CompetencyKind.CROSS_CURRICULAR, null, expectedGrade);
    }

    public LearningObjective addObjective(String code, String title, int points, boolean required) {
        LearningObjective objective = new LearningObjective(this, code, title, points, required, objectives.size());
        objectives.add(objective);
        return objective;
    }

    public void alignTo(StateStandard standard) {
        standards.add(standard);
    }

    public void unalignFrom(StateStandard standard) {
        standards.remove(standard);
    }

    public void describe(String description) {
        this.description = description;
    }

    /**
     * Changes what the competency says and where it belongs; the code and the external identifier stay.
     * {@code area} null makes it cross-curricular. {@code pointsThreshold} null rolls objectives up by
     * requiring all of them; a number rolls them up by points.
     */
    public void revise(String title, String description, ContentArea area, int expectedGrade,
            String calculationMethod, Integer pointsThreshold) {
        this.title = title;
        this.description = description;
        this.kind = area == null ? CompetencyKind.CROSS_CURRICULAR : CompetencyKind.CONTENT_AREA;
        this.contentArea = area;
        this.expectedGrade = expectedGrade;
        this.calculationMethod = calculationMethod;
        if (pointsThreshold == null) {
            this.rollUp = "ALL_OBJECTIVES";
            this.pointsThreshold = null;
        } else {
            rollUpByPoints(pointsThreshold);
        }
    }

    /** An item read from a CASE package keeps the identifier it was published with. */
    void identifyAs(String caseIdentifier) {
        this.caseIdentifier = caseIdentifier;
    }

    /** Leaves new evaluations and pickers; the evidence recorded against it stays in every history. */
    public void retire() {
        this.retired = true;
    }

    void removePrerequisite(Competency prerequisite) {
        prerequisites.remove(prerequisite);
    }

    /** Package-private: edges are added through {@link FrameworkEditor}, which refuses cycles. */
    void requirePrerequisite(Competency prerequisite) {
        prerequisites.add(prerequisite);
    }

    public void rollUpByPoints(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("A points threshold must be at least 1");
        }
        this.rollUp = "POINTS";
        this.pointsThreshold = threshold;
    }

    public void useCalculationMethod(String method) {
        this.calculationMethod = method;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public CompetencyKind getKind() {
        return kind;
    }

    public ContentArea getContentArea() {
        return contentArea;
    }

    public int getExpectedGrade() {
        return expectedGrade;
    }

    public String getCalculationMethod() {
        return calculationMethod;
    }

    public String getRollUp() {
        return rollUp;
    }

    public Integer getPointsThreshold() {
        return pointsThreshold;
    }

    public String getCaseIdentifier() {
        return caseIdentifier;
    }

    public boolean isRetired() {
        return retired;
    }

    public Set<Competency> getPrerequisites() {
        return Collections.unmodifiableSet(prerequisites);
    }

    public Set<StateStandard> getStandards() {
        return Collections.unmodifiableSet(standards);
    }

    public List<LearningObjective> getObjectives() {
        return Collections.unmodifiableList(objectives);
    }
}
