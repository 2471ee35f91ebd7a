package org.pathwayplanner.rules;

/** A problem found while compiling rules: which file, which line, what is wrong. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
