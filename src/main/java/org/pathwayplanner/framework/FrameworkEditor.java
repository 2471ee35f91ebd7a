package org.pathwayplanner.framework;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathwayplanner.framework.ChangeRefused.Reasons;
import org.pathwayplanner.framework.FrameworkForms.AreaForm;
import org.pathwayplanner.framework.FrameworkForms.CompetencyForm;
import org.pathwayplanner.framework.FrameworkForms.LevelForm;
import org.pathwayplanner.framework.FrameworkForms.ObjectiveForm;
import org.pathwayplanner.framework.FrameworkForms.StandardForm;
import org.pathwayplanner.rules.CalculationMethods;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the district's framework, keeping the prerequisites a DAG and the scale consistent. Nothing
 * evidence can point to is deleted: competencies, objectives and areas are retired. Every change that
 * can alter a student's results publishes {@link FrameworkChanged}, on which every student is recomputed.
 */
@Service
@Transactional
public class FrameworkEditor {

    private final ContentAreaRepository areas;
    private final StateStandardRepository standards;
    private final CompetencyRepository competencies;
    private final LearningObjectiveRepository objectives;
    private final ProficiencyScaleRepository scales;
    private final FrameworkCatalog catalog;
    private final RecordedScores scores;
    private final ApplicationEventPublisher events;

    FrameworkEditor(ContentAreaRepository areas, StateStandardRepository standards, CompetencyRepository competencies,
            LearningObjectiveRepository objectives, ProficiencyScaleRepository scales, FrameworkCatalog catalog,
            RecordedScores scores, ApplicationEventPublisher events) {
        this.areas = areas;
        this.standards = standards;
        this.competencies = competencies;
        this.objectives = objectives;
        this.scales = scales;
        this.catalog = catalog;
        this.scores = scores;
        this.events = events;
    }

    // ------------------------------------------------------------------ content areas

    public ContentArea addArea(String code, String name) {
        AreaForm form = new AreaForm();
        form.setCode(code);
        form.setName(name);
        return addArea(form);
    }

    ContentArea addArea(AreaForm form) {
        Reasons reasons = new Reasons();
        reasons.checkCode(form.getCode(), areas.findByCode(strip(form.getCode())).isPresent());
        reasons.requireText("name", form.getName(), "A name");
        reasons.throwIfAny();
        return areas.save(new ContentArea(strip(form.getCode()), strip(form.getName())));
    }

    void renameArea(long id, AreaForm form) {
        ContentArea area = area(id);
        new Reasons().requireText("name", form.getName(), "A name").throwIfAny();
        area.rename(strip(form.getName()));
        events.publishEvent(new FrameworkChanged("content area " + area.getCode() + " renamed"));
    }

    /** Retires an area once none of its competencies is in use; refused naming those still in it. */
    void retireArea(long id) {
        ContentArea area = area(id);
        List<String> active = competencies.findAllWithArea().stream()
                .filter(c -> !c.isRetired() && c.getContentArea() != null && c.getContentArea().getId().equals(id))
                .map(Competency::getCode).toList();
        if (!active.isEmpty()) {
            throw ChangeRefused.because(null, "admin.error.areaInUse",
                    "Retire or move its competencies first: " + String.join(", ", active), String.join(", ", active));
        }
        area.retire();
        events.publishEvent(new FrameworkChanged("content area " + area.getCode() + " retired"));
    }

    // ------------------------------------------------------------------ state standards

    public StateStandard addStandard(String code, String statement) {
        StandardForm form = new StandardForm();
        form.setCode(code);
        form.setStatement(statement);
        return addStandard(form);
    }

    StateStandard addStandard(StandardForm form) {
        Reasons reasons = new Reasons();
        if (form.getCode() == null || form.getCode().isBlank()) {
            reasons.refuse("code", "admin.error.required", "A code is required");
        } else if (strip(form.getCode()).length() > 60) {
            reasons.refuse("code", "admin.error.tooLong", "At most 60 characters", 60);
        } else if (standards.findByCode(strip(form.getCode())).isPresent()) {
            reasons.refuse("code", "admin.error.duplicateCode", "The code " + strip(form.getCode()) + " is taken",
                    strip(form.getCode()));
        }
        reasons.requireText("statement", form.getStatement(), "A statement");
        reasons.throwIfAny();
        return standards.save(new StateStandard(strip(form.getCode()), strip(form.getStatement())));
    }

    /** Standards alignments document the framework; they do not change any result. */
    void align(long competencyId, long standardId) {
        find(competencyId).alignTo(standards.findById(standardId)
                .orElseThrow(() -> new java.util.NoSuchElementException("No state standard " + standardId)));
    }

    void unalign(long competencyId, long standardId) {
        standards.findById(standardId).ifPresent(find(competencyId)::unalignFrom);
    }

