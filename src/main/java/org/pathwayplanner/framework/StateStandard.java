package org.pathwayplanner.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A standard adopted by the State Board (Common Core, NGSS, C3...). Districts align to it; they do not own it. */
@Entity
@Table(name = "state_standard")
public class StateStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String statement;
    private String caseIdentifier;
    private boolean retired;

    protected StateStandard() {
    }

    public StateStandard(String code, String statement) {
        this.code = code;
        this.statement = statement;
        this.caseIdentifier = CaseIdentifier.of("state-standard", code);
    }

    /** An item read from a CASE package keeps the identifier it was published with. */
    void identifyAs(String caseIdentifier) {
        this.caseIdentifier = caseIdentifier;
    }

    /** A standard the State Board replaced: kept for the alignments recorded with it, offered nowhere new. */
    void retire() {
        this.retired = true;
    }

    void restate(String statement) {
        this.statement = statement;
    }

    public boolean isRetired() {
        return retired;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getStatement() {
        return statement;
    }

    public String getCaseIdentifier() {
        return caseIdentifier;
    }
}
