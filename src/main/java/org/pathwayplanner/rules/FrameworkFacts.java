package org.pathwayplanner.rules;

import java.util.List;
import org.pathwayplanner.rules.Facts.BundleFact;
import org.pathwayplanner.rules.Facts.CompetencyFact;
import org.pathwayplanner.rules.Facts.ObjectiveFact;
import org.pathwayplanner.rules.Facts.PrerequisiteFact;
import org.pathwayplanner.rules.Facts.ScaleFact;

/** The district's framework as facts: the same for every student, built once per batch. */
public record FrameworkFacts(ScaleFact scale, List<CompetencyFact> competencies, List<ObjectiveFact> objectives,
        List<PrerequisiteFact> prerequisites, List<BundleFact> bundles) {

    public FrameworkFacts {
        competencies = List.copyOf(competencies);
        objectives = List.copyOf(objectives);
        prerequisites = List.copyOf(prerequisites);
        bundles = List.copyOf(bundles);
    }

    public CompetencyFact competency(long id) {
        return competencies.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No competency " + id));
    }
}
