package org.pathwayplanner.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pathwayplanner.rules.RuleBuildException;
import org.pathwayplanner.rules.RuleProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' rules area: files of the version in use, the editor, versions, diff, audit. */
@Controller
@RequestMapping("/admin/rules")
class RulesAdminController {

    static final String RULES = "policy/rules";
    static final String EDITOR = "policy/ruleEditor";
    static final String DIFF = "policy/ruleDiff";
    private static final java.util.Set<String> ACTIONS = java.util.Set.of("validate", "preview", "publish");

    private final RulePublisher publisher;
    private final RuleDrafts drafts;
    private final ShippedRulesUpgrade upgrade;
    private final PreviewPage previewPage;
    private final DistrictPreviews previews;

    RulesAdminController(RulePublisher publisher, RuleDrafts drafts, ShippedRulesUpgrade upgrade,
            PreviewPage previewPage, DistrictPreviews previews) {
        this.publisher = publisher;
        this.previews = previews;
        this.previewPage = previewPage;
        this.drafts = drafts;
        this.upgrade = upgrade;
    }

    @GetMapping
    String rules(Model model, Principal who) {
        model.addAttribute("active", publisher.activeVersion());
        model.addAttribute("files", publisher.files());
        List<RuleSetVersion> versions = publisher.versions();
        model.addAttribute("versions", versions);
        Map<Integer, PublishRefused> notTargets = new HashMap<>();
        versions.forEach(v -> publisher.rollbackRefusal(v).ifPresent(r -> notTargets.put(v.getVersionNo(), r)));
        model.addAttribute("notTargets", notTargets);
        model.addAttribute("drafts", drafts.of(who.getName()));
        model.addAttribute("shipped", upgrade.offer().orElse(null));
        model.addAttribute("audit", publisher.auditLog());
        model.addAttribute("recomputation", publisher.recomputation());
        return RULES;
    }

