package org.pathwayplanner.credits;

import java.math.BigDecimal;
import java.util.List;

/** What the administrator's credit pages show: every item, retired ones included and marked. */
final class CreditAdminViews {

    private CreditAdminViews() {
    }

    record AreaRow(long id, String code, String name, int position, boolean retired, Long partOfId,
            String partOfName) {
    }

    record RequirementRow(long id, long areaId, String areaName, BigDecimal credits, int firstClassYear,
            Integer lastClassYear, String source, boolean retired, boolean localOption) {
    }

    record CompetencyRef(long id, String code, String title, boolean retired) {
    }

    record BundleRow(long id, String code, String name, long areaId, String areaName, BigDecimal credits,
            boolean partialAllowed, boolean shareable, boolean retired, List<CompetencyRef> competencies) {
    }
}
