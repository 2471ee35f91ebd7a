package org.pathwayplanner.framework.casepackage;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.framework.casepackage.ItemTypeMapping.Target;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The administrator's import of a CASE framework: upload, mapping of item types, dry run, import. */
@Controller
@RequestMapping("/admin/imports/framework")
class CaseImportPagesController {

    static final String PAGE = "framework/case-import";

    private final CaseFrameworkImports imports;

    CaseImportPagesController(CaseFrameworkImports imports) {
        this.imports = imports;
    }

    @GetMapping
    String start(Model model) {
        return uploadStep(model);
    }

    @PostMapping
    String upload(@RequestParam(value = "file", required = false) MultipartFile file, Model model, Principal who,
            jakarta.servlet.http.HttpServletResponse response) throws IOException {
        String name = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "(no file)" : file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
        CaseFrameworkImports.Upload upload = imports.upload(who.getName(), name,
                file == null ? new byte[0] : file.getBytes());
        if (upload.token() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", upload.problems());
            return uploadStep(model);
        }
        return "redirect:/admin/imports/framework/" + upload.token();
    }

    @GetMapping("/{token}")
    String mapping(@PathVariable String token, Model model, Principal who) {
        CaseFrameworkImports.Mapping mapping = imports.mapping(token, who.getName());
        model.addAttribute("step", "mapping");
        model.addAttribute("token", token);
        model.addAttribute("file", mapping.fileName());
        model.addAttribute("documentTitle", mapping.documentTitle());
        model.addAttribute("types", mapping.types());
        model.addAttribute("chosen", mapping.mapping().targets());
        model.addAttribute("targets", Target.values());
        return PAGE;
    }

    @PostMapping("/{token}/dry-run")
    String dryRun(@PathVariable String token, @RequestParam(value = "types", required = false) List<String> types,
            @RequestParam(value = "targets", required = false) List<Target> targets, Model model, Principal who) {
        Map<String, Target> chosen = new LinkedHashMap<>();
        if (types != null && targets != null) {
            for (int i = 0; i < Math.min(types.size(), targets.size()); i++) {
                chosen.put(types.get(i), targets.get(i));
            }
        }
        CaseFrameworkImports.Step step = imports.dryRun(token, who.getName(), new ItemTypeMapping(chosen));
        return result("dry-run", token, step, model);
    }

    @PostMapping("/{token}/import")
    String importNow(@PathVariable String token, @RequestParam(value = "hash", defaultValue = "") String hash,
            Model model, Principal who, jakarta.servlet.http.HttpServletResponse response) {
        CaseFrameworkImports.Step step = imports.importNow(token, who.getName(), hash);
        if (!step.written()) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return result(step.written() ? "imported" : "refused", token, step, model);
    }

    private String uploadStep(Model model) {
        model.addAttribute("step", "upload");
        model.addAttribute("maxKb", imports.maxBytes() / 1000);
        model.addAttribute("ownPackage", CaseApiController.BASE + "/CFPackages/" + CasePackageExport.DOCUMENT);
        return PAGE;
    }

    private String result(String stepName, String token, CaseFrameworkImports.Step step, Model model) {
        model.addAttribute("step", stepName);
        model.addAttribute("token", token);
        model.addAttribute("file", step.fileName());
        model.addAttribute("counts", step.counts());
        model.addAttribute("problems", step.problems());
        model.addAttribute("leftAside", step.associationsLeftAside());
        model.addAttribute("hash", step.hash());
        return PAGE;
    }
}
