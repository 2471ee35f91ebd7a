package org.pathwayplanner.people.roster;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathwayplanner.exchange.ImportProblem;
import org.pathwayplanner.people.roster.RosterViews.ProblemLine;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's roster import: upload a OneRoster zip, read the dry run (what would change, every problem by
 * file, line and column), import exactly what was previewed, follow its progress, and issue set-password links for
 * the accounts it made. {@code /admin/**} is for administrators only (the security configuration).
 */
@Controller
class RosterImportController {

    static final String PAGE = "people/rosterImport";
    static final String JOB = "people/rosterJob";
    /** The largest zip taken (the servlet's own multipart limit is set above it, so this one speaks first). */
    static final long LARGEST_UPLOAD = 64L * 1024 * 1024;

    private final RosterImports imports;
    private final SetPasswordLinks links;
    private final MessageSource messages;

    RosterImportController(RosterImports imports, SetPasswordLinks links, MessageSource messages) {
        this.imports = imports;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/admin/imports/roster")
    String form() {
        return PAGE;
    }

    @PostMapping("/admin/imports/roster")
    String dryRun(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String counselors,
            Principal principal, Locale locale, Model model, jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        model.addAttribute("counselors", counselors);
        if (file.isEmpty()) {
            return refused("roster.upload.empty", null, model, response);
        }
        if (file.getSize() > LARGEST_UPLOAD) {
            return refused("roster.upload.tooLarge", LARGEST_UPLOAD / 1024 / 1024, model, response);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "roster.zip"
                : file.getOriginalFilename();
        RosterImports.Preview preview = imports.dryRun(principal.getName(), name, file.getBytes(),
                RosterImports.counselorKeys(counselors));
        model.addAttribute("preview", RosterViews.PreviewView.of(preview));
        model.addAttribute("problems", lines(preview.problems().list(), locale));
        if (!preview.problems().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        return PAGE;
    }

    private static String refused(String key, Object arg, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("uploadError", key);
        model.addAttribute("uploadErrorArg", arg);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return PAGE;
    }

    @PostMapping("/admin/imports/roster/{token}/import")
    String start(@PathVariable String token, Principal principal) {
        RosterImports.Job job = imports.start(principal.getName(), token)
                .orElseThrow(() -> new java.util.NoSuchElementException("No staged roster " + token));
        return "redirect:/admin/imports/roster/jobs/" + job.id;
    }

    @GetMapping("/admin/imports/roster/jobs/{jobId}")
    String job(@PathVariable String jobId, Locale locale, Model model) {
        RosterImports.Job job = imports.job(jobId).orElseThrow(() -> RosterImports.noJob(jobId));
        model.addAttribute("job", RosterViews.JobView.of(job));
        model.addAttribute("problems", job.problems == null ? List.of() : lines(job.problems.list(), locale));
        return JOB;
    }

    @GetMapping(path = "/admin/imports/roster/jobs/{jobId}/status", produces = "application/json")
    @ResponseBody
    org.springframework.http.ResponseEntity<Map<String, Object>> status(@PathVariable String jobId) {
        return imports.job(jobId).map(job -> org.springframework.http.ResponseEntity.ok(Map.<String, Object>of(
                        "state", job.state.name(), "done", job.done.get(), "total", job.total,
                        "percent", job.percent())))
                .orElseGet(() -> org.springframework.http.ResponseEntity.notFound().build());
    }

    @PostMapping("/admin/imports/roster/password-links")
    String issue(@RequestParam String username, @RequestParam(defaultValue = "") String jobId, Principal principal,
            Locale locale, Model model, jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("username", username);
        try {
            SetPasswordLinks.Issued issued = links.issue(principal.getName(), username.trim());
            String base = request.getScheme() + "://" + request.getServerName()
                    + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                    + request.getContextPath();
            model.addAttribute("issued", new RosterViews.IssuedLink(issued.username(), issued.expires(),
                    base + "/set-password?token=" + issued.token()));
        } catch (org.pathwayplanner.people.Passwords.Refused refused) {
            model.addAttribute("linkError", messages.getMessage(refused.key(), refused.args(), locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "people/passwordLink";
    }

    private List<ProblemLine> lines(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> new ProblemLine(where(p, locale),
                messages.getMessage(p.key(), p.argArray(), p.key(), locale))).toList();
    }

    private String where(ImportProblem p, Locale locale) {
        if (p.line() == 0) {
            return messages.getMessage("import.problem.whereFile", new Object[] {p.file()}, locale);
        }
        String line = String.valueOf(p.line());
        return p.column().isEmpty()
                ? messages.getMessage("import.problem.where", new Object[] {p.file(), line}, locale)
                : messages.getMessage("import.problem.whereColumn", new Object[] {p.file(), line, p.column()}, locale);
    }
}
