package org.pathwayplanner.credits;

import java.math.BigDecimal;
import java.util.List;

/** Read-only views of credit areas, requirements and bundles. */
public final class CreditViews {

    private CreditViews() {
    }

    public record AreaView(String code, String name, int position) {
    }

    public record RequirementView(String areaCode, String areaName, BigDecimal credits, String source) {
    }

    public record BundleView(long id, String code, String name, String areaCode, BigDecimal credits,
            boolean partialAllowed, boolean shareable, List<Long> competencyIds) {
    }
}
