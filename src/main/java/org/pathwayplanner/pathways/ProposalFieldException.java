package org.pathwayplanner.pathways;

/** Bad input that belongs to one field of a form: the page shows the message beside that field. */
public class ProposalFieldException extends IllegalArgumentException {

    private final String field;

    public ProposalFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
