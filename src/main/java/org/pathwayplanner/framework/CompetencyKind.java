package org.pathwayplanner.framework;

/** Locally developed across subjects ("Effective communicator"), or belonging to one content area. */
public enum CompetencyKind {
    CROSS_CURRICULAR, CONTENT_AREA
}
