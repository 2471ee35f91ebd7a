package org.pathwayplanner.framework;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes the district's framework, keeping the prerequisites a DAG and the scale consistent. */
@Service
@Transactional
public class FrameworkEditor {

    private final ContentAreaRepository areas;
    private final StateStandardRepository standards;
    private final CompetencyRepository competencies;
    private final ProficiencyScaleRepository scales;
    private final FrameworkCatalog catalog;

    private final org.springframework.context.ApplicationEventPublisher events;

    FrameworkEditor(ContentAreaRepository areas, StateStandardRepository standards, CompetencyRepository competencies,
            ProficiencyScaleRepository scales, FrameworkCatalog catalog,
            org.springframework.context.ApplicationEventPublisher events) {
        this.areas = areas;
        this.standards = standards;
        this.competencies = competencies;
        this.scales = scales;
        this.catalog = catalog;
        this.events = events;
    }

    public ContentArea addArea(String code, String name) {
        return areas.save(new ContentArea(code, name));
    }

    public StateStandard addStandard(String code, String statement) {
        return standards.save(new StateStandard(code, statement));
    }

    public Competency addCompetency(Competency competency) {
        return competencies.save(competency);
    }

    /**
     * Records that {@code competencyId} requires {@code prerequisiteId}; refuses an edge that would
     * close a cycle, naming the competencies around it.
     */
    public void addPrerequisite(long competencyId, long prerequisiteId) {
        Competency competency = find(competencyId);
        Competency prerequisite = find(prerequisiteId);
        new PrerequisiteGraph(catalog.prerequisites()).cycleIfAdded(competencyId, prerequisiteId).ifPresent(cycle -> {
            Map<Long, String> codes = competencies.findAllById(cycle).stream()
                    .collect(Collectors.toMap(Competency::getId, Competency::getCode, (a, b) -> a));
            throw new PrerequisiteCycleException(cycle.stream().map(codes::get).toList());
        });
        competency.requirePrerequisite(prerequisite);
        events.publishEvent(new FrameworkChanged("prerequisite " + prerequisite.getCode() + " of " + competency.getCode()));
    }

    public ProficiencyScale saveScale(ProficiencyScale scale) {
        return scales.save(scale);
    }

    public void moveMasteryThreshold(int level) {
        districtScale().moveThresholdTo(level);
        events.publishEvent(new FrameworkChanged("mastery threshold " + level));
    }

    public void renameLevel(int level, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A level needs a name");
        }
        districtScale().rename(level, label.strip());
        events.publishEvent(new FrameworkChanged("level " + level + " renamed"));
    }

    /** Renames levels and moves the threshold together: all of it or, on a bad value, none of it. */
    public void updateScale(Map<Integer, String> labels, int threshold) {
        labels.forEach((level, label) -> {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("Level " + level + " needs a name");
            }
        });
        ProficiencyScale scale = districtScale();
        labels.forEach((level, label) -> scale.rename(level, label.strip()));
        scale.moveThresholdTo(threshold);
        events.publishEvent(new FrameworkChanged("scale"));
    }

    public Map<String, Competency> competenciesByCode(List<String> codes) {
        return codes.stream().map(code -> competencies.findByCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("No competency " + code)))
                .collect(Collectors.toMap(Competency::getCode, Function.identity()));
    }

    private ProficiencyScale districtScale() {
        return scales.findById(ProficiencyScale.DISTRICT_SCALE)
                .orElseThrow(() -> new IllegalStateException("The district has no proficiency scale yet"));
    }

    private Competency find(long id) {
        return competencies.findById(id).orElseThrow(() -> new IllegalArgumentException("No competency with id " + id));
    }
}
