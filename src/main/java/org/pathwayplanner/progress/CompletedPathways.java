package org.pathwayplanner.progress;

import java.util.List;
import java.util.Map;
import org.pathwayplanner.rules.Facts.PathwayCreditFact;

/**
 * The credits of completed flexible pathways, as the rules count them. Implemented by the pathways
 * module (which depends on this one, not the other way round).
 */
public interface CompletedPathways {

    List<PathwayCreditFact> of(long studentId);

    /** Every student's completed pathways, for the district-wide evaluation. */
    Map<Long, List<PathwayCreditFact>> all();
}
