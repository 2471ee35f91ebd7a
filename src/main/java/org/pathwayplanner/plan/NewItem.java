package org.pathwayplanner.plan;

import java.math.BigDecimal;

/**
 * An item as the add form (or the API) sends it: the term ("2026-2027/1"), the kind, and what it names — a
 * competency, a credit bundle, or a kind of pathway with a title, a credit area and the credits hoped for.
 */
public record NewItem(String term, String kind, Long competencyId, Long bundleId, String pathwayKind, String title,
        String creditAreaCode, BigDecimal credits) {
}
