package org.pathwayplanner.progress;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.evidence.EvidenceHistory.EvidenceView;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.ObjectiveView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.progress.ProgressViews.CompetencyProgress;
import org.pathwayplanner.progress.ProgressViews.StudentProgressView;
import org.pathwayplanner.rules.Evaluation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A student's competency map and the story of one competency: why it stands where it stands. */
@Controller
class CompetencyPagesController {

    static final String MAP = "progress/competencyMap";
    static final String DETAIL = "progress/competencyDetail";

    private final PeopleDirectory people;
    private final StudentProgress progress;
    private final FrameworkCatalog framework;
    private final EvidenceHistory evidence;
    private final PageScale scale;

    CompetencyPagesController(PeopleDirectory people, StudentProgress progress, FrameworkCatalog framework,
            EvidenceHistory evidence, PageScale scale) {
        this.scale = scale;
        this.people = people;
        this.progress = progress;
        this.framework = framework;
        this.evidence = evidence;
    }

    @GetMapping("/student/map")
    String map(Principal principal, Model model) {
        StudentView student = me(principal);
        StudentProgressView view = progress.progressOf(student.id());
        model.addAttribute("student", student);
        model.addAttribute("map", CompetencyMap.of(view.competencies(), framework.prerequisites(),
                framework.areas().stream().collect(Collectors.toMap(a -> a.code(), a -> a.name()))));
        return MAP;
    }

    @GetMapping("/student/competencies/{id}")
    String competency(@PathVariable long id, Principal principal, Model model) {
        StudentView student = me(principal);
        CompetencyProgress competency = progress.progressOf(student.id()).competencies().stream()
                .filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No competency " + id));
        List<ObjectiveView> objectives = framework.objectives().stream().filter(o -> o.competencyId() == id).toList();
        Set<Long> objectiveIds = objectives.stream().map(ObjectiveView::id).collect(Collectors.toSet());
        List<EvidenceView> history = evidence.historyOf(student.id()).stream()
                .filter(e -> e.scores().stream().anyMatch(s -> (s.competencyId() != null && s.competencyId() == id)
                        || (s.objectiveId() != null && objectiveIds.contains(s.objectiveId()))))
                .toList();
        Evaluation evaluation = progress.storedEvaluation(student.id()).orElseThrow();
        model.addAttribute("student", student);
        model.addAttribute("competency", competency);
        model.addAttribute("objectives", objectives.stream().map(o -> new ObjectiveLine(o,
                evaluation.objectiveMastery(o.id()).orElse(null))).toList());
        model.addAttribute("history", history);
        model.addAttribute("chart", ScoreChart.of(history, id, objectiveIds, scale.get()));
        model.addAttribute("scale", scale.get());
        return DETAIL;
    }

    /** One objective and where the student stands on it. */
    record ObjectiveLine(ObjectiveView objective, org.pathwayplanner.rules.Conclusions.Mastery mastery) {
    }

    private StudentView me(Principal principal) {
        return people.studentOfAccount(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("This account is not linked to a student record"));
    }
}
