package org.pathwayplanner.evidence;

import org.springframework.context.MessageSourceResolvable;

/**
 * Evidence that may not be recorded or corrected as given: which form field is at fault, and why, as a message key
 * with its arguments (so a page shows it in the reader's language) and as an English sentence (the exception's
 * message, for logs and the API).
 */
public class EvidenceRefused extends IllegalArgumentException implements MessageSourceResolvable {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    EvidenceRefused(String field, String code, String sentence, Object... arguments) {
        super(sentence);
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** The form field at fault: {@code assessedOn}, or {@code level-o<objective id>} / {@code level-c<competency id>}. */
    public String field() {
        return field;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
