package org.pathwayplanner.framework;

import java.util.Map;
import java.util.TreeMap;
import org.pathwayplanner.framework.FrameworkForms.AreaForm;
import org.pathwayplanner.framework.FrameworkForms.CompetencyForm;
import org.pathwayplanner.framework.FrameworkForms.LevelForm;
import org.pathwayplanner.framework.FrameworkForms.ObjectiveForm;
import org.pathwayplanner.framework.FrameworkForms.StandardForm;
import org.pathwayplanner.rules.CalculationMethods;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators look after the framework: content areas, competencies with their objectives,
 * prerequisites and standards alignments, state standards, and the proficiency scale. Items are
 * retired, never deleted. The address space is ADMIN-only ({@code /admin/**}); every post carries CSRF.
 */
@Controller
class FrameworkPagesController {

    static final String FRAMEWORK = "framework/framework";
    static final String AREA = "framework/area";
    static final String COMPETENCY = "framework/competency";
    static final String OBJECTIVE = "framework/objective";
    static final String STANDARDS = "framework/standards";

    private final FrameworkCatalog catalog;
    private final FrameworkEditor editor;

    FrameworkPagesController(FrameworkCatalog catalog, FrameworkEditor editor) {
        this.catalog = catalog;
        this.editor = editor;
    }

    @InitBinder
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    // ------------------------------------------------------------------ overview and scale

    @GetMapping("/admin/framework")
    String framework(Model model) {
        model.addAttribute("areas", catalog.areaRows());
        model.addAttribute("competencies", catalog.competencyRows());
        model.addAttribute("scale", catalog.scale());
        if (!model.containsAttribute("level")) {
            model.addAttribute("level", new LevelForm());
        }
        return FRAMEWORK;
    }

    @PostMapping("/admin/framework/scale")
    String scale(@RequestParam int threshold, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<Integer, String> labels = new TreeMap<>();
        form.forEach((name, label) -> {
            if (name.startsWith("label-")) {
                labels.put(Integer.parseInt(name.substring(6)), label);
            }
        });
        try {
            editor.updateScale(labels, threshold);
            redirect.addFlashAttribute("message", "scaleSaved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("scaleError", e.getMessage());
        }
        return "redirect:/admin/framework#scale";
    }

    @PostMapping("/admin/framework/scale/levels")
    String addLevel(@ModelAttribute("level") LevelForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                editor.addLevel(form);
                redirect.addFlashAttribute("message", "levelAdded");
                return "redirect:/admin/framework#scale";
            } catch (ChangeRefused e) {
                Refusals.show(e, result);
            }
        }
        return framework(model);
    }

    @PostMapping("/admin/framework/scale/levels/{value}/remove")
    String removeLevel(@PathVariable int value, RedirectAttributes redirect) {
        try {
            editor.removeLevel(value);
            redirect.addFlashAttribute("message", "levelRemoved");
        } catch (ChangeRefused e) {
            redirect.addFlashAttribute("levelError", e.reasons().get(0));
        }
        return "redirect:/admin/framework#scale";
    }

    // ------------------------------------------------------------------ content areas

    @GetMapping("/admin/framework/areas/new")
    String newArea(Model model) {
        model.addAttribute("area", new AreaForm());
        return AREA;
    }

    @PostMapping("/admin/framework/areas")
    String createArea(@ModelAttribute("area") AreaForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                editor.addArea(form);
                redirect.addFlashAttribute("message", "areaSaved");
                return "redirect:/admin/framework#areas";
            } catch (ChangeRefused e) {
                Refusals.show(e, result);
            }
        }
        return AREA;
    }

    @GetMapping("/admin/framework/areas/{id}")
    String area(@PathVariable long id, Model model) {
        ContentAreaLoaded loaded = loadArea(id);
        model.addAttribute("area", AreaForm.of(loaded.area()));
        model.addAttribute("areaRow", loaded.row());
        return AREA;
    }

    @PostMapping("/admin/framework/areas/{id}")
    String reviseArea(@PathVariable long id, @ModelAttribute("area") AreaForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ContentAreaLoaded loaded = loadArea(id);
        if (!result.hasErrors()) {
            try {
                editor.renameArea(id, form);
                redirect.addFlashAttribute("message", "areaSaved");
                return "redirect:/admin/framework#areas";
            } catch (ChangeRefused e) {
                Refusals.show(e, result);
            }
        }
        form.setCode(loaded.area().getCode());
        model.addAttribute("areaRow", loaded.row());
        return AREA;
    }

    @PostMapping("/admin/framework/areas/{id}/retire")
    String retireArea(@PathVariable long id, RedirectAttributes redirect) {
        try {
            editor.retireArea(id);
            redirect.addFlashAttribute("message", "areaRetired");
            return "redirect:/admin/framework#areas";
        } catch (ChangeRefused e) {
            redirect.addFlashAttribute("retireError", e.reasons().get(0));
            return "redirect:/admin/framework/areas/" + id;
        }
    }

    private record ContentAreaLoaded(ContentArea area, AdminViews.AreaRow row) {
    }

    private ContentAreaLoaded loadArea(long id) {
        ContentArea area = editor.area(id);
        return new ContentAreaLoaded(area, catalog.areaRows().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow());
    }

    // ------------------------------------------------------------------ competencies

    @GetMapping("/admin/framework/competencies/new")
    String newCompetency(Model model) {
        model.addAttribute("competency", new CompetencyForm());
        return competencyPage(null, model);
    }

    @PostMapping("/admin/framework/competencies")
    String createCompetency(@ModelAttribute("competency") CompetencyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Competency created = editor.createCompetency(form);
                redirect.addFlashAttribute("message", "competencySaved");
                return "redirect:/admin/framework/competencies/" + created.getId();
            } catch (ChangeRefused e) {
                Refusals.show(e, result);
            }
        }
        return competencyPage(null, model);
    }

    @GetMapping("/admin/framework/competencies/{id}")
    String competency(@PathVariable long id, Model model) {
        model.addAttribute("competency", CompetencyForm.of(editor.find(id)));
        return competencyPage(id, model);
    }

    @PostMapping("/admin/framework/competencies/{id}")
    String reviseCompetency(@PathVariable long id, @ModelAttribute("competency") CompetencyForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.setCode(editor.find(id).getCode());
        if (!result.hasErrors()) {
            try {
                editor.reviseCompetency(id, form);
                redirect.addFlashAttribute("message", "competencySaved");
                return "redirect:/admin/framework/competencies/" + id;
            } catch (ChangeRefused e) {
                Refusals.show(e, result);
            }
        }
        return competencyPage(id, model);
    }

    @PostMapping("/admin/framework/competencies/{id}/retire")
    String retireCompetency(@PathVariable long id, RedirectAttributes redirect) {
        editor.retireCompetency(id);
        redirect.addFlashAttribute("message", "competencyRetired");
        return "redirect:/admin/framework/competencies/" + id;
    }

    @PostMapping("/admin/framework/competencies/{id}/objectives")
    String addObjective(@PathVariable long id, @ModelAttribute("objective") ObjectiveForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                editor.addObjective(id, form);
                redirect.addFlashAttribute("message", "objectiveAdded");
                return "redirect:/admin/framework/competencies/" + id + "#objectives";
            } catch (ChangeRefused e) {
                Refusals.show(e, result);
            }
        }
        model.addAttribute("competency", CompetencyForm.of(editor.find(id)));
        return competencyPage(id, model);
    }

    @PostMapping("/admin/framework/competencies/{id}/standards")
    String align(@PathVariable long id, @RequestParam long standardId, RedirectAttributes redirect) {
        editor.align(id, standardId);
        redirect.addFlashAttribute("message", "standardAligned");
        return "redirect:/admin/framework/competencies/" + id + "#standards";
    }

    @PostMapping("/admin/framework/competencies/{id}/standards/{standardId}/remove")
    String unalign(@PathVariable long id, @PathVariable long standardId, RedirectAttributes redirect) {
        editor.unalign(id, standardId);
        redirect.addFlashAttribute("message", "standardUnaligned");
        return "redirect:/admin/framework/competencies/" + id + "#standards";
    }

    private String competencyPage(Long id, Model model) {
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("methods", CalculationMethods.ALL);
        if (id != null) {
            model.addAttribute("detail", catalog.competencyDetail(id).orElseThrow());
            model.addAttribute("others", catalog.competencies().stream().filter(c -> c.id() != id).toList());
            model.addAttribute("standards", catalog.standardRows());
            if (!model.containsAttribute("objective")) {
                model.addAttribute("objective", new ObjectiveForm());
            }
        }
        return COMPETENCY;
    }

    // ------------------------------------------------------------------ learning objectives

    @GetMapping("/admin/framework/objectives/{id}")
    String objective(@PathVariable long id, Model model) {
        model.addAttribute("objective", ObjectiveForm.of(editor.objective(id)));
        return objectivePage(id, model);
    }

    @PostMapping("/admin/framework/objectives/{id}")
    String reviseObjective(@PathVariable long id, @ModelAttribute("objective") ObjectiveForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        AdminViews.ObjectiveRow row = catalog.objectiveRow(id).orElseThrow();
        if (!result.hasErrors()) {
            try {
                editor.reviseObjective(id, form);
                redirect.addFlashAttribute("message", "objectiveSaved");
                return "redirect:/admin/framework/competencies/" + row.competencyId() + "#objectives";
            } catch (ChangeRefused e) {
                Refusals.show(e, result);
            }
        }
        return objectivePage(id, model);
    }

    @PostMapping("/admin/framework/objectives/{id}/retire")
    String retireObjective(@PathVariable long id, RedirectAttributes redirect) {
        AdminViews.ObjectiveRow row = catalog.objectiveRow(id).orElseThrow();
        editor.retireObjective(id);
        redirect.addFlashAttribute("message", "objectiveRetired");
        return "redirect:/admin/framework/competencies/" + row.competencyId() + "#objectives";
    }

    private String objectivePage(long id, Model model) {
        AdminViews.ObjectiveRow row = catalog.objectiveRow(id).orElseThrow();
        model.addAttribute("objectiveRow", row);
        model.addAttribute("owner", catalog.competency(row.competencyId()).orElseThrow());
        return OBJECTIVE;
    }

    // ------------------------------------------------------------------ prerequisites

    @PostMapping("/admin/framework/prerequisites")
    String addPrerequisite(@RequestParam long competencyId, @RequestParam long prerequisiteId,
            @RequestParam(required = false) String from, RedirectAttributes redirect) {
        try {
            editor.addPrerequisite(competencyId, prerequisiteId);
            redirect.addFlashAttribute("message", "prerequisiteAdded");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("prerequisiteError", e.getMessage());
        }
        return "competency".equals(from) ? "redirect:/admin/framework/competencies/" + competencyId + "#prerequisites"
                : "redirect:/admin/framework#prerequisites";
    }

    @PostMapping("/admin/framework/prerequisites/remove")
    String removePrerequisite(@RequestParam long competencyId, @RequestParam long prerequisiteId,
            RedirectAttributes redirect) {
        editor.removePrerequisite(competencyId, prerequisiteId);
        redirect.addFlashAttribute("message", "prerequisiteRemoved");
        return "redirect:/admin/framework/competencies/" + competencyId + "#prerequisites";
    }

    // ------------------------------------------------------------------ state standards

    @GetMapping("/admin/framework/standards")
    String standards(Model model) {
        model.addAttribute("standards", catalog.standardRows());
        if (!model.containsAttribute("standard")) {
            model.addAttribute("standard", new StandardForm());
        }
        return STANDARDS;
    }

    @PostMapping("/admin/framework/standards")
    String addStandard(@ModelAttribute("standard") StandardForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                editor.addStandard(form);
                redirect.addFlashAttribute("message", "standardSaved");
                return "redirect:/admin/framework/standards";
            } catch (ChangeRefused e) {
                Refusals.show(e, result);
            }
        }
        return standards(model);
    }
}
