package org.pathwayplanner.policy;

import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pathwayplanner.rules.CalculationMethods;
import org.pathwayplanner.rules.PolicyDocument;
import org.pathwayplanner.rules.PolicyFields;
import org.pathwayplanner.rules.PolicyJson;
import org.pathwayplanner.rules.PolicyProblem;
import org.pathwayplanner.rules.RuleBuildException;
import org.pathwayplanner.rules.RuleProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The district policy as a form: drop-downs for methods, areas and kinds, numbers with their unit, range and help.
 * The form becomes the draft's {@code policy.json} and goes through the same validate, preview and publish as the
 * code editor; its problems are shown beside their fields.
 */
@Controller
@RequestMapping("/admin/rules/policy")
class PolicyFormController {

    static final String FORM = "policy/policyForm";
    private static final Set<String> ACTIONS = Set.of("validate", "preview", "publish");
    /** Blank rows offered under each list, to add an area method, a grade's pace or a kind of pathway. */
    private static final int SPARE_ROWS = 2;

    private final RulePublisher publisher;
    private final PolicySemantics semantics;
    private final MessageSource messages;
    private final PreviewPage previewPage;
    private final DistrictPreviews previews;

    PolicyFormController(RulePublisher publisher, PolicySemantics semantics, MessageSource messages,
            PreviewPage previewPage, DistrictPreviews previews) {
        this.previewPage = previewPage;
        this.previews = previews;
        this.publisher = publisher;
        this.semantics = semantics;
        this.messages = messages;
    }

    @GetMapping
    String form(@RequestParam(required = false) String preview, Principal who, Model model) {
        if (preview != null) {
            return previewed(preview, who, model);
        }
        String text = publisher.activeVersion().getFiles().get(PolicyDocument.FILE);
        PolicyDocument inUse = text == null ? PolicyDocument.DEFAULTS : PolicyJson.read(text).document();
        return page(model, PolicyFormInput.values(inUse), Map.of(), List.of());
    }

