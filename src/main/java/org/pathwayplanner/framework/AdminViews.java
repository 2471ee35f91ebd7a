package org.pathwayplanner.framework;

import java.util.List;

/** What the administrator's framework pages show: every item, retired ones included and marked. */
final class AdminViews {

    private AdminViews() {
    }

    record Ref(long id, String code, String title, boolean retired) {
    }

    record AreaRow(long id, String code, String name, String caseIdentifier, boolean retired, long competencies) {
    }

    record CompetencyRow(long id, String code, String title, String kind, Long areaId, String areaName,
            int expectedGrade, String calculationMethod, Integer pointsThreshold, String caseIdentifier,
            boolean retired, List<String> prerequisiteCodes, List<String> standardCodes, List<ObjectiveRow> objectives) {
    }

    record ObjectiveRow(long id, long competencyId, String code, String title, int points, boolean required,
            boolean retired, String caseIdentifier) {
    }

    record StandardRow(long id, String code, String statement, String caseIdentifier, List<String> competencyCodes) {
    }

    /** One competency with everything around it, and how many scores were ever recorded for it. */
    record CompetencyDetail(CompetencyRow competency, String description, List<Ref> prerequisites,
            List<Ref> requiredBy, List<StandardRow> standards, long scoresRecorded) {
    }
}
