package org.pathwayplanner.rules;

/** A problem found while compiling rules: which file, which line, what is wrong. */
// Serializable: shown after a redirect, so it travels in the session, which is kept in the database
public record RuleProblem(String file, int line, String message) implements java.io.Serializable {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
