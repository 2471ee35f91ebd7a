package org.pathwayplanner.credits;

import org.pathwayplanner.credits.CreditForms.AreaForm;
import org.pathwayplanner.credits.CreditForms.BundleForm;
import org.pathwayplanner.credits.CreditForms.RequirementForm;
import org.pathwayplanner.framework.ChangeRefused;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators look after the credit rules: credit areas, graduation requirements by graduating class,
 * and credit bundles. Items are retired, never deleted. ADMIN-only ({@code /admin/**}), CSRF on every post.
 */
@Controller
class CreditPagesController {

    static final String CREDITS = "credits/credits";
    static final String AREA = "credits/area";
    static final String REQUIREMENT = "credits/requirement";
    static final String BUNDLE = "credits/bundle";
    private static final String OVERVIEW = "redirect:/admin/credits";

    private final CreditCatalog catalog;
    private final CreditEditor editor;
    private final FrameworkCatalog framework;

    CreditPagesController(CreditCatalog catalog, CreditEditor editor, FrameworkCatalog framework) {
        this.catalog = catalog;
        this.editor = editor;
        this.framework = framework;
    }

    @InitBinder
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/credits")
    String credits(Model model) {
        model.addAttribute("areas", catalog.areaRows());
        model.addAttribute("requirements", catalog.requirementRows());
        model.addAttribute("bundles", catalog.bundleRows());
        return CREDITS;
    }

    // ------------------------------------------------------------------ credit areas

    @GetMapping("/admin/credits/areas/new")
    String newArea(Model model) {
        model.addAttribute("area", new AreaForm());
        model.addAttribute("areas", catalog.areaRows());
        return AREA;
    }

    @PostMapping("/admin/credits/areas")
    String createArea(@ModelAttribute("area") AreaForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("areas", catalog.areaRows());
        return save(result, redirect, "areaSaved", OVERVIEW + "#areas", AREA, () -> editor.addArea(form));
    }

    @GetMapping("/admin/credits/areas/{id}")
    String area(@PathVariable long id, Model model) {
        CreditAdminViews.AreaRow row = areaRow(id);
        model.addAttribute("area", AreaForm.of(row));
        model.addAttribute("areaRow", row);
        model.addAttribute("areas", catalog.areaRows());
        return AREA;
    }

    @PostMapping("/admin/credits/areas/{id}")
    String reviseArea(@PathVariable long id, @ModelAttribute("area") AreaForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CreditAdminViews.AreaRow row = areaRow(id);
        form.setCode(row.code());
        model.addAttribute("areaRow", row);
        model.addAttribute("areas", catalog.areaRows());
        return save(result, redirect, "areaSaved", OVERVIEW + "#areas", AREA, () -> editor.reviseArea(id, form));
    }

    @PostMapping("/admin/credits/areas/{id}/retire")
    String retireArea(@PathVariable long id, RedirectAttributes redirect) {
        try {
            editor.retireArea(id);
            redirect.addFlashAttribute("message", "areaRetired");
            return OVERVIEW + "#areas";
        } catch (ChangeRefused e) {
            redirect.addFlashAttribute("retireError", e.reasons().get(0));
            return "redirect:/admin/credits/areas/" + id;
        }
    }

    private CreditAdminViews.AreaRow areaRow(long id) {
        return catalog.areaRows().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No credit area " + id));
    }

    // ------------------------------------------------------------------ graduation requirements

    @GetMapping("/admin/credits/requirements/new")
    String newRequirement(Model model) {
        model.addAttribute("requirement", new RequirementForm());
        return requirementPage(null, model);
    }

    @PostMapping("/admin/credits/requirements")
    String createRequirement(@ModelAttribute("requirement") RequirementForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requirementPage(null, model);
        return save(result, redirect, "requirementSaved", OVERVIEW + "#requirements", REQUIREMENT,
                () -> editor.addRequirement(form));
    }

    @GetMapping("/admin/credits/requirements/{id}")
    String requirement(@PathVariable long id, Model model) {
        model.addAttribute("requirement", RequirementForm.of(requirementRow(id)));
        return requirementPage(id, model);
    }

    @PostMapping("/admin/credits/requirements/{id}")
    String reviseRequirement(@PathVariable long id, @ModelAttribute("requirement") RequirementForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        requirementPage(id, model);
        return save(result, redirect, "requirementSaved", OVERVIEW + "#requirements", REQUIREMENT,
                () -> editor.reviseRequirement(id, form));
    }

    @PostMapping("/admin/credits/requirements/{id}/retire")
    String retireRequirement(@PathVariable long id, RedirectAttributes redirect) {
        requirementRow(id);
        editor.retireRequirement(id);
        redirect.addFlashAttribute("message", "requirementRetired");
        return OVERVIEW + "#requirements";
    }

    private String requirementPage(Long id, Model model) {
        model.addAttribute("areas", catalog.areaRows().stream().filter(a -> !a.retired()).toList());
        if (id != null) {
            model.addAttribute("requirementRow", requirementRow(id));
        }
        return REQUIREMENT;
    }

    private CreditAdminViews.RequirementRow requirementRow(long id) {
        return catalog.requirementRows().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No requirement " + id));
    }

    // ------------------------------------------------------------------ credit bundles

    @GetMapping("/admin/credits/bundles/new")
    String newBundle(Model model) {
        model.addAttribute("bundle", new BundleForm());
        return bundlePage(null, model);
    }

    @PostMapping("/admin/credits/bundles")
    String createBundle(@ModelAttribute("bundle") BundleForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        bundlePage(null, model);
        return save(result, redirect, "bundleSaved", OVERVIEW + "#bundles", BUNDLE, () -> editor.addBundle(form));
    }

    @GetMapping("/admin/credits/bundles/{id}")
    String bundle(@PathVariable long id, Model model) {
        model.addAttribute("bundle", BundleForm.of(bundleRow(id)));
        return bundlePage(id, model);
    }

    @PostMapping("/admin/credits/bundles/{id}")
    String reviseBundle(@PathVariable long id, @ModelAttribute("bundle") BundleForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        form.setCode(bundleRow(id).code());
        bundlePage(id, model);
        return save(result, redirect, "bundleSaved", OVERVIEW + "#bundles", BUNDLE,
                () -> editor.reviseBundle(id, form));
    }

    @PostMapping("/admin/credits/bundles/{id}/retire")
    String retireBundle(@PathVariable long id, RedirectAttributes redirect) {
        bundleRow(id);
        editor.retireBundle(id);
        redirect.addFlashAttribute("message", "bundleRetired");
        return OVERVIEW + "#bundles";
    }

    private String bundlePage(Long id, Model model) {
        model.addAttribute("areas", catalog.areaRows().stream().filter(a -> !a.retired()).toList());
        model.addAttribute("competencies", framework.competencies());
        if (id != null) {
            model.addAttribute("bundleRow", bundleRow(id));
        }
        return BUNDLE;
    }

    private CreditAdminViews.BundleRow bundleRow(long id) {
        return catalog.bundleRows().stream().filter(b -> b.id() == id).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No credit bundle " + id));
    }

    /** Runs the change unless the form did not bind; a refusal goes back to the form, beside its fields. */
    private static String save(BindingResult result, RedirectAttributes redirect, String message, String done,
            String form, Runnable change) {
        if (result.hasErrors()) {
            return form;
        }
        try {
            change.run();
        } catch (ChangeRefused e) {
            Refusals.show(e, result);
            return form;
        }
        redirect.addFlashAttribute("message", message);
        return done;
    }
}
