package org.pathwayplanner.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathwayplanner.exchange.ImportCounts;
import org.pathwayplanner.exchange.ImportProblems;
import org.pathwayplanner.framework.ChangeRefused.Reasons;
import org.pathwayplanner.framework.FrameworkViews.PrerequisiteEdge;
import org.pathwayplanner.framework.IncomingFramework.Area;
import org.pathwayplanner.framework.IncomingFramework.CompetencyItem;
import org.pathwayplanner.framework.IncomingFramework.Link;
import org.pathwayplanner.framework.IncomingFramework.ObjectiveItem;
import org.pathwayplanner.framework.IncomingFramework.Standard;
import org.pathwayplanner.rules.CalculationMethods;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Brings the district's framework in line with a framework another system published, matching items by their CASE
 * identifier: what is new is created, what differs is updated, what the document no longer lists (or lists as
 * retired) is retired, never deleted. A dry run and the import are the same work; a dry run, and an import with any
 * problem, roll it all back, so the import applies exactly what its dry run counted, all of it or none of it.
 */
@Service
public class FrameworkImport {

    /** The kinds counted, in the order a page lists them. */
    public static final String AREAS = "contentAreas";
    public static final String COMPETENCIES = "competencies";
    public static final String OBJECTIVES = "learningObjectives";
    public static final String STANDARDS = "stateStandards";
    public static final String PREREQUISITES = "prerequisites";
    public static final String ALIGNMENTS = "alignments";

    /** The district's own framework document: items created in the editor belong to it. */
    public static final String DISTRICT_DOCUMENT = CaseIdentifier.of("cf-document", "district");

    /** What a dry run or an import found: what it would change (or changed) and what stands in the way. */
    public record Result(ImportCounts counts, ImportProblems problems, boolean written) {
    }

