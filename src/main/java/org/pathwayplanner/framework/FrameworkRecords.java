package org.pathwayplanner.framework;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The framework's records as they are, for a publication of the whole framework (the CASE export): the items in
 * use, in a stable order (by code), with their objectives, prerequisites and alignments reachable inside the
 * caller's transaction.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkRecords {

    private final ContentAreaRepository areas;
    private final StateStandardRepository standards;
    private final CompetencyRepository competencies;
    private final ProficiencyScaleRepository scales;

    FrameworkRecords(ContentAreaRepository areas, StateStandardRepository standards,
            CompetencyRepository competencies, ProficiencyScaleRepository scales) {
        this.areas = areas;
        this.standards = standards;
        this.competencies = competencies;
        this.scales = scales;
    }

    public List<ContentArea> areasInUse() {
        return areas.findAll().stream().filter(a -> !a.isRetired()).sorted(Comparator.comparing(ContentArea::getCode))
                .toList();
    }

    public List<StateStandard> standardsInUse() {
        return standards.findAllByOrderByCodeAsc().stream().filter(s -> !s.isRetired()).toList();
    }

    public List<Competency> competenciesInUse() {
        return competencies.findAllWithArea().stream().filter(c -> !c.isRetired()).toList();
    }

    public ProficiencyScale scale() {
        return scales.findById(ProficiencyScale.DISTRICT_SCALE).orElseGet(ProficiencyScale::standardFourLevels);
    }
}
