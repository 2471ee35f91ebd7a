package org.pathwayplanner.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.credits.CreditViews.BundleView;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.plan.PlanViews.Choice;
import org.pathwayplanner.progress.Sentences;
import org.pathwayplanner.rules.PathwayKinds;
import org.pathwayplanner.rules.PlanFacts.PlanTerm;
import org.pathwayplanner.rules.PlanFacts.PlannedItem;
import org.pathwayplanner.rules.PolicyDocument;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a plan's items may be, in one place: a term of the plan that has not ended; a competency or credit bundle
 * the district has; a kind of pathway the district offers, with a title, a credit area and credits up to the kind's
 * most. A refusal names the field and says why ({@link PlanItemRefused}).
 */
@Component
class PlanItems {

    static final int LONGEST_TITLE = 200;

    private final FrameworkCatalog framework;
    private final CreditCatalog credits;
    private final PathwayKinds kinds;
    private final MessageSource messages;
    private final Sentences sentences;

    PlanItems(FrameworkCatalog framework, CreditCatalog credits, PathwayKinds kinds, MessageSource messages,
            Sentences sentences) {
        this.framework = framework;
        this.credits = credits;
        this.kinds = kinds;
        this.messages = messages;
        this.sentences = sentences;
    }

    /** The item as a line of the plan (not saved: no id), its title, area and credits taken from what it names. */
    ItemLine lineOf(NewItem item, List<PlanTerm> terms) {
        if (item == null) {
            throw new PlanItemRefused("kind", "plan.error.kind", "Choose what to plan");
        }
        TermKey term = openTerm(item.term(), terms);
        String kind = item.kind() == null ? "" : item.kind();
        return switch (kind) {
            case PlannedItem.COMPETENCY -> {
                CompetencyView c = Optional.ofNullable(item.competencyId()).flatMap(framework::competency)
                        .orElseThrow(() -> new PlanItemRefused("competencyId", "plan.error.competency",
                                "Choose a competency the district has"));
                yield new ItemLine(null, term.schoolYear(), term.termOfYear(), kind, c.id(), null, null,
                        c.code() + " " + c.title(), null, BigDecimal.ZERO);
            }
            case PlannedItem.BUNDLE -> {
                BundleView b = credits.bundles().stream().filter(x -> item.bundleId() != null
                        && x.id() == item.bundleId()).findFirst()
                        .orElseThrow(() -> new PlanItemRefused("bundleId", "plan.error.bundle",
                                "Choose a credit bundle the district has"));
                yield new ItemLine(null, term.schoolYear(), term.termOfYear(), kind, null, b.id(), null, b.name(),
                        b.areaCode(), b.credits());
            }
            case PlannedItem.PATHWAY -> pathway(item, term);
            default -> throw new PlanItemRefused("kind", "plan.error.kind", "Choose what to plan: a competency, a "
                    + "credit bundle or a flexible pathway");
        };
    }

    private ItemLine pathway(NewItem item, TermKey term) {
        PolicyDocument.Kind kind = Optional.ofNullable(item.pathwayKind()).flatMap(kinds::kind)
                .orElseThrow(() -> new PlanItemRefused("pathwayKind", "plan.error.pathwayKind",
                        "Choose a kind of pathway the district offers"));
        String title = item.title() == null ? "" : item.title().strip();
        if (title.isEmpty() || title.length() > LONGEST_TITLE) {
            throw new PlanItemRefused("title", "plan.error.title", "Give the pathway a title of at most "
                    + LONGEST_TITLE + " characters");
        }
        if (item.creditAreaCode() == null || credits.areas().stream()
                .noneMatch(a -> a.code().equals(item.creditAreaCode()))) {
            throw new PlanItemRefused("creditAreaCode", "plan.error.area", "Choose the credit area the pathway "
                    + "would earn credits in");
        }
        BigDecimal hoped = item.credits();
        if (hoped == null || hoped.signum() <= 0 || hoped.compareTo(kind.maxCredits()) > 0 || hoped.scale() > 2) {
            throw new PlanItemRefused("credits", "plan.error.credits", "Ask for more than 0 and at most "
                    + kind.maxCredits().toPlainString() + " credits for a " + kind.name().toLowerCase());
        }
        return new ItemLine(null, term.schoolYear(), term.termOfYear(), PlannedItem.PATHWAY, null, null, kind.code(),
                title, item.creditAreaCode(), hoped.stripTrailingZeros());
    }

    /** The term named, if it is one of the plan's terms that has not ended. */
    TermKey openTerm(String text, List<PlanTerm> terms) {
        TermKey key;
        try {
            key = TermKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new PlanItemRefused("term", "plan.error.term", "Choose a term of the plan that has not ended");
        }
        boolean open = terms.stream().anyMatch(t -> !t.ended() && PlanCalendar.keyOf(t).equals(key));
        if (!open) {
            throw new PlanItemRefused("term", "plan.error.term", "Choose a term of the plan that has not ended");
        }
        return key;
    }

    PlanViews.Choices choices(List<PlanTerm> terms) {
        List<Choice> termChoices = terms.stream().filter(t -> !t.ended())
                .map(t -> new Choice(PlanCalendar.keyOf(t).toString(), termLabel(t))).toList();
        List<Choice> competencies = framework.competencies().stream()
                .map(c -> new Choice(String.valueOf(c.id()), c.code() + " " + c.title())).toList();
        List<Choice> bundles = credits.bundles().stream()
                .map(b -> new Choice(String.valueOf(b.id()), messages.getMessage("plan.bundleChoice", new Object[] {
                        b.name(), b.credits(), sentences.areaName(b.areaCode())}, LocaleContextHolder.getLocale())))
                .toList();
        List<Choice> pathwayKinds = kinds.offered().stream()
                .map(k -> new Choice(k.code(), messages.getMessage("pathways.type." + k.code(), null, k.name(),
                        LocaleContextHolder.getLocale()))).toList();
        List<Choice> areas = credits.areas().stream().map(a -> new Choice(a.code(), a.name())).toList();
        return new PlanViews.Choices(termChoices, competencies, bundles, pathwayKinds, areas);
    }

    String termLabel(PlanTerm term) {
        return messages.getMessage("plan.term.label", new Object[] {term.schoolYear(), term.termOfYear()},
                LocaleContextHolder.getLocale());
    }
}