    private final ContentAreaRepository areas;
    private final StateStandardRepository standards;
    private final CompetencyRepository competencies;
    private final LearningObjectiveRepository objectives;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    FrameworkImport(ContentAreaRepository areas, StateStandardRepository standards, CompetencyRepository competencies,
            LearningObjectiveRepository objectives, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.areas = areas;
        this.standards = standards;
        this.competencies = competencies;
        this.objectives = objectives;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What importing would do; nothing stays written. */
    @Transactional
    public Result dryRun(IncomingFramework incoming, String file) {
        Result result = apply(incoming, file);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new Result(result.counts(), result.problems(), false);
    }

    /**
     * Imports when nothing stands in the way; otherwise leaves the database as it was and says why. With
     * {@code previewed} (the summary of the counts its dry run showed) the import is refused unless it does exactly
     * that: the framework may have changed since.
     */
    @Transactional
    public Result importNow(IncomingFramework incoming, String file, String previewed) {
        Result result = apply(incoming, file);
        if (result.problems().isEmpty() && previewed != null && !previewed.equals(result.counts().summary())) {
            result.problems().add(org.pathwayplanner.exchange.ImportProblem.ofFile(file,
                    "case.problem.changedSinceDryRun"));
        }
        if (!result.problems().isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Result(result.counts(), result.problems(), false);
        }
        if (result.counts().changes() > 0) {
            events.publishEvent(new FrameworkChanged("CASE import of " + incoming.documentTitle()));
        }
        return result;
    }

    private Result apply(IncomingFramework in, String file) {
        Run run = new Run(in, file);
        run.areas();
        run.standards();
        run.competencies();
        run.objectives();
        run.prerequisites();
        run.alignments();
        run.retireUnlisted();
        run.recordSources();
        return new Result(run.counts, run.problems, true);
    }

    /** One import's work, in dependency order: areas and standards, competencies, objectives, then the links. */
    private final class Run {

        private final IncomingFramework in;
        private final String file;
        private final ImportCounts counts = new ImportCounts();
        private final ImportProblems problems = new ImportProblems();
        private final Map<String, ContentArea> areaById;
        private final Map<String, StateStandard> standardById;
        private final Map<String, Competency> competencyById;
        private final Map<String, LearningObjective> objectiveById;
        private final Map<String, String> sources;

        Run(IncomingFramework in, String file) {
            this.in = in;
            this.file = file;
            areaById = byIdentifier(areas.findAll(), ContentArea::getCaseIdentifier);
            standardById = byIdentifier(standards.findAll(), StateStandard::getCaseIdentifier);
            competencyById = byIdentifier(competencies.findAllWithArea(), Competency::getCaseIdentifier);
            objectiveById = byIdentifier(objectives.findAll(), LearningObjective::getCaseIdentifier);
            sources = new HashMap<>();
            jdbc.query("select case_identifier, document_identifier from case_item_source",
                    rs -> {
                        sources.put(rs.getString(1), rs.getString(2));
                    });
            List.of(AREAS, COMPETENCIES, OBJECTIVES, STANDARDS, PREREQUISITES, ALIGNMENTS).forEach(counts::read);
        }

        void areas() {
            Set<String> codes = new HashSet<>();
            for (Area a : in.areas()) {
                ContentArea existing = areaById.get(a.identifier());
                if (!checkText(a.at(), "name", a.name(), 120)) {
                    continue;
                }
                if (existing == null) {
                    if (in.retired().contains(a.identifier())
                            || !checkNewCode(a.at(), a.code(), codes, areas.findByCode(a.code()).isPresent())) {
                        continue;
                    }
                    ContentArea area = new ContentArea(a.code(), a.name());
                    area.identifyAs(a.identifier());
                    areaById.put(a.identifier(), areas.save(area));
                    counts.created(AREAS);
                } else if (retiring(existing.isRetired(), a.identifier())) {
                    existing.retire();
                    counts.retired(AREAS);
                } else if (!existing.getName().equals(a.name()) && !existing.isRetired()) {
                    existing.rename(a.name());
                    counts.updated(AREAS);
                } else {
                    counts.unchanged(AREAS);
                }
            }
        }

        void standards() {
            Set<String> codes = new HashSet<>();
            for (Standard s : in.standards()) {
                StateStandard existing = standardById.get(s.identifier());
                if (!checkText(s.at(), "statement", s.statement(), 1000)) {
                    continue;
                }
                if (existing == null) {
                    if (in.retired().contains(s.identifier()) || !checkCodeLength(s.at(), s.code(), 60)
                            || !checkUnique(s.at(), s.code(), codes, standards.findByCode(s.code()).isPresent())) {
                        continue;
                    }
                    StateStandard standard = new StateStandard(s.code(), s.statement());
                    standard.identifyAs(s.identifier());
                    standardById.put(s.identifier(), standards.save(standard));
                    counts.created(STANDARDS);
                } else if (retiring(existing.isRetired(), s.identifier())) {
                    existing.retire();
                    counts.retired(STANDARDS);
                } else if (!existing.getStatement().equals(s.statement()) && !existing.isRetired()) {
                    existing.restate(s.statement());
                    counts.updated(STANDARDS);
                } else {
                    counts.unchanged(STANDARDS);
                }
            }
        }

        void competencies() {
            Set<String> codes = new HashSet<>();
            for (CompetencyItem c : in.competencies()) {
                Competency existing = competencyById.get(c.identifier());
                boolean fine = checkText(c.at(), "title", c.title(), 200);
                if (c.description() != null && c.description().length() > 2000) {
                    problems.at(file, 0, c.at(), "case.problem.tooLong", "description", 2000);
                    fine = false;
                }
                if (c.calculationMethod() != null && !CalculationMethods.ALL.contains(c.calculationMethod())) {
                    problems.at(file, 0, c.at(), "case.problem.method", c.calculationMethod());
                    fine = false;
                }
                ContentArea area = null;
                if (c.areaIdentifier() != null) {
                    area = areaById.get(c.areaIdentifier());
                    if (area == null || area.isRetired() || in.retired().contains(c.areaIdentifier())) {
                        problems.at(file, 0, c.at(), "case.problem.areaMissing", c.code());
                        fine = false;
                    }
                }
                if (!fine) {
                    continue;
                }
                if (existing == null) {
                    if (in.retired().contains(c.identifier()) || !checkNewCode(c.at(), c.code(), codes,
                            competencies.findByCode(c.code()).isPresent())) {
                        continue;
                    }
                    Competency competency = area == null
                            ? Competency.crossCurricular(c.code(), c.title(), c.expectedGrade())
                            : Competency.inArea(area, c.code(), c.title(), c.expectedGrade());
                    competency.identifyAs(c.identifier());
                    competency.revise(c.title(), c.description(), area, c.expectedGrade(), c.calculationMethod(),
                            c.pointsThreshold());
                    competencyById.put(c.identifier(), competencies.save(competency));
                    counts.created(COMPETENCIES);
                } else if (retiring(existing.isRetired(), c.identifier())) {
                    existing.retire();
                    counts.retired(COMPETENCIES);
                } else if (existing.isRetired()) {
                    counts.unchanged(COMPETENCIES);
                } else {
                    String method = c.calculationMethod() == null ? existing.getCalculationMethod()
                            : c.calculationMethod();
                    Integer threshold = c.calculationMethod() == null && c.pointsThreshold() == null
                            ? existing.getPointsThreshold() : c.pointsThreshold();
                    boolean same = existing.getTitle().equals(c.title())
                            && Objects.equals(existing.getDescription(), c.description())
                            && existing.getContentArea() == area && existing.getExpectedGrade() == c.expectedGrade()
                            && Objects.equals(existing.getCalculationMethod(), method)
                            && Objects.equals(existing.getPointsThreshold(), threshold);
                    if (same) {
                        counts.unchanged(COMPETENCIES);
                    } else {
                        existing.revise(c.title(), c.description(), area, c.expectedGrade(), method, threshold);
                        counts.updated(COMPETENCIES);
                    }
                }
            }
        }

        void objectives() {
            Set<String> codes = new HashSet<>();
            for (ObjectiveItem o : in.objectives()) {
                LearningObjective existing = objectiveById.get(o.identifier());
                Competency competency = competencyById.get(o.competencyIdentifier());
                boolean fine = checkText(o.at(), "title", o.title(), 300);
                if (o.points() < 1) {
                    problems.at(file, 0, o.at(), "case.problem.points", o.code());
                    fine = false;
                }
                if (in.retired().contains(o.competencyIdentifier())) {
                    // the objectives of a competency retired go with it
                    if (existing != null && !existing.isRetired()) {
                        existing.retire();
                        counts.retired(OBJECTIVES);
                    }
                    continue;
                }
                if (existing != null && competency != null && competency.isRetired()) {
                    counts.unchanged(OBJECTIVES);   // retired here with its competency: it stays as it is
                    continue;
                }
                if (competency == null || competency.isRetired()) {
                    problems.at(file, 0, o.at(), "case.problem.objectiveOutside", o.code());
                    fine = false;
                }
                if (!fine) {
                    continue;
                }
                if (existing == null) {
                    if (in.retired().contains(o.identifier()) || !checkCodeLength(o.at(), o.code(), 50)
                            || !checkUnique(o.at(), o.code(), codes, objectives.existsByCode(o.code()))) {
                        continue;
                    }
                    LearningObjective objective = competency.addObjective(o.code(), o.title(), o.points(),
                            o.required());
                    objective.identifyAs(o.identifier());
                    objectiveById.put(o.identifier(), objectives.save(objective));
                    counts.created(OBJECTIVES);
                } else if (retiring(existing.isRetired(), o.identifier())) {
                    existing.retire();
                    counts.retired(OBJECTIVES);
                } else if (existing.getCompetency() != competency) {
                    problems.at(file, 0, o.at(), "case.problem.objectiveMoved", o.code(),
                            existing.getCompetency().getCode());
                } else if (existing.isRetired() || existing.getTitle().equals(o.title())
                        && existing.getPoints() == o.points() && existing.isRequired() == o.required()) {
                    counts.unchanged(OBJECTIVES);
                } else {
                    existing.revise(o.title(), o.points(), o.required());
                    counts.updated(OBJECTIVES);
                }
            }
        }

        /**
         * The document's prerequisites among its own competencies become exactly those listed; every new edge is
         * checked against the whole graph as it stands (the district's other edges included), so a cycle is named
         * wherever it closes.
         */
        void prerequisites() {
            Set<Long> listed = listedCompetencyIds();
            List<PrerequisiteEdge> graphEdges = new ArrayList<>(competencies.prerequisiteEdges().stream()
                    .map(r -> new PrerequisiteEdge(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))
                    .toList());
            Set<PrerequisiteEdge> wanted = new LinkedHashSet<>();
            for (Link link : in.prerequisites()) {
                Competency competency = competencyById.get(link.from());
                Competency prerequisite = competencyById.get(link.to());
                if (competency == null || prerequisite == null || competency.getId() == null
                        || prerequisite.getId() == null) {
                    continue;   // an item that could not be imported has its own problem already
                }
                PrerequisiteEdge edge = new PrerequisiteEdge(competency.getId(), prerequisite.getId());
                wanted.add(edge);
                if (graphEdges.contains(edge)) {
                    counts.unchanged(PREREQUISITES);
                    continue;
                }
                var cycle = new PrerequisiteGraph(graphEdges).cycleIfAdded(edge.competencyId(), edge.prerequisiteId());
                if (cycle.isPresent()) {
                    Map<Long, String> codes = competencyById.values().stream().filter(c -> c.getId() != null)
                            .collect(Collectors.toMap(Competency::getId, Competency::getCode, (a, b) -> a));
                    problems.at(file, 0, link.at(), "case.problem.cycle",
                            cycle.get().stream().map(codes::get).collect(Collectors.joining(" → ")));
                    continue;
                }
                graphEdges.add(edge);
                competency.requirePrerequisite(prerequisite);
                counts.created(PREREQUISITES);
            }
            for (Competency competency : competencyById.values()) {
                if (competency.getId() == null || !listed.contains(competency.getId())) {
                    continue;
                }
                for (Competency prerequisite : List.copyOf(competency.getPrerequisites())) {
                    if (listed.contains(prerequisite.getId())
                            && !wanted.contains(new PrerequisiteEdge(competency.getId(), prerequisite.getId()))) {
                        competency.removePrerequisite(prerequisite);
                        counts.retired(PREREQUISITES);
                    }
                }
            }
        }

        /** Alignments of the document's competencies to its standards become exactly those listed. */
        void alignments() {
            Set<String> listedStandards = in.standards().stream().map(Standard::identifier).collect(Collectors.toSet());
            Map<Competency, Set<StateStandard>> wanted = new HashMap<>();
            for (Link link : in.alignments()) {
                Competency competency = competencyById.get(link.from());
                StateStandard standard = standardById.get(link.to());
                if (competency == null || standard == null || standard.getId() == null) {
                    continue;
                }
                wanted.computeIfAbsent(competency, k -> new HashSet<>()).add(standard);
                if (competency.getStandards().contains(standard)) {
                    counts.unchanged(ALIGNMENTS);
                } else {
                    competency.alignTo(standard);
                    counts.created(ALIGNMENTS);
                }
            }
            for (CompetencyItem item : in.competencies()) {
                Competency competency = competencyById.get(item.identifier());
                if (competency == null) {
                    continue;
                }
                for (StateStandard standard : List.copyOf(competency.getStandards())) {
                    if (listedStandards.contains(standard.getCaseIdentifier())
                            && !wanted.getOrDefault(competency, Set.of()).contains(standard)) {
                        competency.unalignFrom(standard);
                        counts.retired(ALIGNMENTS);
                    }
                }
            }
        }

        /**
         * Items of this document the package no longer lists are retired. An area is retired only once none of its
         * competencies is in use, as in the editor.
         */
        void retireUnlisted() {
            Set<String> listed = listedIdentifiers();
            for (LearningObjective o : objectiveById.values()) {
                // an objective of a retired competency is out of use already (and not published): nothing to retire
                if (ours(o.getCaseIdentifier(), listed) && !o.isRetired() && !o.getCompetency().isRetired()) {
                    o.retire();
                    counts.retired(OBJECTIVES);
                }
            }
            for (Competency c : competencyById.values()) {
                if (ours(c.getCaseIdentifier(), listed) && !c.isRetired()) {
                    c.retire();
                    counts.retired(COMPETENCIES);
                }
            }
            for (StateStandard s : standardById.values()) {
                if (ours(s.getCaseIdentifier(), listed) && !s.isRetired()) {
                    s.retire();
                    counts.retired(STANDARDS);
                }
            }
            for (ContentArea a : areaById.values()) {
                if (!a.isRetired() && (ours(a.getCaseIdentifier(), listed) || in.retired().contains(a.getCaseIdentifier()))) {
                    List<String> inUse = competencyById.values().stream()
                            .filter(c -> !c.isRetired() && c.getContentArea() == a).map(Competency::getCode).toList();
                    if (!inUse.isEmpty()) {
                        problems.at(file, 0, "", "case.problem.areaInUse", a.getCode(), String.join(", ", inUse));
                    } else if (ours(a.getCaseIdentifier(), listed)) {
                        a.retire();
                        counts.retired(AREAS);
                    }
                }
            }
        }

        void recordSources() {
            for (String identifier : listedIdentifiers()) {
                String current = sources.get(identifier);
                if (in.documentIdentifier().equals(current)) {
                    continue;
                }
                if (current == null) {
                    jdbc.update("insert into case_item_source (case_identifier, document_identifier) values (?, ?)",
                            identifier, in.documentIdentifier());
                } else {
                    jdbc.update("update case_item_source set document_identifier = ? where case_identifier = ?",
                            in.documentIdentifier(), identifier);
                }
            }
        }

        /** Recorded as coming from this document (items without a record come from the district's own), not listed. */
        private boolean ours(String identifier, Set<String> listed) {
            return !listed.contains(identifier)
                    && in.documentIdentifier().equals(sources.getOrDefault(identifier, DISTRICT_DOCUMENT));
        }

        /** Listed as retired and still in use here: retire it. */
        private boolean retiring(boolean retiredHere, String identifier) {
            return !retiredHere && in.retired().contains(identifier);
        }

        private Set<String> listedIdentifiers() {
            Set<String> listed = new HashSet<>();
            in.areas().forEach(a -> listed.add(a.identifier()));
            in.standards().forEach(s -> listed.add(s.identifier()));
            in.competencies().forEach(c -> listed.add(c.identifier()));
            in.objectives().forEach(o -> listed.add(o.identifier()));
            return listed;
        }

        private Set<Long> listedCompetencyIds() {
            return in.competencies().stream().map(c -> competencyById.get(c.identifier()))
                    .filter(c -> c != null && c.getId() != null).map(Competency::getId).collect(Collectors.toSet());
        }

        private boolean checkText(String at, String field, String text, int max) {
            if (text == null || text.isBlank()) {
                problems.at(file, 0, at, "case.problem.required", field);
                return false;
            }
            if (text.length() > max) {
                problems.at(file, 0, at, "case.problem.tooLong", field, max);
                return false;
            }
            return true;
        }

        /** The editor's own rule for a new code (plain, at most 40 characters, not taken), and unique in the file. */
        private boolean checkNewCode(String at, String code, Set<String> seen, boolean taken) {
            try {
                new Reasons().checkCode(code, taken || !seen.add(code)).throwIfAny();
                return true;
            } catch (ChangeRefused refused) {
                refused.reasons().forEach(r -> problems.add(new org.pathwayplanner.exchange.ImportProblem(file, 0,
                        at + " (" + code + ")", r.code(), r.args())));
                return false;
            }
        }

        private boolean checkCodeLength(String at, String code, int max) {
            if (code == null || code.isBlank() || code.length() > max) {
                problems.at(file, 0, at, "case.problem.codeLength", code == null ? "" : code, max);
                return false;
            }
            return true;
        }

        private boolean checkUnique(String at, String code, Set<String> seen, boolean taken) {
            if (taken || !seen.add(code)) {
                problems.at(file, 0, at, "case.problem.codeTaken", code);
                return false;
            }
            return true;
        }
    }

    private static <T> Map<String, T> byIdentifier(List<T> items, Function<T, String> identifier) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.put(identifier.apply(item), item));
        return map;
    }
}
