package org.pathwayplanner.opportunities;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.pathways.ProposalFieldException;
import org.pathwayplanner.pathways.Transport;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.rules.PathwayKinds;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalog's pages: browse and filter, one opportunity (with its applicants for counselors), publish, start. */
@Controller
class OpportunityPagesController {

    static final String CATALOG = "opportunities/catalog";
    static final String OPPORTUNITY = "opportunities/opportunity";
    static final String FORM = "opportunities/form";

    private final OpportunityCatalog catalog;
    private final PathwayKinds kinds;
    private final CreditCatalog credits;
    private final FrameworkCatalog framework;
    private final PeopleDirectory people;
    private final MessageSource messages;

    OpportunityPagesController(OpportunityCatalog catalog, PathwayKinds kinds, CreditCatalog credits,
            FrameworkCatalog framework, PeopleDirectory people, MessageSource messages) {
        this.catalog = catalog;
        this.kinds = kinds;
        this.credits = credits;
        this.framework = framework;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/opportunities")
    String catalog(@RequestParam(required = false) String kind, @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer grade, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean withSeats, @RequestParam(defaultValue = "1") int page,
            Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        CatalogFilter filter = new CatalogFilter(kind, area, grade, q, withSeats);
        model.addAttribute("filter", filter);
        model.addAttribute("results", catalog.search(filter, page));
        model.addAttribute("publishes", OpportunityCatalog.publishes(viewer));
        model.addAttribute("myGrade", myGrade(viewer));
        referenceData(model);
        return CATALOG;
    }

    @GetMapping("/opportunities/{id}")
    String opportunity(@PathVariable long id, Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        Opportunity opportunity = catalog.opportunity(id);
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("competencies", framework.competencies().stream()
                .filter(c -> opportunity.competencyIds().contains(c.id())).toList());
        model.addAttribute("areaName", credits.areaNameOf(opportunity.creditAreaCode()));
        model.addAttribute("myGrade", myGrade(viewer));
        model.addAttribute("started", catalog.startedBy(viewer, id).orElse(null));
        model.addAttribute("transports", Transport.values());
        boolean publishes = OpportunityCatalog.publishes(viewer);
        model.addAttribute("publishes", publishes);
        if (publishes) {
            model.addAttribute("applicants", catalog.applicants(viewer, id));
        }
        return OPPORTUNITY;
    }

    @PostMapping("/opportunities/{id}/propose")
    String propose(@PathVariable long id, @RequestParam(required = false) Transport transport,
            @RequestParam(required = false) String transportNote, Authentication who, RedirectAttributes redirect,
            Locale locale) {
        java.util.Optional<Long> started = catalog.startedBy(Viewer.of(who), id);
        if (started.isPresent()) {
            return "redirect:/student/pathways/" + started.get();   // a second click: the proposal already started
        }
        try {
            long draft = catalog.startProposal(Viewer.of(who), id, transport, transportNote);
            redirect.addFlashAttribute("message", "fromOpportunity");
            return "redirect:/student/pathways/" + draft + "/revise";
        } catch (OpportunityRefused refused) {
            redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(),
                    refused.getMessage(), locale));
        } catch (ProposalFieldException refused) {
            redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(),
                    refused.getMessage(), locale));
        }
        return "redirect:/opportunities/" + id;
    }

    @GetMapping("/opportunities/new")
    String newOpportunity(Authentication who, Model model) {
        checkPublishes(who);
        model.addAttribute("form", OpportunityForm.empty());
        referenceData(model);
        return FORM;
    }

    @PostMapping("/opportunities")
    String publish(@Valid @ModelAttribute("form") OpportunityForm form, BindingResult errors, Authentication who,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        checkPublishes(who);
        if (!errors.hasErrors()) {
            try {
                long id = catalog.publish(Viewer.of(who), form);
                redirect.addFlashAttribute("message", "published");
                return "redirect:/opportunities/" + id;
            } catch (OpportunityRefused refused) {
                errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        referenceData(model);
        return FORM;
    }

    @PostMapping("/opportunities/{id}/close")
    String close(@PathVariable long id, Authentication who, RedirectAttributes redirect) {
        catalog.close(Viewer.of(who), id);
        redirect.addFlashAttribute("message", "closed");
        return "redirect:/opportunities";
    }

    private void referenceData(Model model) {
        model.addAttribute("kinds", kinds.offered());
        model.addAttribute("areas", credits.areas());
        model.addAttribute("allCompetencies", framework.competencies());
    }

    private Integer myGrade(Viewer viewer) {
        return viewer.role() == Role.STUDENT
                ? people.studentOfAccount(viewer.username()).map(s -> s.gradeLevel()).orElse(null) : null;
    }

    private static void checkPublishes(Authentication who) {
        if (!OpportunityCatalog.publishes(Viewer.of(who))) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only counselors and administrators publish opportunities.");
        }
    }
}
