package org.pathwayplanner.credits;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An area credits are earned in toward graduation: Humanities, STEM, Electives, ... */
@Entity
@Table(name = "credit_area")
public class CreditArea {

    public static final String ELECTIVES = "ELECTIVES";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private int position;
    private boolean retired;
    /** The area this one is included in ("civics" within the humanities): its credits count toward both. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "part_of_area_id")
    private CreditArea partOf;

    protected CreditArea() {
    }

    public CreditArea(String code, String name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
    }

    public void revise(String name, int position) {
        this.name = name;
        this.position = position;
    }

    /**
     * Includes this area in {@code other} (null: in none). One level deep: an area that includes others is not
     * itself included, and an area is never part of itself.
     */
    public void includeIn(CreditArea other) {
        if (other != null && (other == this || (id != null && id.equals(other.getId())))) {
            throw new IllegalArgumentException("An area cannot be part of itself");
        }
        if (other != null && other.getPartOf() != null) {
            throw new IllegalArgumentException(other.getCode() + " is itself part of " + other.getPartOf().getCode());
        }
        this.partOf = other;
    }

    public CreditArea getPartOf() {
        return partOf;
    }

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

    public int getPosition() {
        return position;
    }

    public boolean isRetired() {
        return retired;
    }
}
