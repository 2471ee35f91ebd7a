package org.pathwayplanner.framework;

/** What an administrator types into the framework pages. The editor checks every field. */
final class FrameworkForms {

    private FrameworkForms() {
    }

    static class AreaForm {
        private String code;
        private String name;

        static AreaForm of(ContentArea area) {
            AreaForm form = new AreaForm();
            form.code = area.getCode();
            form.name = area.getName();
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
    }

    static class StandardForm {
        private String code;
        private String statement;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getStatement() {
            return statement;
        }

        public void setStatement(String statement) {
            this.statement = statement;
        }
    }

    static class CompetencyForm {
        private String code;
        private String title;
        private String description;
        /** Null for a cross-curricular competency. */
        private Long areaId;
        private Integer expectedGrade;
        /** Null keeps the content area's or the district's method. */
        private String calculationMethod;
        /** Null requires every required objective; a number rolls the objectives up by points. */
        private Integer pointsThreshold;

        static CompetencyForm of(Competency c) {
            CompetencyForm form = new CompetencyForm();
            form.code = c.getCode();
            form.title = c.getTitle();
            form.description = c.getDescription();
            form.areaId = c.getContentArea() == null ? null : c.getContentArea().getId();
            form.expectedGrade = c.getExpectedGrade();
            form.calculationMethod = c.getCalculationMethod();
            form.pointsThreshold = c.getPointsThreshold();
            return form;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Long getAreaId() {
            return areaId;
        }

        public void setAreaId(Long areaId) {
            this.areaId = areaId;
        }

        public Integer getExpectedGrade() {
            return expectedGrade;
        }

        public void setExpectedGrade(Integer expectedGrade) {
            this.expectedGrade = expectedGrade;
        }

        public String getCalculationMethod() {
            return calculationMethod;
        }

        public void setCalculationMethod(String calculationMethod) {
            this.calculationMethod = calculationMethod;
        }

        public Integer getPointsThreshold() {
            return pointsThreshold;
        }

        public void setPointsThreshold(Integer pointsThreshold) {
            this.pointsThreshold = pointsThreshold;
        }
    }

    static class ObjectiveForm {
        private String title;
        private Integer points = 1;
        private boolean required = true;

        static ObjectiveForm of(LearningObjective o) {
            ObjectiveForm form = new ObjectiveForm();
            form.title = o.getTitle();
            form.points = o.getPoints();
            form.required = o.isRequired();
            return form;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }

    static class LevelForm {
        /** ABOVE the highest level or BELOW the lowest. */
        private String position = "ABOVE";
        private String label;
        private String description;

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }
}
