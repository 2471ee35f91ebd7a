package org.pathwayplanner.framework;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators look after the framework: competencies with objectives and prerequisites, and the scale. */
@Controller
class FrameworkPagesController {

    static final String FRAMEWORK = "framework/framework";

    private final FrameworkCatalog catalog;
    private final FrameworkEditor editor;

    FrameworkPagesController(FrameworkCatalog catalog, FrameworkEditor editor) {
        this.catalog = catalog;
        this.editor = editor;
    }

    @GetMapping("/admin/framework")
    String framework(Model model) {
        var competencies = catalog.competencies();
        var byId = competencies.stream().collect(java.util.stream.Collectors.toMap(FrameworkViews.CompetencyView::id,
                c -> c));
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("competencies", competencies);
        model.addAttribute("objectives", catalog.objectives().stream()
                .collect(java.util.stream.Collectors.groupingBy(FrameworkViews.ObjectiveView::competencyId)));
        model.addAttribute("prerequisites", catalog.prerequisites().stream()
                .collect(java.util.stream.Collectors.groupingBy(FrameworkViews.PrerequisiteEdge::competencyId,
                        java.util.stream.Collectors.mapping(e -> byId.get(e.prerequisiteId()).code(),
                                java.util.stream.Collectors.toList()))));
        model.addAttribute("scale", catalog.scale());
        return FRAMEWORK;
    }

    @PostMapping("/admin/framework/prerequisites")
    String addPrerequisite(@RequestParam long competencyId, @RequestParam long prerequisiteId,
            RedirectAttributes redirect) {
        try {
            editor.addPrerequisite(competencyId, prerequisiteId);
            redirect.addFlashAttribute("message", "prerequisiteAdded");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("prerequisiteError", e.getMessage());
        }
        return "redirect:/admin/framework#prerequisites";
    }

    @PostMapping("/admin/framework/scale")
    String scale(@RequestParam int threshold, @RequestParam java.util.Map<String, String> form,
            RedirectAttributes redirect) {
        java.util.Map<Integer, String> labels = new java.util.TreeMap<>();
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
}
