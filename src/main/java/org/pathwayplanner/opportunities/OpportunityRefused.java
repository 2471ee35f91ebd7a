package org.pathwayplanner.opportunities;

/** Starting a proposal from an opportunity is refused, with why in the reader's language. Nothing was made. */
public class OpportunityRefused extends IllegalStateException {

    private final String messageKey;
    private final transient Object[] arguments;

    OpportunityRefused(String messageKey, String english, Object... arguments) {
        super(english);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
