package org.pathwayplanner.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A subject a district organises competencies by: Mathematics, English Language Arts, ... */
@Entity
@Table(name = "content_area")
public class ContentArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String caseIdentifier;
    private boolean retired;

    protected ContentArea() {
    }

    public ContentArea(String code, String name) {
        this.code = code;
        this.name = name;
        this.caseIdentifier = CaseIdentifier.of("content-area", code);
    }

    public void rename(String name) {
        this.name = name;
    }

    /** An item read from a CASE package keeps the identifier it was published with. */
    void identifyAs(String caseIdentifier) {
        this.caseIdentifier = caseIdentifier;
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

    public String getCaseIdentifier() {
        return caseIdentifier;
    }

    public boolean isRetired() {
        return retired;
    }
}
