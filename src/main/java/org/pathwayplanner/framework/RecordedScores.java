package org.pathwayplanner.framework;

/**
 * What the framework needs to know about recorded evidence before it re-cuts the scale: whether any
 * score, current or superseded, was recorded at a level. The evidence feature answers it.
 */
public interface RecordedScores {

    long countAtLevel(int level);

    /**
     * Scores recorded on the competency itself or on any of its objectives, retired or not: the framework passes the
     * objectives' ids, so the evidence feature needs nothing of the framework's tables.
     */
    long countForCompetency(long competencyId, java.util.Collection<Long> objectiveIds);
}