    // ------------------------------------------------------------------ competencies

    public Competency addCompetency(Competency competency) {
        return competencies.save(competency);
    }

    Competency createCompetency(CompetencyForm form) {
        Reasons reasons = new Reasons();
        reasons.checkCode(form.getCode(), competencies.findByCode(strip(form.getCode())).isPresent());
        ContentArea area = checkCompetency(reasons, form);
        reasons.throwIfAny();
        Competency competency = area == null
                ? Competency.crossCurricular(strip(form.getCode()), strip(form.getTitle()), form.getExpectedGrade())
                : Competency.inArea(area, strip(form.getCode()), strip(form.getTitle()), form.getExpectedGrade());
        competency.revise(strip(form.getTitle()), blankToNull(form.getDescription()), area, form.getExpectedGrade(),
                blankToNull(form.getCalculationMethod()), form.getPointsThreshold());
        Competency saved = competencies.save(competency);
        events.publishEvent(new FrameworkChanged("competency " + saved.getCode() + " created"));
        return saved;
    }

    void reviseCompetency(long id, CompetencyForm form) {
        Competency competency = find(id);
        Reasons reasons = new Reasons();
        ContentArea area = checkCompetency(reasons, form);
        reasons.throwIfAny();
        competency.revise(strip(form.getTitle()), blankToNull(form.getDescription()), area, form.getExpectedGrade(),
                blankToNull(form.getCalculationMethod()), form.getPointsThreshold());
        events.publishEvent(new FrameworkChanged("competency " + competency.getCode() + " revised"));
    }

    /**
     * Takes the competency out of new evaluations, pickers and the prerequisites of others; its evidence,
     * its objectives and its edges stay recorded, so history reads as it was.
     */
    void retireCompetency(long id) {
        Competency competency = find(id);
        competency.retire();
        events.publishEvent(new FrameworkChanged("competency " + competency.getCode() + " retired"));
    }

    private ContentArea checkCompetency(Reasons reasons, CompetencyForm form) {
        reasons.requireText("title", form.getTitle(), "A title");
        if (form.getTitle() != null && strip(form.getTitle()).length() > 200) {
            reasons.refuse("title", "admin.error.tooLong", "At most 200 characters", 200);
        }
        if (form.getDescription() != null && form.getDescription().length() > 2000) {
            reasons.refuse("description", "admin.error.tooLong", "At most 2000 characters", 2000);
        }
        if (form.getExpectedGrade() == null || form.getExpectedGrade() < 6 || form.getExpectedGrade() > 12) {
            reasons.refuse("expectedGrade", "admin.error.grade", "A grade from 6 to 12");
        }
        String method = blankToNull(form.getCalculationMethod());
        if (method != null && !CalculationMethods.ALL.contains(method)) {
            reasons.refuse("calculationMethod", "admin.error.method", "Unknown calculation method " + method, method);
        }
        if (form.getPointsThreshold() != null && form.getPointsThreshold() < 1) {
            reasons.refuse("pointsThreshold", "admin.error.atLeastOne", "At least 1");
        }
        if (form.getAreaId() == null) {
            return null;
        }
        ContentArea area = areas.findById(form.getAreaId()).orElse(null);
        if (area == null || area.isRetired()) {
            reasons.refuse("areaId", "admin.error.noArea", "Choose a content area in use");
            return null;
        }
        return area;
    }

    // ------------------------------------------------------------------ learning objectives

    /** Adds an objective; its code follows the competency's ({@code MATH-01.4}) and never changes. */
    LearningObjective addObjective(long competencyId, ObjectiveForm form) {
        Competency competency = find(competencyId);
        if (competency.isRetired()) {
            throw ChangeRefused.because(null, "admin.error.retired", competency.getCode() + " is retired",
                    competency.getCode());
        }
        checkObjective(form);
        String code = nextObjectiveCode(competency);
        LearningObjective objective = competency.addObjective(code, strip(form.getTitle()), form.getPoints(),
                form.isRequired());
        objectives.save(objective);
        events.publishEvent(new FrameworkChanged("objective " + code + " added"));
        return objective;
    }

    void reviseObjective(long id, ObjectiveForm form) {
        LearningObjective objective = objective(id);
        checkObjective(form);
        objective.revise(strip(form.getTitle()), form.getPoints(), form.isRequired());
        events.publishEvent(new FrameworkChanged("objective " + objective.getCode() + " revised"));
    }

    void retireObjective(long id) {
        LearningObjective objective = objective(id);
        objective.retire();
        events.publishEvent(new FrameworkChanged("objective " + objective.getCode() + " retired"));
    }

