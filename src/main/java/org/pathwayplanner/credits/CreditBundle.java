package org.pathwayplanner.credits;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A named set of competencies (often a course name, "Algebra I") worth credits in an area once mastered. */
@Entity
@Table(name = "credit_bundle")
public class CreditBundle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "credit_area_id")
    private CreditArea area;
    private BigDecimal credits;
    private boolean partialAllowed;
    private boolean shareable;
    private boolean retired;

    @ElementCollection
    @CollectionTable(name = "credit_bundle_competency", joinColumns = @JoinColumn(name = "bundle_id"))
    @Column(name = "competency_id")
    private Set<Long> competencyIds = new LinkedHashSet<>();

    protected CreditBundle() {
    }

    public CreditBundle(String code, String name, CreditArea area, BigDecimal credits, Collection<Long> competencyIds) {
        if (credits.signum() <= 0) {
            throw new IllegalArgumentException("A credit bundle is worth more than 0 credits");
        }
        if (competencyIds.isEmpty()) {
            throw new IllegalArgumentException("A credit bundle needs at least one competency");
        }
        this.code = code;
        this.name = name;
        this.area = area;
        this.credits = credits;
        this.competencyIds.addAll(competencyIds);
    }

    public CreditBundle allowingPartialCredit() {
        this.partialAllowed = true;
        return this;
    }

    public CreditBundle sharingCompetencies() {
        this.shareable = true;
        return this;
    }

    public void revise(String name, CreditArea area, BigDecimal credits, Collection<Long> competencyIds,
            boolean partialAllowed, boolean shareable) {
        if (credits.signum() <= 0) {
            throw new IllegalArgumentException("A credit bundle is worth more than 0 credits");
        }
        if (competencyIds.isEmpty()) {
            throw new IllegalArgumentException("A credit bundle needs at least one competency");
        }
        this.name = name;
        this.area = area;
        this.credits = credits;
        this.competencyIds.clear();
        this.competencyIds.addAll(competencyIds);
        this.partialAllowed = partialAllowed;
        this.shareable = shareable;
    }

    /** Leaves new evaluations; credits it awarded before stay in the stored history of evaluations. */
    public void retire() {
        this.retired = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CreditArea getArea() {
        return area;
    }

    public BigDecimal getCredits() {
        return credits;
    }

    public boolean isPartialAllowed() {
        return partialAllowed;
    }

    public boolean isShareable() {
        return shareable;
    }

    public boolean isRetired() {
        return retired;
    }

    public Set<Long> getCompetencyIds() {
        return Collections.unmodifiableSet(competencyIds);
    }
}
