package org.pathwayplanner.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.framework.FrameworkViews.ObjectiveView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.SectionView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StaleProgress;
import org.pathwayplanner.people.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A teacher records evidence for a whole class at once (students × learning objectives, one level per cell) and
 * corrects a record. Who may do either is {@link EvidencePolicy}'s; which dates evidence may carry,
 * {@link AssessmentDates}'.
 */
@Controller
class EvidencePagesController {

    static final String GRID = "evidence/classGrid";
    static final String CORRECTION = "evidence/correction";

    private final PeopleDirectory people;
    private final FrameworkCatalog framework;
    private final EvidenceRecorder recorder;
    private final EvidenceHistory history;
    private final EvidencePolicy policy;
    private final AssessmentDates dates;
    private final MessageSource messages;
    private final ObjectProvider<StaleProgress> staleProgress;

    EvidencePagesController(PeopleDirectory people, FrameworkCatalog framework, EvidenceRecorder recorder,
            EvidenceHistory history, EvidencePolicy policy, AssessmentDates dates, MessageSource messages,
            ObjectProvider<StaleProgress> staleProgress) {
        this.people = people;
        this.framework = framework;
        this.recorder = recorder;
        this.history = history;
        this.policy = policy;
        this.dates = dates;
        this.messages = messages;
        this.staleProgress = staleProgress;
    }

    @GetMapping("/teacher/sections/{sectionId}/evidence")
    String grid(@PathVariable long sectionId, @RequestParam(required = false) Long competency, Principal who,
            Model model) {
        return show(model, section(who, sectionId), competency, Map.of(), Map.of(), null, null, null);
    }

    /**
     * Records the grid (one transaction, in the recorder) and then, the results being computed, tells the teacher
     * which students' progress could not follow: the evidence is saved all the same.
     */
    @PostMapping("/teacher/sections/{sectionId}/evidence")
    String record(@PathVariable long sectionId, @RequestParam long competency, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String title, @RequestParam(required = false) LocalDate assessedOn,
            @RequestParam(defaultValue = "") String comment, @RequestParam Map<String, String> form, Principal who,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SectionView section = section(who, sectionId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank()) {
            errors.put("title", text("evidence.error.title", locale));
        }
        dates.refusalOf(assessedOn).ifPresent(refused -> errors.put(refused.field(), text(refused, locale)));
        EvidenceKind evidenceKind = parseKind(kind, errors, locale);
        Map<Long, List<Score>> scoresByStudent;
        try {
            scoresByStudent = scores(form);
            String refusal = refusal(section, competency, scoresByStudent);
            if (refusal != null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                errors.put("grid", refusal);
                return show(model, section, competency, errors, form, title, assessedOn, comment);
            }
        } catch (IllegalArgumentException malformed) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors.put("grid", malformed.getMessage());
            return show(model, section, competency, errors, form, title, assessedOn, comment);
        }
        if (scoresByStudent.isEmpty()) {
            errors.put("grid", text("evidence.error.noLevel", locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, section, competency, errors, form, title, assessedOn, comment);
        }
        Long assessor = people.staffOfAccount(who.getName()).map(s -> s.id()).orElse(null);
        recorder.recordAll(scoresByStudent.entrySet().stream().map(e -> new NewEvidence(e.getKey(), evidenceKind,
                title, assessedOn, assessor, comment.isBlank() ? null : comment, null, e.getValue())).toList());
        redirect.addFlashAttribute("recorded", scoresByStudent.size());
        StaleProgress stale = staleProgress.getIfAvailable();
        int staleCount = stale == null ? 0 : stale.staleAmong(scoresByStudent.keySet()).size();
        if (staleCount > 0) {
            redirect.addFlashAttribute("recordedStale", staleCount);
        }
        return "redirect:/teacher/sections/" + sectionId + "/evidence?competency=" + competency;
    }

