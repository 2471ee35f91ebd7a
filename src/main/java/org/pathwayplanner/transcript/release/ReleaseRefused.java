package org.pathwayplanner.transcript.release;

import java.util.Map;

/** A request or decision refused because of what was entered: the message keys by field, shown beside each field. */
public class ReleaseRefused extends IllegalArgumentException {

    private final transient Map<String, String> problems;

    ReleaseRefused(Map<String, String> problems) {
        super("Refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
