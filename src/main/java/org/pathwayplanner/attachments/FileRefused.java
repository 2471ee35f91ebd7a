package org.pathwayplanner.attachments;

/**
 * A file that is not taken, with why in the reader's language ({@code messageKey} and its arguments) and in English;
 * {@code tooLarge} answers 413, anything else 400. Nothing of it was kept.
 */
public class FileRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final boolean tooLarge;

    FileRefused(String messageKey, String english, boolean tooLarge, Object... arguments) {
        super(english);
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.tooLarge = tooLarge;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
