package org.pathwayplanner.pathways;

/**
 * A signature the agreement cannot take now (HTTP 409): already signed, the text signed is not the agreement's text
 * any more, or the pathway no longer waits for signatures. {@link #reason()} names the message saying so.
 */
public class AgreementNotSignable extends IllegalStateException {

    /** Why, each with its message key {@code agreement.refused.<name>}. */
    public enum Reason {
        ALREADY_SIGNED, TEXT_CHANGED, NOT_WAITING
    }

    private final Reason reason;

    AgreementNotSignable(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "agreement.refused." + reason.name();
    }
}
