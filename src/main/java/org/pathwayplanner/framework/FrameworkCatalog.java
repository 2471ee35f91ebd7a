package org.pathwayplanner.framework;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathwayplanner.framework.AdminViews.AreaRow;
import org.pathwayplanner.framework.AdminViews.CompetencyDetail;
import org.pathwayplanner.framework.AdminViews.CompetencyRow;
import org.pathwayplanner.framework.AdminViews.ObjectiveRow;
import org.pathwayplanner.framework.AdminViews.Ref;
import org.pathwayplanner.framework.AdminViews.StandardRow;
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
    private final StateStandardRepository standards;
    private final RecordedScores scores;

    FrameworkCatalog(ContentAreaRepository areas, CompetencyRepository competencies,
            LearningObjectiveRepository objectives, ProficiencyScaleRepository scales,
            StateStandardRepository standards, RecordedScores scores) {
        this.areas = areas;
        this.competencies = competencies;
        this.objectives = objectives;
        this.scales = scales;
        this.standards = standards;
        this.scores = scores;
    }

    public Snapshot snapshot() {
        return new Snapshot(scale(), areas(), competencies(), objectives(), prerequisites());
    }

    public ScaleView scale() {
        ProficiencyScale scale = scales.findById(ProficiencyScale.DISTRICT_SCALE)
                .orElseGet(ProficiencyScale::standardFourLevels);
        return new ScaleView(scale.getName(), scale.getMasteryThreshold(), scale.getLevels().stream()
                .map(l -> new LevelView(l.value(), l.label(), l.description(), l.caseIdentifier())).toList(),
                scale.getCaseIdentifier());
    }

    /** The content areas in use (retired ones left out). */
    public List<AreaView> areas() {
        return areas.findAllByOrderByNameAsc().stream().filter(a -> !a.isRetired())
                .map(a -> new AreaView(a.getId(), a.getCode(), a.getName())).toList();
    }

    /**
     * Every content area ever recorded, retired ones included, so that a record pointing to one (a class section, a
     * teacher's subject) can still name it. Areas are few: other features map ids to names and codes in memory.
     */
    public List<AreaView> allAreas() {
        return areas.findAllByOrderByNameAsc().stream().map(a -> new AreaView(a.getId(), a.getCode(), a.getName()))
                .toList();
    }

    /** The competencies in use: what evaluations, maps and pickers offer. Retired ones are left out. */
    public List<CompetencyView> competencies() {
        return competencies.findAllWithArea().stream().filter(c -> !c.isRetired()).map(FrameworkCatalog::view).toList();
    }

    /** Whether an objective or competency exists, and whether it is still in use or retired. */
    public enum Standing { UNKNOWN, IN_USE, RETIRED }

    /** An objective is retired when it or its competency is. One lookup. */
    public Standing objectiveStanding(long id) {
        return objectives.findById(id)
                .map(o -> o.isRetired() || o.getCompetency().isRetired() ? Standing.RETIRED : Standing.IN_USE)
                .orElse(Standing.UNKNOWN);
    }

    public Standing competencyStanding(long id) {
        return competencies.findById(id).map(c -> c.isRetired() ? Standing.RETIRED : Standing.IN_USE)
                .orElse(Standing.UNKNOWN);
    }

    /** Any competency, retired or not, so a record that points to it can still name it. */
    /** The CASE identifier of every competency by id, retired ones included: what an alignment outside points to. */
    public Map<Long, String> competencyCaseIdentifiers() {
        return competencies.findAllWithArea().stream()
                .collect(Collectors.toMap(Competency::getId, Competency::getCaseIdentifier));
    }

    public Optional<CompetencyView> competency(long id) {
        return competencies.findById(id).map(FrameworkCatalog::view);
    }

    /** The objectives in use: neither they nor their competency retired. */
    public List<ObjectiveView> objectives() {
        return objectives.findAllWithCompetency().stream()
                .filter(o -> !o.isRetired() && !o.getCompetency().isRetired())
                .map(o -> new ObjectiveView(o.getId(), o.getCompetency().getId(), o.getCode(), o.getTitle(),
                        o.getPoints(), o.isRequired()))
                .toList();
    }

    /** The prerequisite edges between competencies in use. */
    public List<PrerequisiteEdge> prerequisites() {
        return edges(competencies.activePrerequisiteEdges());
    }

    /** Every edge ever recorded, retired competencies included: the cycle check keeps the whole graph acyclic. */
    List<PrerequisiteEdge> allPrerequisites() {
        return edges(competencies.prerequisiteEdges());
    }

    private static List<PrerequisiteEdge> edges(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new PrerequisiteEdge(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    /** The ids of the competencies in use, for modules that keep competency ids of their own (credit bundles). */
    public java.util.Set<Long> competencyIdsInUse() {
        return competencies().stream().map(CompetencyView::id).collect(java.util.stream.Collectors.toSet());
    }

    // ------------------------------------------------------------------ the administrator's pages

    List<AreaRow> areaRows() {
        Map<Long, Long> inUse = competencies.findAllWithArea().stream()
                .filter(c -> !c.isRetired() && c.getContentArea() != null)
                .collect(Collectors.groupingBy(c -> c.getContentArea().getId(), Collectors.counting()));
        return areas.findAllByOrderByNameAsc().stream().map(a -> new AreaRow(a.getId(), a.getCode(), a.getName(),
                a.getCaseIdentifier(), a.isRetired(), inUse.getOrDefault(a.getId(), 0L))).toList();
    }

    /** Every competency with its prerequisites, standards and objectives, retired ones included: four queries. */
    List<CompetencyRow> competencyRows() {
        List<Competency> all = competencies.findAllWithArea();
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(Competency::getId, Competency::getCode));
        Map<Long, List<String>> requires = allPrerequisites().stream().collect(Collectors.groupingBy(
                PrerequisiteEdge::competencyId, Collectors.mapping(e -> codes.get(e.prerequisiteId()),
                        Collectors.toList())));
        Map<Long, String> standardCodes = standards.findAll().stream()
                .collect(Collectors.toMap(StateStandard::getId, StateStandard::getCode));
        Map<Long, List<String>> aligned = competencies.standardAlignments().stream().collect(Collectors.groupingBy(
                row -> ((Number) row[0]).longValue(), Collectors.mapping(
                        row -> standardCodes.get(((Number) row[1]).longValue()), Collectors.toList())));
        Map<Long, List<ObjectiveRow>> objectivesOf = objectives.findAllWithCompetency().stream()
                .map(FrameworkCatalog::row)
                .collect(Collectors.groupingBy(ObjectiveRow::competencyId));
        return all.stream().map(c -> {
            ContentArea area = c.getContentArea();
            return new CompetencyRow(c.getId(), c.getCode(), c.getTitle(), c.getKind().name(),
                    area == null ? null : area.getId(), area == null ? null : area.getName(), c.getExpectedGrade(),
                    c.getCalculationMethod(), c.getPointsThreshold(), c.getCaseIdentifier(), c.isRetired(),
                    requires.getOrDefault(c.getId(), List.of()).stream().sorted().toList(),
                    aligned.getOrDefault(c.getId(), List.of()).stream().sorted().toList(),
                    objectivesOf.getOrDefault(c.getId(), List.of()));
        }).toList();
    }

    Optional<CompetencyDetail> competencyDetail(long id) {
        Optional<CompetencyRow> row = competencyRows().stream().filter(c -> c.id() == id).findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Competency> all = competencies.findAllWithArea().stream()
                .collect(Collectors.toMap(Competency::getId, c -> c));
        List<PrerequisiteEdge> edges = allPrerequisites();
        List<Ref> prerequisites = edges.stream().filter(e -> e.competencyId() == id)
                .map(e -> ref(all.get(e.prerequisiteId()))).sorted(java.util.Comparator.comparing(Ref::code)).toList();
        List<Ref> requiredBy = edges.stream().filter(e -> e.prerequisiteId() == id)
                .map(e -> ref(all.get(e.competencyId()))).sorted(java.util.Comparator.comparing(Ref::code)).toList();
        Competency competency = all.get(id);
        List<StandardRow> aligned = standardRows().stream()
                .filter(s -> s.competencyCodes().contains(competency.getCode())).toList();
        return Optional.of(new CompetencyDetail(row.get(), competency.getDescription(), prerequisites, requiredBy,
                aligned, scores.countForCompetency(id, row.get().objectives().stream().map(ObjectiveRow::id).toList())));
    }

    List<StandardRow> standardRows() {
        Map<Long, String> codes = competencies.findAllWithArea().stream()
                .collect(Collectors.toMap(Competency::getId, Competency::getCode));
        Map<Long, List<String>> alignedTo = competencies.standardAlignments().stream().collect(Collectors.groupingBy(
                row -> ((Number) row[1]).longValue(), Collectors.mapping(
                        row -> codes.get(((Number) row[0]).longValue()), Collectors.toList())));
        // a retired standard stays readable where competencies are aligned to it, and is offered nowhere new
        return standards.findAllByOrderByCodeAsc().stream()
                .filter(s -> !s.isRetired() || alignedTo.containsKey(s.getId()))
                .map(s -> new StandardRow(s.getId(), s.getCode(),
                s.getStatement(), s.getCaseIdentifier(),
                alignedTo.getOrDefault(s.getId(), List.of()).stream().sorted().toList())).toList();
    }

    Optional<ObjectiveRow> objectiveRow(long id) {
        return objectives.findById(id).map(FrameworkCatalog::row);
    }

    private static ObjectiveRow row(LearningObjective o) {
        return new ObjectiveRow(o.getId(), o.getCompetency().getId(), o.getCode(), o.getTitle(), o.getPoints(),
                o.isRequired(), o.isRetired(), o.getCaseIdentifier());
    }

    private static Ref ref(Competency c) {
        return new Ref(c.getId(), c.getCode(), c.getTitle(), c.isRetired());
    }

    /** The competencies in use, retired ones left out: the size of the framework as the district sees it. */
    public long countCompetenciesInUse() {
        return competencies.countByRetiredFalse();
    }

    /** Every competency ever recorded, retired ones included (zero only before the framework is loaded). */
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
