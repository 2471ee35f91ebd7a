package org.pathwayplanner.pathways;

/**
 * Bad input that belongs to one field of a form: the page shows it beside that field, in the reader's language
 * (the message key {@code pathways.error.<code>} with {@code arguments}); the API answers with the English message.
 */
public class ProposalFieldException extends IllegalArgumentException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public ProposalFieldException(String field, String code, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    /** The message key that says this in the reader's language. */
    public String messageKey() {
        return "pathways.error." + code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