    /** A correction: the same work re-scored (and re-dated if need be), with the reason; the original stays. */
    @GetMapping("/teacher/evidence/{evidenceId}/correct")
    String correction(@PathVariable long evidenceId, Authentication who, Locale locale, Model model,
            HttpServletResponse response) {
        Correctable original = correctable(who, evidenceId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (original.evidence.isSuperseded()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors.put("correction", text("evidence.error.alreadyCorrected", locale));
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        original.evidence.scores().forEach(s -> levels.put(s.key(), s.level()));
        return showCorrection(model, original, levels, String.valueOf(original.evidence.assessedOn()), "", errors);
    }

    @PostMapping("/teacher/evidence/{evidenceId}/correct")
    String correct(@PathVariable long evidenceId, @RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) String assessedOn, @RequestParam Map<String, String> form,
            Authentication who, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Correctable original = correctable(who, evidenceId);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        List<Score> scores = new ArrayList<>();
        for (EvidenceHistory.ScoreView score : original.evidence.scores()) {
            String posted = form.getOrDefault("level-" + score.key(), String.valueOf(score.level())).trim();
            try {
                int level = Integer.parseInt(posted);
                levels.put(score.key(), level);
                scores.add(new Score(score.objectiveId(), score.competencyId(), level));
            } catch (NumberFormatException notANumber) {
                levels.put(score.key(), score.level());
                errors.put("level-" + score.key(), text("evidence.error.level", locale));
            }
        }
        // Left out, the date stays the original's; given, it is the corrected date.
        String dateField = assessedOn == null ? String.valueOf(original.evidence.assessedOn()) : assessedOn.trim();
        LocalDate date = null;
        try {
            date = LocalDate.parse(dateField);
            dates.refusalOf(date).ifPresent(refused -> errors.put(refused.field(), text(refused, locale)));
        } catch (java.time.format.DateTimeParseException unreadable) {
            errors.put(AssessmentDates.FIELD, text("evidence.error.noDate", locale));
        }
        if (comment.isBlank()) {
            errors.put("comment", text("evidence.error.noReason", locale));
        }
        if (errors.isEmpty()) {
            try {
                recorder.correct(evidenceId, new NewEvidence(original.studentId, EvidenceKind.valueOf(original.evidence.kind()),
                        original.evidence.title(), date,
                        people.staffOfAccount(who.getName()).map(s -> s.id()).orElse(null), comment,
                        original.evidence.link(), scores));
                redirect.addFlashAttribute("corrected", true);
                return "redirect:/students/" + original.studentId;
            } catch (EvidenceRefused refused) {
                errors.put(refused.field(), text(refused, locale));
            } catch (IllegalStateException alreadyCorrected) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.put("correction", text("evidence.error.alreadyCorrected", locale));
                return showCorrection(model, original, levels, dateField, comment, errors);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showCorrection(model, original, levels, dateField, comment, errors);
    }

    /** Evidence the viewer may correct, and its student. */
    private record Correctable(long studentId, EvidenceHistory.EvidenceView evidence) {
    }

    /** The evidence, when the viewer may correct it ({@link EvidencePolicy#mayCorrect}); refused with 403 otherwise. */
    private Correctable correctable(Authentication who, long evidenceId) {
        if (policy.mayCorrect(Viewer.of(who), evidenceId) instanceof EvidencePolicy.Refused refused) {
            throw new AccessDeniedException(refused.reason());
        }
        long studentId = history.studentOf(evidenceId).orElseThrow();
        return new Correctable(studentId, history.historyOf(studentId).stream().filter(e -> e.id() == evidenceId)
                .findFirst().orElseThrow());
    }

    private String showCorrection(Model model, Correctable original, Map<String, Integer> levels,
            String assessedOn, String comment, Map<String, String> errors) {
        model.addAttribute("original", original.evidence);
        model.addAttribute("studentId", original.studentId);
        model.addAttribute("scale", framework.scale());
        model.addAttribute("targets", targets(original.evidence));
        model.addAttribute("levels", levels);
        model.addAttribute("assessedOn", assessedOn);
        model.addAttribute("comment", comment);
        model.addAttribute("errors", errors);
        return CORRECTION;
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private String text(EvidenceRefused refused, Locale locale) {
        return messages.getMessage(refused, locale);
    }

    private Map<String, String> targets(EvidenceHistory.EvidenceView evidence) {
        Map<Long, String> objectives = new java.util.HashMap<>();
        framework.objectives().forEach(o -> objectives.put(o.id(), o.title()));
        Map<Long, String> competencies = new java.util.HashMap<>();
        framework.competencies().forEach(c -> competencies.put(c.id(), c.title()));
        Map<String, String> names = new LinkedHashMap<>();
        evidence.scores().forEach(s -> names.put(s.key(),
                s.objectiveId() != null ? objectives.get(s.objectiveId()) : competencies.get(s.competencyId())));
        return names;
    }

    /** The grid; {@code errors} maps a field (or {@code grid}) to what is wrong with it, as the reader will read it. */
    private String show(Model model, SectionView section, Long competencyId, Map<String, String> errors,
            Map<String, String> form, String title, LocalDate assessedOn, String comment) {
        List<CompetencyView> competencies = policy.competenciesCoveredBy(section);
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
        model.addAttribute("assessedOn", assessedOn == null ? dates.today() : assessedOn);
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
        boolean competencyOfClass = policy.competenciesCoveredBy(section).stream().anyMatch(c -> c.id() == competencyId);
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

    private EvidenceKind parseKind(String kind, Map<String, String> errors, Locale locale) {
        try {
            return EvidenceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            errors.put("kind", text("evidence.error.kind", locale));
            return null;
        }
    }

    private SectionView section(Principal who, long sectionId) {
        return people.sectionOfTeacher(who.getName(), sectionId)
                .orElseThrow(() -> new AccessDeniedException("This class is not yours."));
    }
}
