package org.pathwayplanner.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.pathwayplanner.progress.SchoolCalendar;
import org.pathwayplanner.rules.PlanFacts.PlanTerm;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.stereotype.Component;

/**
 * The terms of a plan: each school year from the one under way (or the earliest an item names) to the one that ends
 * with graduation, cut into the district's number of terms (policy.json: plans.termsPerYear) of equal length.
 */
@Component
class PlanCalendar {

    private final SchoolCalendar calendar;
    private final StudentEvaluator evaluator;

    PlanCalendar(SchoolCalendar calendar, StudentEvaluator evaluator) {
        this.calendar = calendar;
        this.evaluator = evaluator;
    }

    /** The terms until graduation, numbered in order; terms items already name are kept even if the policy changed. */
    List<PlanTerm> termsFor(int graduationYear, Collection<TermKey> named, LocalDate today) {
        int firstYear = calendar.firstDayOf(today).getYear();
        int termsPerYear = evaluator.ruleSet().policy().plans().termsPerYear();
        for (TermKey key : named) {
            firstYear = Math.min(firstYear, key.startYear());
            termsPerYear = Math.max(termsPerYear, key.termOfYear());
        }
        List<PlanTerm> terms = new ArrayList<>();
        for (int year = firstYear; year < graduationYear; year++) {
            LocalDate start = calendar.firstDayOf(LocalDate.of(year, 12, 31));
            LocalDate end = calendar.lastDayOf(start);
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            for (int term = 1; term <= termsPerYear; term++) {
                LocalDate from = start.plusDays(days * (term - 1) / termsPerYear);
                LocalDate to = term == termsPerYear ? end : start.plusDays(days * term / termsPerYear - 1);
                terms.add(new PlanTerm(terms.size() + 1, year + "-" + (year + 1), term, from, to, to.isBefore(today)));
            }
        }
        return List.copyOf(terms);
    }

    static TermKey keyOf(PlanTerm term) {
        return new TermKey(term.schoolYear(), term.termOfYear());
    }
}
