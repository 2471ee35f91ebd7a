package org.pathwayplanner.credits;

import java.math.BigDecimal;
import java.util.List;

/** Read-only views of credit areas, requirements and bundles. */
public final class CreditViews {

    private CreditViews() {
    }

    /** A credit area; {@code partOfCode} names the area it is included in, if any. */
    public record AreaView(String code, String name, int position, String partOfCode) {
    }

    public record RequirementView(String areaCode, String areaName, BigDecimal credits, String source,
            boolean localOption, String partOfCode) {
    }

    public record BundleView(long id, String code, String name, String areaCode, BigDecimal credits,
            boolean partialAllowed, boolean shareable, List<Long> competencyIds) {
    }
}
