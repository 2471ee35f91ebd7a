package org.pathwayplanner.policy;

import java.security.Principal;
import org.pathwayplanner.rules.RuleBuildException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rules shipped with this release, when they are new to the district: the diff with the version in use, then
 * the shipped files as the draft through the normal preview and publish (or "keep ours").
 */
@Controller
@RequestMapping("/admin/rules/shipped")
class ShippedRulesController {

    static final String SHIPPED = "policy/shippedRules";

    private final ShippedRulesUpgrade upgrade;
    private final RulePublisher publisher;
    private final PreviewPage previewPage;
    private final DistrictPreviews previews;

    ShippedRulesController(ShippedRulesUpgrade upgrade, RulePublisher publisher, PreviewPage previewPage,
            DistrictPreviews previews) {
        this.previews = previews;
        this.upgrade = upgrade;
        this.publisher = publisher;
        this.previewPage = previewPage;
    }

    @GetMapping
    String shipped(@RequestParam(required = false) String preview, Principal who, Model model) {
        if (preview != null) {
            return previewed(preview, who, model);
        }
        return page(model);
    }

    /**
     * The shipped rules with what the administrator's preview of them found once it has ended (the impact, or their
     * problems); a preview still under way, another's, or one started elsewhere is on its page.
     */
    private String previewed(String jobId, Principal who, Model model) {
        DistrictPreviews.Job job = previews.job(jobId)
                .orElseThrow(() -> new java.util.NoSuchElementException("No such preview: " + jobId));
        if (!job.getOwner().equals(who.getName()) || job.getOrigin().kind() != PreviewOrigin.Kind.SHIPPED
                || job.state == DistrictPreviews.State.RUNNING) {
            return "redirect:/admin/rules/previews/" + job.getId();
        }
        switch (job.state) {
            case INVALID -> model.addAttribute("problems", job.getProblems());
            case DONE -> previewPage.show(model, job.result().orElseThrow());
            case FAILED -> model.addAttribute("previewError", job.getError());
            default -> { }
        }
        return page(model);
    }

    @PostMapping
    String act(@RequestParam String action, @RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) Integer confirmRevocations, Principal who, Model model,
            RedirectAttributes redirect) {
        if (!action.equals("preview") && !action.equals("publish")) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Unknown action '" + action + "': preview or publish");
        }
        ShippedRulesUpgrade.Offer offer = upgrade.offer().orElse(null);
        if (offer == null) {
            return "redirect:/admin/rules";
        }
        if (action.equals("preview")) {
            // over the whole district: in the background, the page shows how far it has come (issue 20)
            try {
                DistrictPreviews.Start start = previews.start(who.getName(), PreviewOrigin.shipped(), offer.files());
                if (start.alreadyRunning()) {
                    redirect.addFlashAttribute("alreadyRunning", true);
                }
                return "redirect:/admin/rules/previews/" + start.job().getId();
            } catch (DistrictPreviews.Busy busy) {
                model.addAttribute("previewBusy", true);
                return page(model);
            }
        }
        model.addAttribute("comment", comment);
        try {
            int version = publisher.publish(who.getName(), offer.files(), comment, confirmRevocations).versionNo();
            redirect.addFlashAttribute("message", "published");
            redirect.addFlashAttribute("publishedVersion", version);
            return "redirect:/admin/rules";
        } catch (PublishRefused refused) {
            PreviewPage.refused(model, refused);
        } catch (IllegalArgumentException e) {
            model.addAttribute("commentError", e.getMessage());
        } catch (RuleBuildException e) {
            model.addAttribute("problems", e.problems());
        } catch (IllegalStateException failed) {
            model.addAttribute("previewError", failed.getMessage());
        }
        return page(model);
    }

    @PostMapping("/decline")
    String decline(Principal who, RedirectAttributes redirect) {
        if (upgrade.decline(who.getName())) {
            redirect.addFlashAttribute("shippedDeclined", true);
        }
        return "redirect:/admin/rules";
    }

    private String page(Model model) {
        model.addAttribute("offer", upgrade.offer().orElse(null));
        model.addAttribute("active", publisher.activeVersion());
        return SHIPPED;
    }
}
