package org.pathwayplanner.progress;

/**
 * The rules in use cannot evaluate the student (a rule that threw, a rule limit, an unknown calculation method), and
 * what was asked needs an evaluation now: a what-if, or the first results of a student who has none stored.
 * A conflict with the rules in use, not bad input: it passes once the rules are fixed.
 */
public class ProgressNotAvailable extends IllegalStateException {

    private final String reason;

    ProgressNotAvailable(String message, String reason) {
        super(message);
        this.reason = reason;
    }

    static ProgressNotAvailable forResults(String reason) {
        return new ProgressNotAvailable("The progress is not available because the rules in use cannot evaluate this "
                + "student: " + reason, reason);
    }

    static ProgressNotAvailable forWhatIf(String reason) {
        return new ProgressNotAvailable("The what-if is not available because the rules in use cannot evaluate this "
                + "student: " + reason, reason);
    }

    /** What the rules said, for a page that words the rest itself. */
    public String reason() {
        return reason;
    }
}
