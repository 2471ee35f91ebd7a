package org.pathwayplanner.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.framework.FrameworkViews.PrerequisiteEdge;
import org.pathwayplanner.progress.ProgressViews.CompetencyProgress;

/**
 * The competency map as a picture: one column per content area, competencies by expected grade, an
 * arrow from each prerequisite to what it unlocks. Coordinates only; the template draws the SVG.
 */
record CompetencyMap(int width, int height, List<Column> columns, List<Node> nodes, List<Arrow> arrows) {

    static final int NODE_WIDTH = 190;
    static final int NODE_HEIGHT = 46;
    static final int COLUMN_GAP = 30;
    static final int ROW_GAP = 22;
    static final int TOP = 40;
    private static final String CROSS_CURRICULAR = "~cross-curricular";

    /** A content area's column; a null title is the cross-curricular column (the page names it). */
    record Column(String title, int x) {
    }

    record Node(long id, String title, String status, int x, int y, List<String> lines) {
    }

    /** The nodes of one column, for the map's text alternative. */
    public List<Node> nodesOf(Column column) {
        return nodes.stream().filter(n -> n.x() == column.x()).toList();
    }

    record Arrow(int x1, int y1, int x2, int y2) {
    }

    /** {@code areaNames}: each content area's name by its code, for the column titles. */
    static CompetencyMap of(List<CompetencyProgress> competencies, List<PrerequisiteEdge> edges,
            Map<String, String> areaNames) {
        Map<String, List<CompetencyProgress>> byArea = new LinkedHashMap<>();
        competencies.stream()
                .sorted(Comparator.comparing((CompetencyProgress c) -> c.areaCode() == null ? "~" : c.areaCode())
                        .thenComparingInt(CompetencyProgress::expectedGrade).thenComparing(CompetencyProgress::code))
                .forEach(c -> byArea.computeIfAbsent(c.areaCode() == null ? CROSS_CURRICULAR : c.areaCode(),
                        k -> new ArrayList<>()).add(c));
        List<Column> columns = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        Map<Long, Node> byId = new LinkedHashMap<>();
        int x = 10;
        int maxRows = 0;
        for (Map.Entry<String, List<CompetencyProgress>> area : byArea.entrySet()) {
            columns.add(new Column(CROSS_CURRICULAR.equals(area.getKey()) ? null
                    : areaNames.getOrDefault(area.getKey(), area.getKey()), x));
            int y = TOP;
            for (CompetencyProgress c : area.getValue()) {
                Node node = new Node(c.id(), c.title(), c.status() == null ? "READY" : c.status(), x, y, wrap(c.title()));
                nodes.add(node);
                byId.put(c.id(), node);
                y += NODE_HEIGHT + ROW_GAP;
            }
            maxRows = Math.max(maxRows, area.getValue().size());
            x += NODE_WIDTH + COLUMN_GAP;
        }
        List<Arrow> arrows = new ArrayList<>();
        for (PrerequisiteEdge edge : edges) {
            Node from = byId.get(edge.prerequisiteId());
            Node to = byId.get(edge.competencyId());
            if (from != null && to != null) {
                arrows.add(from.x() == to.x()
                        ? new Arrow(from.x() + NODE_WIDTH / 2, from.y() + NODE_HEIGHT, to.x() + NODE_WIDTH / 2, to.y())
                        : new Arrow(from.x() + (from.x() < to.x() ? NODE_WIDTH : 0), from.y() + NODE_HEIGHT / 2,
                                to.x() + (from.x() < to.x() ? 0 : NODE_WIDTH), to.y() + NODE_HEIGHT / 2));
            }
        }
        return new CompetencyMap(x, TOP + maxRows * (NODE_HEIGHT + ROW_GAP), columns, nodes, arrows);
    }

    /** Two short lines of a title, so a box stays readable. */
    private static List<String> wrap(String title) {
        if (title.length() <= 28) {
            return List.of(title);
        }
        int cut = title.lastIndexOf(' ', 28);
        String first = title.substring(0, cut < 0 ? 28 : cut);
        String rest = title.substring(first.length()).trim();
        return List.of(first, rest.length() > 28 ? rest.substring(0, 27) + "…" : rest);
    }
}
