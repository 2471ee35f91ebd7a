package org.pathwayplanner.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.pathwayplanner.framework.FrameworkViews.PrerequisiteEdge;
import org.pathwayplanner.progress.ProgressViews.CompetencyProgress;

/**
 * The competency map as a picture: prerequisites above what they unlock, in layers, with each arrow routed
 * between the boxes by Eclipse ELK's layered algorithm (so no arrow runs through a box it does not join).
 * The content area of each box is its colour band and its small second line. Coordinates only; the
 * template draws the SVG.
 */
record CompetencyMap(int width, int height, List<Area> areas, List<Node> nodes, List<Arrow> arrows) {

    static final int NODE_WIDTH = 190;
    static final int NODE_HEIGHT = 58;
    private static final String CROSS_CURRICULAR = "~cross-curricular";
    /** Colours of the area bands (app.css .area-N); areas beyond them repeat, their names still tell them apart. */
    static final int AREA_COLOURS = 8;

    /** A content area; a null title is the cross-curricular competencies (the page names them). */
    record Area(String code, String title, int colour) {
    }

    record Node(long id, String title, String status, Area area, int x, int y, List<String> lines) {
    }

    record Point(int x, int y) {
    }

    /** From the prerequisite's box to the box of what it unlocks, through its bend points. */
    record Arrow(long fromId, long toId, List<Point> points) {

        /** The SVG path data. */
        public String path() {
            return points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" L", "M", ""));
        }
    }

    /** The nodes of one area, for the map's text alternative. */
    public List<Node> nodesOf(Area area) {
        return nodes.stream().filter(n -> n.area().equals(area)).toList();
    }

    /** {@code areaNames}: each content area's name by its code. */
    static CompetencyMap of(List<CompetencyProgress> competencies, List<PrerequisiteEdge> edges,
            Map<String, String> areaNames) {
        List<CompetencyProgress> ordered = competencies.stream()
                .sorted(Comparator.comparing(CompetencyMap::areaKey)
                        .thenComparingInt(CompetencyProgress::expectedGrade).thenComparing(CompetencyProgress::code))
                .toList();
        Map<String, Area> areas = new LinkedHashMap<>();
        ordered.forEach(c -> areas.computeIfAbsent(areaKey(c), key -> new Area(key,
                CROSS_CURRICULAR.equals(key) ? null : areaNames.getOrDefault(key, key), areas.size() % AREA_COLOURS)));

        Layout layout = layoutOf(new Shape(ordered.stream().map(CompetencyProgress::id).toList(), List.copyOf(edges)));

        List<Node> nodes = new ArrayList<>();
        for (CompetencyProgress c : ordered) {
            Point corner = layout.corners().get(c.id());
            nodes.add(new Node(c.id(), c.title(), c.status() == null ? "READY" : c.status(), areas.get(areaKey(c)),
                    corner.x(), corner.y(), wrap(c.title())));
        }
        return new CompetencyMap(layout.width(), layout.height(), List.copyOf(areas.values()), nodes, layout.arrows());
    }

    /** What the layout depends on: the boxes in their order (areas together) and the prerequisites. */
    private record Shape(List<Long> boxes, List<PrerequisiteEdge> edges) {
    }

    /** Where each box's top-left corner goes, and the arrows. */
    private record Layout(Map<Long, Point> corners, List<Arrow> arrows, int width, int height) {
    }

    /**
     * Every student's map has the framework's shape (only the statuses differ), so the last layout is kept and
     * computed again only when the framework changes: a layout takes tens of milliseconds warm, a second cold.
     */
    private static final AtomicReference<Map.Entry<Shape, Layout>> LAST = new AtomicReference<>();

    private static Layout layoutOf(Shape shape) {
        Map.Entry<Shape, Layout> last = LAST.get();
        if (last != null && last.getKey().equals(shape)) {
            return last.getValue();
        }
        Layout layout = layOut(shape);
        LAST.set(Map.entry(shape, layout));
        return layout;
    }

    private static Layout layOut(Shape shape) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(12));
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        graph.setProperty(CoreOptions.SPACING_EDGE_NODE, 12.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        // keep the areas' order (and so their boxes side by side) where crossings allow
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        graph.setProperty(CoreOptions.ASPECT_RATIO, 1.8);

        Map<Long, ElkNode> boxes = new LinkedHashMap<>();
        for (long id : shape.boxes()) {
            ElkNode box = ElkGraphUtil.createNode(graph);
            box.setIdentifier("c" + id);
            box.setDimensions(NODE_WIDTH, NODE_HEIGHT);
            boxes.put(id, box);
        }
        Map<ElkEdge, PrerequisiteEdge> arrowOf = new LinkedHashMap<>();
        for (PrerequisiteEdge edge : shape.edges()) {
            ElkNode from = boxes.get(edge.prerequisiteId());
            ElkNode to = boxes.get(edge.competencyId());
            if (from != null && to != null) {
                arrowOf.put(ElkGraphUtil.createSimpleEdge(from, to), edge);
            }
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        Map<Long, Point> corners = new LinkedHashMap<>();
        boxes.forEach((id, box) -> corners.put(id, new Point(round(box.getX()), round(box.getY()))));
        List<Arrow> arrows = new ArrayList<>();
        arrowOf.forEach((edge, prerequisite) -> {
            List<Point> points = new ArrayList<>();
            for (ElkEdgeSection section : edge.getSections()) {
                points.add(new Point(round(section.getStartX()), round(section.getStartY())));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new Point(round(bend.getX()), round(bend.getY())));
                }
                points.add(new Point(round(section.getEndX()), round(section.getEndY())));
            }
            arrows.add(new Arrow(prerequisite.prerequisiteId(), prerequisite.competencyId(), List.copyOf(points)));
        });
        return new Layout(Map.copyOf(corners), List.copyOf(arrows), (int) Math.ceil(graph.getWidth()),
                (int) Math.ceil(graph.getHeight()));
    }

    private static String areaKey(CompetencyProgress c) {
        return c.areaCode() == null ? CROSS_CURRICULAR : c.areaCode();
    }

    private static int round(double coordinate) {
        return (int) Math.round(coordinate);
    }

    /** Two short lines of a title, so a box stays readable. */
    private static List<String> wrap(String title) {
        if (title.length() <= 26) {
            return List.of(title);
        }
        int cut = title.lastIndexOf(' ', 26);
        String first = title.substring(0, cut < 0 ? 26 : cut);
        String rest = title.substring(first.length()).trim();
        return List.of(first, rest.length() > 26 ? rest.substring(0, 25) + "…" : rest);
    }
}
