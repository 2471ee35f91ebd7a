package org.pathwayplanner.rules;

import java.util.List;

/**
 * Something wrong with a policy document: the field (its path in the document, {@code mastery.areaMethods[1].method};
 * empty for the whole document), the line of {@code policy.json} it is on, a message key of the bundles
 * ({@code policy.error.*}) with its arguments, and the message in English for logs, the API and the code editor.
 */
public record PolicyProblem(String field, int line, String code, List<Object> args, String message) {

    public PolicyProblem {
        args = List.copyOf(args);
    }

    /** The same problem as the code editor and the API show it: in policy.json, on its line. */
    public RuleProblem asRuleProblem() {
        return new RuleProblem(PolicyDocument.FILE, line, field.isEmpty() ? message : field + ": " + message);
    }
}
