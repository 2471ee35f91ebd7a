package org.pathwayplanner.framework;

import java.util.List;
import java.util.Set;

/**
 * A framework as another system published it (a CASE document), already sorted into this product's kinds of item,
 * each item with its stable identifier and where it was found ({@code at}, e.g. {@code /CFItems/12}) so every problem
 * can point to it. {@link FrameworkImport} compares it with the district's framework and applies the difference.
 *
 * @param documentIdentifier the CASE document the items belong to: a re-import of it retires its items not listed
 * @param retired the identifiers of listed items whose status says they are retired
 */
public record IncomingFramework(String documentIdentifier, String documentTitle, List<Area> areas,
        List<Standard> standards, List<CompetencyItem> competencies, List<ObjectiveItem> objectives,
        List<Link> prerequisites, List<Link> alignments, Set<String> retired) {

    public record Area(String at, String identifier, String code, String name) {
    }

    public record Standard(String at, String identifier, String code, String statement) {
    }

    /**
     * @param areaIdentifier null for a cross-curricular competency
     * @param calculationMethod, pointsThreshold null when the package does not say (the district's settings stay)
     */
    public record CompetencyItem(String at, String identifier, String code, String title, String description,
            String areaIdentifier, int expectedGrade, String calculationMethod, Integer pointsThreshold) {
    }

    public record ObjectiveItem(String at, String identifier, String code, String title, int points,
            boolean required, String competencyIdentifier) {
    }

    /** A prerequisite ({@code from} requires {@code to}) or an alignment (competency {@code from} to standard {@code to}). */
    public record Link(String at, String from, String to) {
    }
}
