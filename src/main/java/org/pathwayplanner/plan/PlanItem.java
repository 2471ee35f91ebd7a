package org.pathwayplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One item of a plan in one term: a competency to master, a credit bundle to complete, or a flexible pathway the
 * student intends to propose (its kind, a title, the area and credits hoped for).
 */
@Entity
@Table(name = "student_plan_item")
class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private StudentPlan plan;
    private String schoolYear;
    private int termOfYear;
    private String kind;
    private Long competencyId;
    private Long bundleId;
    private String pathwayKind;
    private String title;
    private String creditAreaCode;
    private BigDecimal credits;

    protected PlanItem() {
    }

    PlanItem(StudentPlan plan, TermKey term, ItemLine line) {
        this.plan = plan;
        this.schoolYear = term.schoolYear();
        this.termOfYear = term.termOfYear();
        this.kind = line.kind();
        this.competencyId = line.competencyId();
        this.bundleId = line.bundleId();
        this.pathwayKind = line.pathwayKind();
        this.title = line.title();
        this.creditAreaCode = line.creditAreaCode();
        this.credits = line.credits() == null ? BigDecimal.ZERO : line.credits();
    }

    Long getId() {
        return id;
    }

    TermKey term() {
        return new TermKey(schoolYear, termOfYear);
    }

    void moveTo(TermKey term) {
        this.schoolYear = term.schoolYear();
        this.termOfYear = term.termOfYear();
    }

    /** The item as a line of the plan (its id, term and what it is). */
    ItemLine line() {
        return new ItemLine(id, schoolYear, termOfYear, kind, competencyId, bundleId, pathwayKind, title,
                creditAreaCode, credits);
    }
}
