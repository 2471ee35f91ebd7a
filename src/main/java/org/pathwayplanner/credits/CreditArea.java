package org.pathwayplanner.credits;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
