package org.pathwayplanner.credits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What an administrator types into the credit pages. The editor checks every field. */
final class CreditForms {

    private CreditForms() {
    }

    static class AreaForm {
        private String code;
        private String name;
        private Integer position;
        private Long partOfAreaId;

        static AreaForm of(CreditAdminViews.AreaRow area) {
            AreaForm form = new AreaForm();
            form.code = area.code();
            form.name = area.name();
            form.position = area.position();
            form.partOfAreaId = area.partOfId();
            return form;
        }

        public Long getPartOfAreaId() {
            return partOfAreaId;
        }

        public void setPartOfAreaId(Long partOfAreaId) {
            this.partOfAreaId = partOfAreaId;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getPosition() {
            return position;
        }

        public void setPosition(Integer position) {
            this.position = position;
        }
    }

    static class RequirementForm {
        private Long areaId;
        private BigDecimal credits;
        private Integer firstClassYear;
        private Integer lastClassYear;
        private String source;
        private boolean localOption;

        public boolean isLocalOption() {
            return localOption;
        }

        public void setLocalOption(boolean localOption) {
            this.localOption = localOption;
        }

        static RequirementForm of(CreditAdminViews.RequirementRow r) {
            RequirementForm form = new RequirementForm();
            form.areaId = r.areaId();
            form.credits = r.credits();
            form.firstClassYear = r.firstClassYear();
            form.lastClassYear = r.lastClassYear();
            form.source = r.source();
            form.localOption = r.localOption();
            return form;
        }

        public Long getAreaId() {
            return areaId;
        }

        public void setAreaId(Long areaId) {
            this.areaId = areaId;
        }

        public BigDecimal getCredits() {
            return credits;
        }

        public void setCredits(BigDecimal credits) {
            this.credits = credits;
        }

        public Integer getFirstClassYear() {
            return firstClassYear;
        }

        public void setFirstClassYear(Integer firstClassYear) {
            this.firstClassYear = firstClassYear;
        }

        public Integer getLastClassYear() {
            return lastClassYear;
        }

        public void setLastClassYear(Integer lastClassYear) {
            this.lastClassYear = lastClassYear;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }

    static class BundleForm {
        private String code;
        private String name;
        private Long areaId;
        private BigDecimal credits;
        private List<Long> competencyIds = new ArrayList<>();
        private boolean partialAllowed;
        private boolean shareable;

        static BundleForm of(CreditAdminViews.BundleRow b) {
            BundleForm form = new BundleForm();
            form.code = b.code();
            form.name = b.name();
            form.areaId = b.areaId();
            form.credits = b.credits();
            form.competencyIds = new ArrayList<>(b.competencies().stream().map(CreditAdminViews.CompetencyRef::id)
                    .toList());
            form.partialAllowed = b.partialAllowed();
            form.shareable = b.shareable();
            return form;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Long getAreaId() {
            return areaId;
        }

        public void setAreaId(Long areaId) {
            this.areaId = areaId;
        }

        public BigDecimal getCredits() {
            return credits;
        }

        public void setCredits(BigDecimal credits) {
            this.credits = credits;
        }

        public List<Long> getCompetencyIds() {
            return competencyIds;
        }

        public void setCompetencyIds(List<Long> competencyIds) {
            this.competencyIds = competencyIds == null ? new ArrayList<>() : competencyIds;
        }

        public boolean isPartialAllowed() {
            return partialAllowed;
        }

        public void setPartialAllowed(boolean partialAllowed) {
            this.partialAllowed = partialAllowed;
        }

        public boolean isShareable() {
            return shareable;
        }

        public void setShareable(boolean shareable) {
            this.shareable = shareable;
        }
    }
}
