package org.pathwayplanner.framework;

/** Read-only views of the framework handed to other modules (no entities leave this module). */
public final class FrameworkViews {

    private FrameworkViews() {
    }

    public record AreaView(long id, String code, String name) {
    }

    public record CompetencyView(long id, String code, String title, String kind, String areaCode, String areaName,
            int expectedGrade, String calculationMethod, String rollUp, Integer pointsThreshold) {
    }

    public record ObjectiveView(long id, long competencyId, String code, String title, int points, boolean required) {
    }

    public record PrerequisiteEdge(long competencyId, long prerequisiteId) {
    }

    public record LevelView(int value, String label, String description, String caseIdentifier) {
    }

    public record ScaleView(String name, int masteryThreshold, java.util.List<LevelView> levels, String caseIdentifier) {

        public String labelOf(int level) {
            return levels.stream().filter(l -> l.value() == level).map(LevelView::label).findFirst()
                    .orElse(String.valueOf(level));
        }

        public int minLevel() {
            return levels.get(0).value();
        }

        public int maxLevel() {
            return levels.get(levels.size() - 1).value();
        }
    }

    /** The whole framework at one moment, as the rules need it. Immutable, cheap to share between threads. */
    public record Snapshot(ScaleView scale, java.util.List<AreaView> areas, java.util.List<CompetencyView> competencies,
            java.util.List<ObjectiveView> objectives, java.util.List<PrerequisiteEdge> prerequisites) {
    }
}
