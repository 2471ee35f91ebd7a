package org.pathwayplanner.evidence;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.framework.FrameworkViews.ObjectiveView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.SectionView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A teacher records evidence for a whole class at once: students × learning objectives, one level per cell. */
@Controller
class EvidencePagesController {

    static final String GRID = "evidence/classGrid";
    static final String CORRECTION = "evidence/correction";

    private final PeopleDirectory people;
    private final FrameworkCatalog framework;
    private final EvidenceRecorder recorder;
    private final EvidenceHistory history;
    private final org.pathwayplanner.people.StudentAccess access;

    EvidencePagesController(PeopleDirectory people, FrameworkCatalog framework, EvidenceRecorder recorder,
            EvidenceHistory history, org.pathwayplanner.people.StudentAccess access) {
        this.people = people;
        this.framework = framework;
        this.recorder = recorder;
        this.history = history;
        this.access = access;
    }

    @GetMapping("/teacher/sections/{sectionId}/evidence")
    String grid(@PathVariable long sectionId, @RequestParam(required = false) Long competency, Principal who,
            Model model) {
        return show(model, section(who, sectionId), competency, Map.of(), Map.of(), null, null, null);
    }

    @PostMapping("/teacher/sections/{sectionId}/evidence")
    @Transactional
    String record(@PathVariable long sectionId, @RequestParam long competency, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String title, @RequestParam(required = false) LocalDate assessedOn,
            @RequestParam(defaultValue = "") String comment, @RequestParam Map<String, String> form, Principal who,
            Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        SectionView section = section(who, sectionId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank()) {
            errors.put("title", "evidence.error.title");
        }
        if (assessedOn == null) {
            errors.put("assessedOn", "evidence.error.noDate");
        } else if (assessedOn.isAfter(LocalDate.now())) {
            errors.put("assessedOn", "evidence.error.futureDate");
        }
        EvidenceKind evidenceKind = parseKind(kind, errors);
        Map<Long, List<Score>> scoresByStudent;
        try {
            scoresByStudent = scores(form);
            String refusal = refusal(section, competency, scoresByStudent);
            if (refusal != null) {
                response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
                errors.put("grid", refusal);
                return show(model, section, competency, errors, form, title, assessedOn, comment);
            }
        } catch (IllegalArgumentException malformed) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
            errors.put("grid", malformed.getMessage());
            return show(model, section, competency, errors, form, title, assessedOn, comment);
        }
        if (scoresByStudent.isEmpty()) {
            errors.put("grid", "evidence.error.noLevel");
        }
        if (!errors.isEmpty()) {
            return show(model, section, competency, errors, form, title, assessedOn, comment);
        }
        Long assessor = people.staffOfAccount(who.getName()).map(s -> s.id()).orElse(null);
        scoresByStudent.forEach((student, scores) -> recorder.record(new NewEvidence(student, evidenceKind, title,
                assessedOn, assessor, comment.isBlank() ? null : comment, null, scores)));
        redirect.addFlashAttribute("recorded", scoresByStudent.size());
        return "redirect:/teacher/sections/" + sectionId + "/evidence?competency=" + competency;
    }

    /** A correction: the same work re-scored, with the reason; the original stays in the history. */
    @GetMapping("/teacher/evidence/{evidenceId}/correct")
    String correction(@PathVariable long evidenceId, Principal who, Model model) {
        EvidenceHistory.EvidenceView original = ownStudentsEvidence(who, evidenceId);
        model.addAttribute("original", original);
        model.addAttribute("studentId", history.studentOf(evidenceId).orElseThrow());
        model.addAttribute("scale", framework.scale());
        model.addAttribute("targets", targets(original));
        Map<String, Integer> levels = new LinkedHashMap<>();
        original.scores().forEach(s -> levels.put(s.objectiveId() != null ? "o" + s.objectiveId() : "c" + s.competencyId(),
                s.level()));
        model.addAttribute("levels", levels);
        return CORRECTION;
    }

    @PostMapping("/teacher/evidence/{evidenceId}/correct")
    String correct(@PathVariable long evidenceId, @RequestParam(defaultValue = "") String comment,
            @RequestParam Map<String, String> form, Principal who, Model model, RedirectAttributes redirect) {
        EvidenceHistory.EvidenceView original = ownStudentsEvidence(who, evidenceId);
        long studentId = history.studentOf(evidenceId).orElseThrow();
        List<Score> scores = new ArrayList<>();
        for (EvidenceHistory.ScoreView score : original.scores()) {
            String key = score.objectiveId() != null ? "o" + score.objectiveId() : "c" + score.competencyId();
            int level = Integer.parseInt(form.getOrDefault("level-" + key, String.valueOf(score.level())));
            scores.add(new Score(score.objectiveId(), score.competencyId(), level));
        }
        if (comment.isBlank()) {
            model.addAttribute("commentError", "evidence.error.noReason");
            return correction(evidenceId, who, model);
        }
        try {
            recorder.correct(evidenceId, new NewEvidence(studentId, EvidenceKind.valueOf(original.kind()),
                    original.title(), original.assessedOn(), people.staffOfAccount(who.getName()).map(s -> s.id())
                    .orElse(null), comment, original.link(), scores));
        } catch (IllegalStateException | IllegalArgumentException e) {
            model.addAttribute("commentError", e.getMessage());
            return correction(evidenceId, who, model);
        }
        redirect.addFlashAttribute("corrected", true);
        return "redirect:/students/" + studentId;
    }

    private EvidenceHistory.EvidenceView ownStudentsEvidence(Principal who, long evidenceId) {
        long studentId = history.studentOf(evidenceId)
                .orElseThrow(() -> new java.util.NoSuchElementException("No evidence " + evidenceId));
        if (!access.maySee(who.getName(), org.pathwayplanner.people.Role.TEACHER, studentId)) {
            throw new AccessDeniedException("Only a teacher of this student may correct their evidence.");
        }
        return history.historyOf(studentId).stream().filter(e -> e.id() == evidenceId).findFirst().orElseThrow();
    }

    private Map<String, String> targets(EvidenceHistory.EvidenceView evidence) {
        Map<Long, String> objectives = new java.util.HashMap<>();
        framework.objectives().forEach(o -> objectives.put(o.id(), o.title()));
        Map<Long, String> competencies = new java.util.HashMap<>();
        framework.competencies().forEach(c -> competencies.put(c.id(), c.title()));
        Map<String, String> names = new LinkedHashMap<>();
        evidence.scores().forEach(s -> names.put(s.objectiveId() != null ? "o" + s.objectiveId() : "c" + s.competencyId(),
                s.objectiveId() != null ? objectives.get(s.objectiveId()) : competencies.get(s.competencyId())));
        return names;
    }

    private String show(Model model, SectionView section, Long competencyId, Map<String, String> errors,
            Map<String, String> form, String title, LocalDate assessedOn, String comment) {
        List<CompetencyView> competencies = sectionCompetencies(section);
        CompetencyView chosen = competencies.stream().filter(c -> competencyId != null && c.id() == competencyId)
                .findFirst().orElse(competencies.isEmpty() ? null : competencies.get(0));
        List<ObjectiveView> objectives = chosen == null ? List.of()
                : framework.objectives().stream().filter(o -> o.competencyId() == chosen.id()).toList();
        List<StudentView> students = people.studentsOfSection(section.id());
        model.addAttribute("section", section);
        model.addAttribute("competencies", competencies);
        model.addAttribute("competency", chosen);
        model.addAttribute("objectives", objectives);
        model.addAttribute("students", students);
        model.addAttribute("scale", framework.scale());
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("evidenceTitle", title);
        model.addAttribute("assessedOn", assessedOn == null ? LocalDate.now() : assessedOn);
        model.addAttribute("comment", comment);
        return GRID;
    }

    /** Cells are named level-{studentId}-{objectiveId}; an empty cell is no score. */
    private static Map<Long, List<Score>> scores(Map<String, String> form) {
        Map<Long, List<Score>> byStudent = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("level-") && !value.isBlank()) {
                String[] parts = name.split("-");
                try {
                    if (parts.length != 3) {
                        throw new NumberFormatException(name);
                    }
                    byStudent.computeIfAbsent(Long.valueOf(parts[1]), s -> new ArrayList<>())
                            .add(Score.forObjective(Long.parseLong(parts[2]), Integer.parseInt(value.trim())));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("The grid cell " + name + " = " + value
                            + " is not a student, a learning objective and a level");
                }
            }
        });
        return byStudent;
    }

    /**
     * Why the grid may not be recorded as posted, or null: every student must be enrolled in the class, every
     * objective must belong to the chosen competency (one of the class's), every level must be on the scale.
     * The form's cell names come from the browser, so they are checked, never trusted.
     */
    private String refusal(SectionView section, long competencyId, Map<Long, List<Score>> scoresByStudent) {
        boolean competencyOfClass = sectionCompetencies(section).stream().anyMatch(c -> c.id() == competencyId);
        if (!competencyOfClass) {
            return "Competency " + competencyId + " is not taught in " + section.name() + "; nothing was recorded";
        }
        java.util.Set<Long> enrolled = new java.util.HashSet<>();
        people.studentsOfSection(section.id()).forEach(s -> enrolled.add(s.id()));
        java.util.Set<Long> objectives = new java.util.HashSet<>();
        framework.objectives().stream().filter(o -> o.competencyId() == competencyId).forEach(o -> objectives.add(o.id()));
        var scale = framework.scale();
        for (Map.Entry<Long, List<Score>> entry : scoresByStudent.entrySet()) {
            if (!enrolled.contains(entry.getKey())) {
                return "Student " + entry.getKey() + " is not enrolled in " + section.name() + "; nothing was recorded";
            }
            for (Score score : entry.getValue()) {
                if (!objectives.contains(score.objectiveId())) {
                    return "Learning objective " + score.objectiveId()
                            + " does not belong to the chosen competency; nothing was recorded";
                }
                if (score.level() < scale.minLevel() || score.level() > scale.maxLevel()) {
                    return "Level " + score.level() + " is not on the proficiency scale (" + scale.minLevel() + "-"
                            + scale.maxLevel() + "); nothing was recorded";
                }
            }
        }
        return null;
    }

    private List<CompetencyView> sectionCompetencies(SectionView section) {
        return framework.competencies().stream()
                .filter(c -> section.contentAreaId() == null || c.areaCode() != null
                        && framework.areas().stream().anyMatch(a -> a.id() == section.contentAreaId()
                        && a.code().equals(c.areaCode())))
                .toList();
    }

    private static EvidenceKind parseKind(String kind, Map<String, String> errors) {
        try {
            return EvidenceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            errors.put("kind", "evidence.error.kind");
            return null;
        }
    }

    private SectionView section(Principal who, long sectionId) {
        return people.sectionOfTeacher(who.getName(), sectionId)
                .orElseThrow(() -> new AccessDeniedException("This class is not yours."));
    }
}
