package org.pathwayplanner.evidence.gradebook;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for gradebook evidence: upload, dry run, import, and the imports so far with their undo. */
@Controller
class EvidenceImportPagesController {

    static final String PAGE = "evidence/gradebookImport";

    private final EvidenceImports imports;

    EvidenceImportPagesController(EvidenceImports imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/imports/evidence")
    String page(Model model) {
        return show(model);
    }

    @PostMapping("/admin/imports/evidence/dry-run")
    String dryRun(@RequestParam("file") MultipartFile file, Principal who, Model model, HttpServletResponse response)
            throws IOException {
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("noFile", true);
            return show(model);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "evidence.csv"
                : file.getOriginalFilename();
        EvidenceImports.Preview preview = imports.dryRun(name, file.getBytes(), who.getName());
        if (preview.token() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("preview", preview.plan());
        model.addAttribute("counts", preview.plan().counts().files().get(0));
        model.addAttribute("token", preview.token());
        return show(model);
    }

    @PostMapping("/admin/imports/evidence/import")
    String importPreviewed(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String sha256,
            Principal who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        EvidenceImports.Imported imported = imports.importPreviewed(token, sha256, who.getName());
        if (imported.expired()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("expired", true);
            return show(model);
        }
        if (!imported.done()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("preview", imported.plan());
            model.addAttribute("counts", imported.plan().counts().files().get(0));
            model.addAttribute("changedSince", true);
            return show(model);
        }
        var counts = imported.plan().counts().files().get(0);
        redirect.addFlashAttribute("importedCounts", counts);
        redirect.addFlashAttribute("importedFile", imported.plan().fileName());
        return "redirect:/admin/imports/evidence";
    }

    @PostMapping("/admin/imports/evidence/{importId}/undo")
    String undo(@PathVariable long importId, Principal who, RedirectAttributes redirect) {
        ImportWriter.Undone undone = imports.undo(importId, who.getName());
        redirect.addFlashAttribute("undoneImport", importId);
        redirect.addFlashAttribute("undone", undone);
        return "redirect:/admin/imports/evidence";
    }

    private String show(Model model) {
        model.addAttribute("imports", imports.newest());
        model.addAttribute("kinds", GradebookReader.importableKinds());
        return PAGE;
    }
}
