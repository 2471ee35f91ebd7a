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

    ShippedRulesController(ShippedRulesUpgrade upgrade, RulePublisher publisher, PreviewPage previewPage) {
        this.upgrade = upgrade;
        this.publisher = publisher;
        this.previewPage = previewPage;
    }

    @GetMapping
    String shipped(Model model) {
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
        model.addAttribute("comment", comment);
        try {
            if (action.equals("preview")) {
                previewPage.show(model, publisher.preview(who.getName(), offer.files()));
                return page(model);
            }
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
