package org.pathwayplanner.plan;

import java.math.BigDecimal;

/**
 * One item of a plan as pages, the API and stored versions show it: its id (null for one not saved), term, kind
 * (COMPETENCY, BUNDLE, PATHWAY), what it refers to, its title and the credits it stands for.
 */
public record ItemLine(Long id, String schoolYear, int termOfYear, String kind, Long competencyId, Long bundleId,
        String pathwayKind, String title, String creditAreaCode, BigDecimal credits) {

    public TermKey term() {
        return new TermKey(schoolYear, termOfYear);
    }

    ItemLine in(TermKey term) {
        return new ItemLine(id, term.schoolYear(), term.termOfYear(), kind, competencyId, bundleId, pathwayKind, title,
                creditAreaCode, credits);
    }
}
