package org.pathwayplanner.policy;

import java.util.Arrays;

/**
 * A publish or rollback the publish gate does not allow (HTTP 422): a message key of the bundles with its
 * arguments, so that the page says it in the administrator's language and the API in the caller's.
 */
public class PublishRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    PublishRefused(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