    /** The recomputation's progress for the rules page's script (the page's session; the API has the same). */
    @GetMapping(path = "/recomputation", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    RulePublisher.Recomputation recomputation() {
        return publisher.recomputation();
    }

    /** The file in use, or the administrator's draft of it when they left one ("restored your draft from …"). */
    @GetMapping("/files/{file}")
    String edit(@PathVariable String file, @RequestParam(required = false) String preview, Model model,
            Principal who) {
        if (preview != null) {
            return previewed(file, preview, model, who);
        }
        String text = publisher.activeVersion().getFiles().get(file);
        java.util.Optional<RuleDraft> draft = drafts.find(who.getName(), file)
                .filter(d -> !d.getContent().equals(text));
        if (draft.isPresent()) {
            model.addAttribute("restoredDraft", draft.get());
            return editor(model, file, draft.get().getContent(), null);
        }
        if (text == null) {
            throw new java.util.NoSuchElementException("There is no rule file " + file);
        }
        return editor(model, file, text, null);
    }

    @GetMapping("/files/{file}/download")
    ResponseEntity<byte[]> download(@PathVariable String file) {
        String text = publisher.activeVersion().getFiles().get(file);
        if (text == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(new MediaType("text", file.endsWith(".csv") ? "csv" : "plain",
                        StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A decision table (or any rule file) uploaded becomes a draft in the editor, to validate, preview, publish.
     * A spreadsheet (.xls, .xlsx) or a file of another kind is sent back with what to do instead.
     */
    @PostMapping("/upload")
    String upload(@RequestParam("file") MultipartFile upload, Model model, RedirectAttributes redirect, Principal who)
            throws IOException {
        String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename().replaceAll(".*[/\\\\]", "");
        String refused = uploadProblem(name, upload.getBytes());
        if (refused != null) {
            redirect.addFlashAttribute("uploadError", refused);
            return "redirect:/admin/rules";
        }
        String text = new String(upload.getBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);   // a spreadsheet program's byte order mark
        }
        drafts.save(who.getName(), name, text, publisher.activeVersion().getVersionNo());
        return editor(model, name, text, null);
    }

    private static String uploadProblem(String name, byte[] bytes) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xls") || lower.endsWith(".xlsx") || lower.endsWith(".ods")) {
            return "rules.uploadSpreadsheet";
        }
        if (!name.matches("[\\w-]+\\.drl(\\.csv)?")) {
            return "rules.uploadName";
        }
        for (byte b : bytes) {
            if (b == 0) {
                return "rules.uploadSpreadsheet";
            }
        }
        return null;
    }

    /**
     * The editor with the draft of the administrator's preview once it has ended, and what it found (the impact, or the
     * draft's problems), as the preview always showed; a cancelled or failed preview gives its draft back, without an
     * impact. A preview still under way, or another's, is on its page.
     */
    private String previewed(String file, String jobId, Model model, Principal who) {
        DistrictPreviews.Job job = previews.job(jobId)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such preview: " + jobId));
        if (!job.getOwner().equals(who.getName()) || job.getOrigin().kind() != PreviewOrigin.Kind.EDITOR
                || !file.equals(job.getFile()) || job.state == DistrictPreviews.State.RUNNING) {
            return "redirect:/admin/rules/previews/" + job.getId();
        }
        switch (job.state) {
            case INVALID -> {
                model.addAttribute("validated", true);
                return editor(model, file, job.content(), job.getProblems());
            }
            case DONE -> previewPage.show(model, job.result().orElseThrow());
            case FAILED -> model.addAttribute("previewError", job.getError());
            default -> { }
        }
        return editor(model, file, job.content(), null);
    }

    @PostMapping("/files/{file}")
    String act(@PathVariable String file, @RequestParam String content, @RequestParam(defaultValue = "") String comment,
            @RequestParam String action, @RequestParam(required = false) Integer confirmRevocations, Principal who,
            Model model, RedirectAttributes redirect) {
        if (!ACTIONS.contains(action)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Unknown action '" + action + "': validate, preview or publish");
        }
        Map<String, String> draft = new HashMap<>(publisher.activeVersion().getFiles());
        draft.put(file, content.replace("\r\n", "\n"));
        if (file.matches(RuleDrafts.FILE_NAME)) {
            drafts.save(who.getName(), file, content, publisher.activeVersion().getVersionNo());
        }
        if (action.equals("preview")) {
            // over the whole district: in the background, the page shows how far it has come (issue 20)
            try {
                DistrictPreviews.Start start = previews.start(who.getName(), file, draft);
                if (start.alreadyRunning()) {
                    redirect.addFlashAttribute("alreadyRunning", true);
                }
                return "redirect:/admin/rules/previews/" + start.job().getId();
            } catch (DistrictPreviews.Busy busy) {
                model.addAttribute("previewBusy", true);
                return editor(model, file, content, null);
            }
        }
        model.addAttribute("comment", comment);
        List<RuleProblem> problems = publisher.validate(draft);
        if (!problems.isEmpty() || action.equals("validate")) {
            model.addAttribute("validated", true);
            return editor(model, file, content, problems);
        }
        try {
            int version = publisher.publish(who.getName(), draft, comment, confirmRevocations).versionNo();
            drafts.discard(who.getName(), file);
            redirect.addFlashAttribute("message", "published");
            redirect.addFlashAttribute("publishedVersion", version);
            return "redirect:/admin/rules";
        } catch (IllegalArgumentException | RuleBuildException e) {
            model.addAttribute("commentError", e.getMessage());
            return editor(model, file, content, problems);
        } catch (PublishRefused refused) {
            PreviewPage.refused(model, refused);
            return editor(model, file, content, problems);
        }
    }

    @PostMapping("/versions/{versionNo}/rollback")
    String rollback(@PathVariable int versionNo, @RequestParam(defaultValue = "") String comment, Principal who,
            RedirectAttributes redirect) {
        try {
            int version = publisher.rollback(who.getName(), versionNo, comment).versionNo();
            redirect.addFlashAttribute("message", "rolledBack");
            redirect.addFlashAttribute("publishedVersion", version);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (PublishRefused e) {
            redirect.addFlashAttribute("rollbackNotATarget", e.getMessageKey());
            redirect.addFlashAttribute("rollbackNotATargetArguments", e.getArguments());
        } catch (RuleBuildException e) {
            redirect.addFlashAttribute("rollbackRefused", versionNo);
            redirect.addFlashAttribute("rollbackProblems", e.problems());
        }
        return "redirect:/admin/rules";
    }

    @GetMapping("/diff")
    String diff(@RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("versions", publisher.versions());
        model.addAttribute("diffs", RuleDiff.between(publisher.version(from).getFiles(), publisher.version(to).getFiles(),
                "v" + from, "v" + to));
        return DIFF;
    }

    private String editor(Model model, String file, String text, List<RuleProblem> problems) {
        model.addAttribute("file", file);
        model.addAttribute("ruleText", text);
        List<RuleProblem> all = problems == null ? List.of() : problems;
        model.addAttribute("problems", all.stream().filter(p -> p.file().equals(file)).toList());
        model.addAttribute("otherProblems", all.stream().filter(p -> !p.file().equals(file)).toList());
        model.addAttribute("kind", file.endsWith(".csv") ? "decision-table" : "rule-file");
        model.addAttribute("active", publisher.activeVersion());
        return EDITOR;
    }


}
