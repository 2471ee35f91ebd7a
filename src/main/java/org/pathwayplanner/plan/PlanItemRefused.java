package org.pathwayplanner.plan;

/**
 * An item the plan cannot take, on one field of the add form: the page shows the message key's words beside that
 * field; the API answers 400 with the sentence.
 */
public class PlanItemRefused extends IllegalArgumentException {

    private final String field;
    private final String key;

    PlanItemRefused(String field, String key, String sentence) {
        super(sentence);
        this.field = field;
        this.key = key;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }
}
