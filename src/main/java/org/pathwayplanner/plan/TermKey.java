package org.pathwayplanner.plan;

/** A term as items name it: the school year ("2026-2027") and the term's number in that year (1, 2, …). */
public record TermKey(String schoolYear, int termOfYear) {

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(\\d{4})-(\\d{4})");

    public TermKey {
        java.util.regex.Matcher m = YEAR.matcher(schoolYear == null ? "" : schoolYear);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new IllegalArgumentException("A school year is written like 2026-2027, not " + schoolYear);
        }
        if (termOfYear < 1 || termOfYear > 4) {
            throw new IllegalArgumentException("A school year has terms 1 to 4, not " + termOfYear);
        }
    }

    /** The year the school year starts in (2026 for 2026-2027). */
    public int startYear() {
        return Integer.parseInt(schoolYear.substring(0, 4));
    }

    /** How the page and the forms name it: "2026-2027/1". */
    @Override
    public String toString() {
        return schoolYear + "/" + termOfYear;
    }

    /** Reads "2026-2027/1". */
    public static TermKey parse(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{4}/\\d")) {
            throw new IllegalArgumentException("Choose a term of the plan");
        }
        return new TermKey(text.substring(0, 9), text.charAt(10) - '0');
    }
}