    LearningObjective objective(long id) {
        return objectives.findById(id)
                .orElseThrow(() -> new java.util.NoSuchElementException("No learning objective " + id));
    }

    private void checkObjective(ObjectiveForm form) {
        Reasons reasons = new Reasons().requireText("title", form.getTitle(), "A title");
        if (form.getTitle() != null && strip(form.getTitle()).length() > 300) {
            reasons.refuse("title", "admin.error.tooLong", "At most 300 characters", 300);
        }
        if (form.getPoints() == null || form.getPoints() < 1) {
            reasons.refuse("points", "admin.error.atLeastOne", "At least 1");
        }
        reasons.throwIfAny();
    }

    private String nextObjectiveCode(Competency competency) {
        int n = competency.getObjectives().size() + 1;
        while (objectives.existsByCode(competency.getCode() + "." + n)) {
            n++;
        }
        return competency.getCode() + "." + n;
    }

    // ------------------------------------------------------------------ prerequisites

    /**
     * Records that {@code competencyId} requires {@code prerequisiteId}; refuses an edge that would
     * close a cycle, naming the competencies around it, and an edge to or from a retired competency.
     */
    public void addPrerequisite(long competencyId, long prerequisiteId) {
        Competency competency = find(competencyId);
        Competency prerequisite = find(prerequisiteId);
        for (Competency c : List.of(competency, prerequisite)) {
            if (c.isRetired()) {
                throw ChangeRefused.because("prerequisiteId", "admin.error.retired", c.getCode() + " is retired",
                        c.getCode());
            }
        }
        new PrerequisiteGraph(catalog.allPrerequisites()).cycleIfAdded(competencyId, prerequisiteId).ifPresent(cycle -> {
            Map<Long, String> codes = competencies.findAllById(cycle).stream()
                    .collect(Collectors.toMap(Competency::getId, Competency::getCode, (a, b) -> a));
            throw new PrerequisiteCycleException(cycle.stream().map(codes::get).toList());
        });
        competency.requirePrerequisite(prerequisite);
        events.publishEvent(new FrameworkChanged("prerequisite " + prerequisite.getCode() + " of " + competency.getCode()));
    }

    void removePrerequisite(long competencyId, long prerequisiteId) {
        Competency competency = find(competencyId);
        Competency prerequisite = find(prerequisiteId);
        competency.removePrerequisite(prerequisite);
        events.publishEvent(new FrameworkChanged("prerequisite " + prerequisite.getCode() + " of "
                + competency.getCode() + " removed"));
    }

    // ------------------------------------------------------------------ proficiency scale

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

    /** Re-cuts the scale with a level above the highest or below the lowest; returns the new level's value. */
    int addLevel(LevelForm form) {
        Reasons reasons = new Reasons().requireText("label", form.getLabel(), "A name");
        if (form.getLabel() != null && strip(form.getLabel()).length() > 60) {
            reasons.refuse("label", "admin.error.tooLong", "At most 60 characters", 60);
        }
        if (!"ABOVE".equals(form.getPosition()) && !"BELOW".equals(form.getPosition())) {
            reasons.refuse("position", "admin.error.position", "Above the highest or below the lowest level");
        }
        reasons.throwIfAny();
        ProficiencyScale scale = districtScale();
        int value = "ABOVE".equals(form.getPosition())
                ? scale.addLevelAbove(strip(form.getLabel()), blankToNull(form.getDescription()))
                : scale.addLevelBelow(strip(form.getLabel()), blankToNull(form.getDescription()));
        events.publishEvent(new FrameworkChanged("level " + value + " added"));
        return value;
    }

    /** Re-cuts the scale without a level no recorded score uses and the threshold is not on. */
    void removeLevel(int level) {
        long used = scores.countAtLevel(level);
        if (used > 0) {
            throw ChangeRefused.because("level", "admin.error.levelInUse",
                    used + " recorded scores are at level " + level + "; it cannot be removed", used, level);
        }
        districtScale().removeLevel(level);
        events.publishEvent(new FrameworkChanged("level " + level + " removed"));
    }

    // ------------------------------------------------------------------ reading for the editor's pages

    public Map<String, Competency> competenciesByCode(List<String> codes) {
        return codes.stream().map(code -> competencies.findByCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("No competency " + code)))
                .collect(Collectors.toMap(Competency::getCode, Function.identity()));
    }

    Competency find(long id) {
        return competencies.findById(id)
                .orElseThrow(() -> new java.util.NoSuchElementException("No competency with id " + id));
    }

    ContentArea area(long id) {
        return areas.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("No content area " + id));
    }

    private ProficiencyScale districtScale() {
        return scales.findById(ProficiencyScale.DISTRICT_SCALE)
                .orElseThrow(() -> new IllegalStateException("The district has no proficiency scale yet"));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