    @PostMapping
    String act(@RequestParam Map<String, String> params, @RequestParam String action,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) Integer confirmRevocations, Principal who, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (!ACTIONS.contains(action)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Unknown action '" + action + "': validate, preview or publish");
        }
        model.addAttribute("comment", comment);
        PolicyFormInput.Draft input = PolicyFormInput.from(params);
        List<PolicyProblem> fieldProblems = semantics.checkDocument(input.json());
        if (!fieldProblems.isEmpty()) {
            model.addAttribute("summary", summary(fieldProblems, locale));
            return page(model, input.values(), byField(fieldProblems, locale), List.of());
        }
        Map<String, String> draft = draftFiles(PolicyJson.write(PolicyJson.read(input.json()).document()));
        if (action.equals("preview")) {
            // over the whole district: in the background, the page shows how far it has come (issue 20). The fields
            // were checked above (milliseconds); compiling the draft and trying it on the sample take seconds on a
            // busy server, so they run at the start of the preview, whose problems come back to this form
            try {
                DistrictPreviews.Start start = previews.start(who.getName(), PreviewOrigin.policyForm(input.values()),
                        draft);
                if (start.alreadyRunning()) {
                    redirect.addFlashAttribute("alreadyRunning", true);
                }
                return "redirect:/admin/rules/previews/" + start.job().getId();
            } catch (DistrictPreviews.Busy busy) {
                model.addAttribute("previewBusy", true);
                return page(model, input.values(), Map.of(), List.of());
            }
        }
        List<RuleProblem> problems = publisher.validate(draft);
        if (!problems.isEmpty() || action.equals("validate")) {
            model.addAttribute("validated", true);
            return page(model, input.values(), Map.of(), problems);
        }
        try {
            int version = publisher.publish(who.getName(), draft, comment, confirmRevocations).versionNo();
            redirect.addFlashAttribute("message", "published");
            redirect.addFlashAttribute("publishedVersion", version);
            return "redirect:/admin/rules";
        } catch (IllegalArgumentException | RuleBuildException e) {
            model.addAttribute("commentError", e.getMessage());
            return page(model, input.values(), Map.of(), List.of());
        } catch (PublishRefused refused) {
            PreviewPage.refused(model, refused);
            return page(model, input.values(), Map.of(), List.of());
        }
    }

    /**
     * The form as the administrator sent it for their preview once it has ended, with what it found (the impact, or the
     * draft's problems); a cancelled or failed preview gives the form back without an impact. A preview still under
     * way, another's, or one started elsewhere is on its page.
     */
    private String previewed(String jobId, Principal who, Model model) {
        DistrictPreviews.Job job = previews.job(jobId)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such preview: " + jobId));
        if (!job.getOwner().equals(who.getName()) || job.getOrigin().kind() != PreviewOrigin.Kind.POLICY_FORM
                || job.state == DistrictPreviews.State.RUNNING) {
            return "redirect:/admin/rules/previews/" + job.getId();
        }
        Map<String, String> values = job.getOrigin().inputs();
        switch (job.state) {
            case INVALID -> {
                model.addAttribute("validated", true);
                return page(model, values, Map.of(), job.getProblems());
            }
            case DONE -> previewPage.show(model, job.result().orElseThrow());
            case FAILED -> model.addAttribute("previewError", job.getError());
            default -> { }
        }
        return page(model, values, Map.of(), List.of());
    }

    /**
     * The files of the version in use with the form's document; a version from before the document keeps its
     * policy in policy.drl and pathway-types.drl.csv, which the document replaces.
     */
    private Map<String, String> draftFiles(String policyJson) {
        Map<String, String> files = new HashMap<>(publisher.activeVersion().getFiles());
        if (!files.containsKey(PolicyDocument.FILE)) {
            files.remove("policy.drl");
            files.remove("pathway-types.drl.csv");
        }
        files.put(PolicyDocument.FILE, policyJson);
        return files;
    }

    private Map<String, List<String>> byField(List<PolicyProblem> problems, Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (PolicyProblem problem : problems) {
            String text = messages.getMessage(problem.code(), problem.args().toArray(), problem.message(), locale);
            errors.computeIfAbsent(problem.field(), f -> new java.util.ArrayList<>()).add(text);
        }
        return errors;
    }

    /** The problems for the list above the form: each with the label of its field (and its row), in the reader's language. */
    private List<String> summary(List<PolicyProblem> problems, Locale locale) {
        return problems.stream().map(problem -> {
            String text = messages.getMessage(problem.code(), problem.args().toArray(), problem.message(), locale);
            if (problem.field().isEmpty()) {
                return text;
            }
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(problem.field());
            String label = messages.getMessage("policy.field." + problem.field().replaceAll("\\[\\d+]", ""), null,
                    problem.field(), locale);
            return row.find() ? messages.getMessage("policy.form.inRow", new Object[] {label,
                    Integer.parseInt(row.group(1)) + 1, text}, locale) : label + ": " + text;
        }).toList();
    }

    private String page(Model model, Map<String, String> values, Map<String, List<String>> errors,
            List<RuleProblem> problems) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("methods", CalculationMethods.ALL);
        model.addAttribute("tieRules", PolicyJson.TIE_RULES);
        model.addAttribute("awardRules", PolicyJson.AWARD_RULES);
        model.addAttribute("contentAreas", semantics.contentAreas());
        model.addAttribute("creditAreas", semantics.creditAreas());
        model.addAttribute("fields", PolicyFields.ALL.stream()
                .collect(java.util.stream.Collectors.toMap(PolicyFields.Field::key, f -> f)));
        model.addAttribute("areaRows", rows(values, "mastery.areaMethods"));
        model.addAttribute("paceRows", rows(values, "pace.shareAtGradeStart"));
        model.addAttribute("kindRows", rows(values, "pathways.kinds"));
        model.addAttribute("active", publisher.activeVersion());
        model.addAttribute("oldFormat", !publisher.activeVersion().getFiles().containsKey(PolicyDocument.FILE));
        return FORM;
    }

    /** The row numbers the form shows under a list: those with values, then the spare blank ones. */
    private static List<Integer> rows(Map<String, String> values, String list) {
        int count = 0;
        while (hasRow(values, list + "[" + count + "]")) {
            count++;
        }
        return java.util.stream.IntStream.range(0, count + SPARE_ROWS).boxed().toList();
    }

    private static boolean hasRow(Map<String, String> values, String prefix) {
        return values.keySet().stream().anyMatch(key -> key.startsWith(prefix + "."));
    }
}
