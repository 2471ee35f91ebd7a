package org.pathwayplanner.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.pathwayplanner.evidence.EvidenceHistory.EvidenceView;
import org.pathwayplanner.framework.FrameworkViews.ScaleView;

/** Scores over time as points of a small SVG chart (current evidence only). */
record ScoreChart(int width, int height, List<Point> points, List<Gridline> levels, int thresholdY) {

    record Point(int x, int y, int level, LocalDate on, String label) {
    }

    record Gridline(int y, String label) {
    }

    static ScoreChart of(List<EvidenceView> history, long competencyId, Set<Long> objectiveIds, ScaleView scale) {
        int width = 560;
        int height = 180;
        int left = 110;
        List<EvidenceView> current = history.stream().filter(e -> !e.isSuperseded())
                .sorted(Comparator.comparing(EvidenceView::assessedOn)).toList();
        List<Gridline> levels = new ArrayList<>();
        for (var level : scale.levels()) {
            levels.add(new Gridline(y(level.value(), scale, height), level.label()));
        }
        List<Point> points = new ArrayList<>();
        if (!current.isEmpty()) {
            LocalDate first = current.get(0).assessedOn();
            long span = Math.max(1, ChronoUnit.DAYS.between(first, current.get(current.size() - 1).assessedOn()));
            for (EvidenceView e : current) {
                int x = left + (int) ((width - left - 20) * ChronoUnit.DAYS.between(first, e.assessedOn()) / span);
                e.scores().stream().filter(s -> (s.competencyId() != null && s.competencyId() == competencyId)
                                || (s.objectiveId() != null && objectiveIds.contains(s.objectiveId())))
                        .forEach(s -> points.add(new Point(x, y(s.level(), scale, height), s.level(),
                                e.assessedOn(), e.title() + " — " + scale.labelOf(s.level()))));
            }
        }
        return new ScoreChart(width, height, points, levels, y(scale.masteryThreshold(), scale, height));
    }

    private static int y(int level, ScaleView scale, int height) {
        int steps = Math.max(1, scale.maxLevel() - scale.minLevel());
        return 20 + (height - 40) * (scale.maxLevel() - level) / steps;
    }
}
