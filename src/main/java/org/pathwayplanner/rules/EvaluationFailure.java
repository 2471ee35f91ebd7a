package org.pathwayplanner.rules;

import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Why the rules could not evaluate a student, in words an administrator can act on: the rule that threw and what
 * it said, the limit a rule hit, or the unknown calculation method. Whatever the cause, it concerns the rules and
 * this one student; the student's stored results stay as they were, marked stale with this reason.
 */
public record EvaluationFailure(long studentId, String ruleSetVersion, String reason) {

    private static final int LONGEST = 1_900;

    public EvaluationFailure {
        reason = reason == null || reason.isBlank() ? "the rules failed without saying why" : reason.strip();
        if (reason.length() > LONGEST) {
            reason = reason.substring(0, LONGEST - 1) + "…";
        }
    }

    /** Describes {@code failed}, thrown while evaluating {@code studentId} on the rules {@code ruleSetVersion}. */
    public static EvaluationFailure of(long studentId, String ruleSetVersion, RuntimeException failed) {
        return new EvaluationFailure(studentId, ruleSetVersion, reasonOf(failed));
    }

    /**
     * "Rule "Mastery of a competency" failed: Unknown calculation method MOST_MEENRECENT", or the limit's own
     * message: the rule named when Drools knows it, and the deepest cause's message (where the real reason is).
     */
    static String reasonOf(RuntimeException failed) {
        if (failed instanceof RuleLimitExceeded limit) {
            return limit.getMessage();
        }
        String rule = null;
        Throwable deepest = failed;
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConsequenceException consequence && rule == null && consequence.getRule() != null) {
                rule = consequence.getRule().getName();
            }
            if (cause instanceof RuleLimitExceeded limit) {
                return limit.getMessage();
            }
            deepest = cause;
            if (cause.getCause() == cause) {
                break;
            }
        }
        String said = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return rule == null ? said : "Rule \"" + rule + "\" failed: " + said;
    }
}
