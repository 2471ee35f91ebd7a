package org.pathwayplanner.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathwayplanner.rules.Facts.AreaPartOf;
import org.pathwayplanner.rules.Facts.BundleFact;
import org.pathwayplanner.rules.Facts.CompetencyFact;
import org.pathwayplanner.rules.Facts.ObjectiveFact;
import org.pathwayplanner.rules.Facts.PrerequisiteFact;
import org.pathwayplanner.rules.Facts.ScaleFact;

/** The district's framework as facts: the same for every student, built once per batch. */
public record FrameworkFacts(ScaleFact scale, List<CompetencyFact> competencies, List<ObjectiveFact> objectives,
        List<PrerequisiteFact> prerequisites, List<BundleFact> bundles, Map<Long, Long> competencyByObjective,
        List<AreaPartOf> areaParts) {

    public FrameworkFacts(ScaleFact scale, List<CompetencyFact> competencies, List<ObjectiveFact> objectives,
            List<PrerequisiteFact> prerequisites, List<BundleFact> bundles, List<AreaPartOf> areaParts) {
        this(scale, List.copyOf(competencies), List.copyOf(objectives), List.copyOf(prerequisites), List.copyOf(bundles),
                objectives.stream().collect(Collectors.toUnmodifiableMap(ObjectiveFact::id, ObjectiveFact::competencyId)),
                List.copyOf(areaParts));
    }

    public FrameworkFacts(ScaleFact scale, List<CompetencyFact> competencies, List<ObjectiveFact> objectives,
            List<PrerequisiteFact> prerequisites, List<BundleFact> bundles) {
        this(scale, competencies, objectives, prerequisites, bundles, List.of());
    }

    /** The competency an objective belongs to; -1 for an objective the framework does not know. */
    public long competencyOfObjective(long objectiveId) {
        return competencyByObjective.getOrDefault(objectiveId, -1L);
    }

    public CompetencyFact competency(long id) {
        return competencies.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No competency " + id));
    }
}
