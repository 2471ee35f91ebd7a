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

    FrameworkEditor(ContentAreaRepository areas, StateStandardRepository standards, CompetencyRepository competencies,
            ProficiencyScaleRepository scales, FrameworkCatalog catalog) {
        this.areas = areas;
        this.standards = standards;
        this.competencies = competencies;
        this.scales = scales;
        this.catalog = catalog;
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
    }

    public ProficiencyScale saveScale(ProficiencyScale scale) {
        return scales.save(scale);
    }

    public void moveMasteryThreshold(int level) {
        districtScale().moveThresholdTo(level);
    }

    public void renameLevel(int level, String label) {
        districtScale().rename(level, label);
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
