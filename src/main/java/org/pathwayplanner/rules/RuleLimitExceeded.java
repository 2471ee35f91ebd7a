package org.pathwayplanner.rules;

/**
 * An evaluation stopped at a limit of {@link EvaluationLimits}: a rule kept firing, or the rules took too long.
 * The session was stopped and destroyed; nothing of the evaluation is kept. An illegal state rather than bad input:
 * the rules in use (or the draft) cannot evaluate this student.
 */
public class RuleLimitExceeded extends IllegalStateException {

    private final String ruleName;
    private final long studentId;

    RuleLimitExceeded(String ruleName, long studentId, String message) {
        super(message);
        this.ruleName = ruleName;
        this.studentId = studentId;
    }

    /** The rule that fired most among the last firings (the one that kept firing). */
    public String ruleName() {
        return ruleName;
    }

    /** The student evaluated when the limit was hit (0 for a check that is not about one student). */
    public long studentId() {
        return studentId;
    }
}
