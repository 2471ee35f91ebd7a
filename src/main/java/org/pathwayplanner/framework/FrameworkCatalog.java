package org.pathwayplanner.framework;

import java.util.List;
import java.util.Optional;
import org.pathwayplanner.framework.FrameworkViews.AreaView;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.framework.FrameworkViews.LevelView;
import org.pathwayplanner.framework.FrameworkViews.ObjectiveView;
import org.pathwayplanner.framework.FrameworkViews.PrerequisiteEdge;
import org.pathwayplanner.framework.FrameworkViews.ScaleView;
import org.pathwayplanner.framework.FrameworkViews.Snapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the district's framework. Five queries make a whole snapshot, however large the framework. */
@Service
@Transactional(readOnly = true)
public class FrameworkCatalog {

    private final ContentAreaRepository areas;
    private final CompetencyRepository competencies;
    private final LearningObjectiveRepository objectives;
    private final ProficiencyScaleRepository scales;

    FrameworkCatalog(ContentAreaRepository areas, CompetencyRepository competencies,
            LearningObjectiveRepository objectives, ProficiencyScaleRepository scales) {
        this.areas = areas;
        this.competencies = competencies;
        this.objectives = objectives;
        this.scales = scales;
    }

    public Snapshot snapshot() {
        return new Snapshot(scale(), areas(), competencies(), objectives(), prerequisites());
    }

    public ScaleView scale() {
        ProficiencyScale scale = scales.findById(ProficiencyScale.DISTRICT_SCALE)
                .orElseGet(ProficiencyScale::standardFourLevels);
        return new ScaleView(scale.getName(), scale.getMasteryThreshold(), scale.getLevels().stream()
                .map(l -> new LevelView(l.value(), l.label(), l.description())).toList());
    }

    public List<AreaView> areas() {
        return areas.findAllByOrderByNameAsc().stream()
                .map(a -> new AreaView(a.getId(), a.getCode(), a.getName())).toList();
    }

    public List<CompetencyView> competencies() {
        return competencies.findAllWithArea().stream().filter(c -> !c.isRetired()).map(FrameworkCatalog::view).toList();
    }

    public Optional<CompetencyView> competency(long id) {
        return competencies.findById(id).map(FrameworkCatalog::view);
    }

    public List<ObjectiveView> objectives() {
        return objectives.findAllWithCompetency().stream().filter(o -> !o.isRetired())
                .map(o -> new ObjectiveView(o.getId(), o.getCompetency().getId(), o.getCode(), o.getTitle(),
                        o.getPoints(), o.isRequired()))
                .toList();
    }

    public List<PrerequisiteEdge> prerequisites() {
        return competencies.prerequisiteEdges().stream()
                .map(row -> new PrerequisiteEdge(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    public long countCompetencies() {
        return competencies.count();
    }

    private static CompetencyView view(Competency c) {
        ContentArea area = c.getContentArea();
        return new CompetencyView(c.getId(), c.getCode(), c.getTitle(), c.getKind().name(),
                area == null ? null : area.getCode(), area == null ? "Cross-curricular" : area.getName(),
                c.getExpectedGrade(), c.getCalculationMethod(), c.getRollUp(), c.getPointsThreshold());
    }
}
