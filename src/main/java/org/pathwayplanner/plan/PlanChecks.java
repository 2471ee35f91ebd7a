package org.pathwayplanner.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.plan.PlanViews.AreaView;
import org.pathwayplanner.plan.PlanViews.CheckView;
import org.pathwayplanner.plan.PlanViews.FindingView;
import org.pathwayplanner.progress.ProgressViews.AuditLineView;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.Conclusions.AuditLine;
import org.pathwayplanner.rules.PlanFacts;
import org.pathwayplanner.rules.PlanFacts.PlanCheck;
import org.pathwayplanner.rules.PlanFacts.PlanFinding;
import org.pathwayplanner.rules.PlanFacts.PlanTerm;
import org.pathwayplanner.rules.PlanFacts.PlannedItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Has the rules check a plan (rules/plan.drl, through {@link StudentProgress#checkPlan}) and words what they found in
 * the reader's language: each finding's message key with its arguments, from messages.properties.
 */
@Component
class PlanChecks {

    /** The id an item not saved yet takes in the check. */
    static final long UNSAVED = -1;

    private final StudentProgress progress;
    private final MessageSource messages;

    PlanChecks(StudentProgress progress, MessageSource messages) {
        this.progress = progress;
        this.messages = messages;
    }

    /** The check of the plan's {@code lines}; {@code approved} are the lines of its approved version when it is edited. */
    CheckView check(StudentView student, List<ItemLine> lines, List<PlanTerm> terms, List<ItemLine> approved) {
        List<PlanFacts.ApprovedItem> approvedItems = List.of();
        List<PlanFacts.ApprovedFinding> approvedFindings = List.of();
        if (!approved.isEmpty()) {
            approvedItems = approved.stream().map(l -> new PlanFacts.ApprovedItem(PlannedItem.refOf(l.kind(),
                    l.competencyId(), l.bundleId(), l.pathwayKind(), l.title()), l.schoolYear())).toList();
            approvedFindings = progress.checkPlan(student.id(), new PlanFacts.PlanInput(terms, planned(approved,
                    terms))).findings().stream().map(f -> new PlanFacts.ApprovedFinding(f.key(), f.args())).toList();
        }
        PlanCheck check = progress.checkPlan(student.id(), new PlanFacts.PlanInput(terms, planned(lines, terms),
                approvedItems, approvedFindings));
        List<FindingView> findings = check.findings().stream().map(this::worded).toList();
        Map<String, BigDecimal> earnedNow = new HashMap<>();
        for (AuditLineView line : progress.progressOf(student.id()).audit().lines()) {
            earnedNow.put(line.areaCode(), line.earned());
        }
        List<AreaView> areas = check.projected().audit().stream().map((AuditLine l) -> new AreaView(l.areaCode(),
                l.areaName(), l.required(), earnedNow.getOrDefault(l.areaCode(), BigDecimal.ZERO), l.earned(),
                l.includedIn())).toList();
        boolean meets = findings.stream().anyMatch(f -> f.key().equals("plan.finding.meetsRequirements"));
        return new CheckView(meets, count(findings, PlanFinding.ERROR), count(findings, PlanFinding.WARNING), findings,
                areas);
    }

    private static List<PlannedItem> planned(List<ItemLine> lines, List<PlanTerm> terms) {
        Map<TermKey, Integer> sequence = new HashMap<>();
        terms.forEach(t -> sequence.put(PlanCalendar.keyOf(t), t.sequence()));
        List<PlannedItem> items = new ArrayList<>();
        for (ItemLine line : lines) {
            Integer term = sequence.get(line.term());
            if (term != null) {
                items.add(new PlannedItem(line.id() == null ? UNSAVED : line.id(), term, line.kind(),
                        line.competencyId(), line.bundleId(), line.pathwayKind(), line.title(), line.creditAreaCode(),
                        line.credits()));
            }
        }
        return items;
    }

    /** The rule that found the change small, if one did: it needs no review. */
    static java.util.Optional<String> smallChange(CheckView check) {
        return check.findings().stream().filter(f -> f.key().equals(SMALL_CHANGE)).map(FindingView::rule).findFirst();
    }

    static final String SMALL_CHANGE = "plan.finding.smallChange";

    private FindingView worded(PlanFinding finding) {
        Object[] args = finding.args().stream().map(PlanChecks::asNumberIfNumeric).toArray();
        String message = messages.getMessage(finding.key(), args, finding.key(), LocaleContextHolder.getLocale());
        return new FindingView(finding.rule(), finding.severity(), finding.key(), finding.args(), message,
                finding.termSequence(), finding.itemIds());
    }

    /**
     * The rules give amounts as plain text ("1.00", so that findings compare as equal across versions); as numbers,
     * the message writes them as the reader's language does (1, 0,5) and picks the plural form.
     */
    private static Object asNumberIfNumeric(Object arg) {
        if (arg instanceof String text && text.matches("-?\\d+(\\.\\d+)?")) {
            return new java.math.BigDecimal(text).stripTrailingZeros();
        }
        return arg;
    }

    private static int count(List<FindingView> findings, String severity) {
        return (int) findings.stream().filter(f -> f.severity().equals(severity)).count();
    }
}
