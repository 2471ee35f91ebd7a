package org.pathwayplanner.demo;

/** How a generated student's evidence history looks. */
enum StudentProfile {
    /** Mastered everything of past years and this one so far, and some of next year's. */
    AHEAD(1.0, 1.0, 0.5),
    /** Mastered nearly all of past years, about half of this fall's work. */
    ON_TRACK(0.93, 0.45, 0.0),
    /** Gaps from past years and low scores this fall. */
    STRUGGLING(0.55, 0.1, 0.0),
    /** A senior with nearly everything mastered. */
    NEAR_GRADUATION(1.0, 0.85, 0.0);

    final double pastMastery;
    final double currentMastery;
    final double nextYearMastery;

    StudentProfile(double pastMastery, double currentMastery, double nextYearMastery) {
        this.pastMastery = pastMastery;
        this.currentMastery = currentMastery;
        this.nextYearMastery = nextYearMastery;
    }
}
