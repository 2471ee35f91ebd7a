package org.pathwayplanner.credits;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Credits required in one area for the graduating classes from {@code firstClassYear} (to {@code lastClassYear}). */
@Entity
@Table(name = "graduation_requirement")
public class GraduationRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "credit_area_id")
    private CreditArea area;
    private BigDecimal credits;
    private int firstClassYear;
    private Integer lastClassYear;
    private String source;
    private boolean retired;
    /** The law leaves this requirement to the district (the diploma assessment since PA 23-21). */
    private boolean localOption;

    protected GraduationRequirement() {
    }

    public GraduationRequirement(CreditArea area, BigDecimal credits, int firstClassYear, Integer lastClassYear,
            String source) {
        if (credits.signum() < 0) {
            throw new IllegalArgumentException("Required credits cannot be negative");
        }
        if (lastClassYear != null && lastClassYear < firstClassYear) {
            throw new IllegalArgumentException("The last class year is before the first");
        }
        this.area = area;
        this.credits = credits;
        this.firstClassYear = firstClassYear;
        this.lastClassYear = lastClassYear;
        this.source = source;
    }

    public boolean appliesTo(int classYear) {
        return !retired && classYear >= firstClassYear && (lastClassYear == null || classYear <= lastClassYear);
    }

    /** Whether this requirement and {@code other} apply to at least one common graduating class. */
    boolean overlaps(int otherFirst, Integer otherLast) {
        int last = lastClassYear == null ? Integer.MAX_VALUE : lastClassYear;
        int theirLast = otherLast == null ? Integer.MAX_VALUE : otherLast;
        return firstClassYear <= theirLast && otherFirst <= last;
    }

    public void revise(CreditArea area, BigDecimal credits, int firstClassYear, Integer lastClassYear, String source) {
        this.area = area;
        this.credits = credits;
        this.firstClassYear = firstClassYear;
        this.lastClassYear = lastClassYear;
        this.source = source;
    }

    public void markLocalOption(boolean localOption) {
        this.localOption = localOption;
    }

    public boolean isLocalOption() {
        return localOption;
    }

    public void retire() {
        this.retired = true;
    }

    public boolean isRetired() {
        return retired;
    }

    public Long getId() {
        return id;
    }

    public CreditArea getArea() {
        return area;
    }

    public BigDecimal getCredits() {
        return credits;
    }

    public int getFirstClassYear() {
        return firstClassYear;
    }

    public Integer getLastClassYear() {
        return lastClassYear;
    }

    public String getSource() {
        return source;
    }
}
