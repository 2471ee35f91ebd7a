package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.framework.FrameworkViews.PrerequisiteEdge;
import org.pathwayplanner.progress.CompetencyMap.Arrow;
import org.pathwayplanner.progress.CompetencyMap.Node;
import org.pathwayplanner.progress.CompetencyMap.Point;
import org.pathwayplanner.progress.ProgressViews.CompetencyProgress;

/** The map's layout (ELK layered): every box and arrow is placed, and no arrow runs through a box it does not join. */
class CompetencyMapLayoutTest {

    @Test
    void noArrowOfTheDemoFrameworkCrossesABoxItDoesNotJoin() throws Exception {
        Framework demo = demoFramework();

        CompetencyMap map = CompetencyMap.of(demo.competencies(), demo.edges(), demo.areaNames());

        assertThat(map.nodes()).hasSize(demo.competencies().size());
        assertThat(map.arrows()).hasSize(demo.edges().size());
        assertThat(crossings(map)).isEmpty();
        assertThat(overlappingBoxes(map)).isEmpty();
    }

    @Test
    void noArrowOfALargeDenseFrameworkCrossesABoxItDoesNotJoin() {
        Framework dense = denseFramework(400, 900, 7);

        long start = System.nanoTime();
        CompetencyMap map = CompetencyMap.of(dense.competencies(), dense.edges(), dense.areaNames());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Competency map layout of %d competencies and %d prerequisites: %d ms%n",
                dense.competencies().size(), dense.edges().size(), millis);

        assertThat(map.arrows()).hasSize(dense.edges().size());
        assertThat(crossings(map)).isEmpty();
        assertThat(overlappingBoxes(map)).isEmpty();
        assertThat(millis).as("layout time of 400 competencies and 900 prerequisites").isLessThan(10_000);
    }

    @Test
    void eachArrowStartsAtItsPrerequisiteAndEndsAtWhatItUnlocks() throws Exception {
        Framework demo = demoFramework();

        CompetencyMap map = CompetencyMap.of(demo.competencies(), demo.edges(), demo.areaNames());

        Map<Long, Node> byId = new LinkedHashMap<>();
        map.nodes().forEach(n -> byId.put(n.id(), n));
        for (Arrow arrow : map.arrows()) {
            assertThat(onBorder(arrow.points().get(0), byId.get(arrow.fromId()))).as(arrow.path()).isTrue();
            assertThat(onBorder(arrow.points().get(arrow.points().size() - 1), byId.get(arrow.toId())))
                    .as(arrow.path()).isTrue();
            assertThat(arrow.path()).startsWith("M").contains(" L");
        }
    }

    @Test
    void theAreasKeepTheirNamesAndEachBoxNamesItsArea() throws Exception {
        Framework demo = demoFramework();

        CompetencyMap map = CompetencyMap.of(demo.competencies(), demo.edges(), demo.areaNames());

        assertThat(map.areas()).extracting(CompetencyMap.Area::title).contains("Mathematics", (String) null);
        map.areas().forEach(area -> assertThat(map.nodesOf(area)).isNotEmpty()
                .allSatisfy(n -> assertThat(n.area()).isEqualTo(area)));
        assertThat(map.areas()).extracting(CompetencyMap.Area::colour).doesNotHaveDuplicates();
    }

    @Test
    void everyStudentsMapSharesTheLayoutUntilThePrerequisitesChange() throws Exception {
        Framework demo = demoFramework();
        List<CompetencyProgress> allMastered = demo.competencies().stream().map(c -> new CompetencyProgress(c.id(),
                c.code(), c.title(), c.areaCode(), c.expectedGrade(), "MASTERED", true, null, null, null, null, null,
                null, List.of(), List.of(), List.of())).toList();

        CompetencyMap one = CompetencyMap.of(demo.competencies(), demo.edges(), demo.areaNames());
        CompetencyMap another = CompetencyMap.of(allMastered, demo.edges(), demo.areaNames());
        List<PrerequisiteEdge> oneMore = new ArrayList<>(demo.edges());
        oneMore.add(new PrerequisiteEdge(demo.competencies().get(5).id(), demo.competencies().get(0).id()));
        CompetencyMap changed = CompetencyMap.of(demo.competencies(), oneMore, demo.areaNames());

        assertThat(another.arrows()).isSameAs(one.arrows());
        assertThat(another.nodes()).allSatisfy(n -> assertThat(n.status()).isEqualTo("MASTERED"));
        assertThat(changed.arrows()).hasSize(one.arrows().size() + 1);
        assertThat(crossings(changed)).isEmpty();
    }

    @Test
    void theCrossingCheckSeesAnArrowThroughAThirdBox() {
        var area = new CompetencyMap.Area("A", "Area", 0);
        var top = new Node(1, "Top", "READY", area, 0, 0, List.of("Top"));
        var middle = new Node(2, "Middle", "READY", area, 0, 100, List.of("Middle"));
        var bottom = new Node(3, "Bottom", "READY", area, 0, 200, List.of("Bottom"));
        var straightDown = new Arrow(1, 3, List.of(new Point(95, 58), new Point(95, 200)));
        var aside = new Arrow(1, 3, List.of(new Point(95, 58), new Point(95, 79), new Point(200, 79),
                new Point(200, 180), new Point(95, 180), new Point(95, 200)));

        assertThat(crossings(new CompetencyMap(300, 300, List.of(area), List.of(top, middle, bottom), List.of(straightDown))))
                .containsExactly("1->3 crosses 2");
        assertThat(crossings(new CompetencyMap(300, 300, List.of(area), List.of(top, middle, bottom), List.of(aside))))
                .isEmpty();
    }

    /** Arrows whose segment enters the inside of a box other than its two ends' (one pixel of rounding allowed). */
    static List<String> crossings(CompetencyMap map) {
        List<String> found = new ArrayList<>();
        for (Arrow arrow : map.arrows()) {
            for (int i = 1; i < arrow.points().size(); i++) {
                Point a = arrow.points().get(i - 1);
                Point b = arrow.points().get(i);
                for (Node n : map.nodes()) {
                    if (n.id() != arrow.fromId() && n.id() != arrow.toId() && segmentEntersBox(a, b, n)) {
                        found.add(arrow.fromId() + "->" + arrow.toId() + " crosses " + n.id());
                    }
                }
            }
        }
        return found;
    }

    private static List<String> overlappingBoxes(CompetencyMap map) {
        List<String> found = new ArrayList<>();
        for (Node a : map.nodes()) {
            for (Node b : map.nodes()) {
                if (a.id() < b.id() && a.x() < b.x() + CompetencyMap.NODE_WIDTH && b.x() < a.x() + CompetencyMap.NODE_WIDTH
                        && a.y() < b.y() + CompetencyMap.NODE_HEIGHT && b.y() < a.y() + CompetencyMap.NODE_HEIGHT) {
                    found.add(a.id() + " overlaps " + b.id());
                }
            }
        }
        return found;
    }

    /** Liang-Barsky clipping against the box shrunk by one pixel: does any part of the segment lie inside? */
    private static boolean segmentEntersBox(Point a, Point b, Node n) {
        double left = n.x() + 1, right = n.x() + CompetencyMap.NODE_WIDTH - 1;
        double top = n.y() + 1, bottom = n.y() + CompetencyMap.NODE_HEIGHT - 1;
        double dx = b.x() - a.x(), dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - left, right - a.x(), a.y() - top, bottom - a.y()};
        double t0 = 0, t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }

    private static boolean onBorder(Point p, Node n) {
        boolean withinX = p.x() >= n.x() - 1 && p.x() <= n.x() + CompetencyMap.NODE_WIDTH + 1;
        boolean withinY = p.y() >= n.y() - 1 && p.y() <= n.y() + CompetencyMap.NODE_HEIGHT + 1;
        boolean onEdge = Math.abs(p.y() - n.y()) <= 1 || Math.abs(p.y() - n.y() - CompetencyMap.NODE_HEIGHT) <= 1
                || Math.abs(p.x() - n.x()) <= 1 || Math.abs(p.x() - n.x() - CompetencyMap.NODE_WIDTH) <= 1;
        return withinX && withinY && onEdge;
    }

    record Framework(List<CompetencyProgress> competencies, List<PrerequisiteEdge> edges, Map<String, String> areaNames) {
    }

    /** The demo district's framework as shipped in demo/framework.txt: areas, competencies and prerequisites. */
    static Framework demoFramework() throws Exception {
        List<CompetencyProgress> competencies = new ArrayList<>();
        List<PrerequisiteEdge> edges = new ArrayList<>();
        Map<String, String> areaNames = new LinkedHashMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<String, List<String>> prerequisites = new LinkedHashMap<>();
        String area = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CompetencyMapLayoutTest.class.getResourceAsStream("/demo/framework.txt"), StandardCharsets.UTF_8))) {
            for (String line : reader.lines().map(String::strip).toList()) {
                String[] f = line.length() > 2 ? line.substring(2).split("\\|", -1) : new String[0];
                if (line.startsWith("= ")) {
                    area = f[0].strip().equals("CC") ? null : f[0].strip();
                    if (area != null) {
                        areaNames.put(area, f[1].strip());
                    }
                } else if (line.startsWith("* ")) {
                    String code = f[0].strip();
                    ids.put(code, (long) ids.size() + 1);
                    competencies.add(competency(ids.get(code), code, f[1].strip(), area, Integer.parseInt(f[2].strip())));
                    prerequisites.put(code, f[3].isBlank() ? List.of() : List.of(f[3].strip().split("\\s+")));
                }
            }
        }
        prerequisites.forEach((code, before) -> before.forEach(p -> edges.add(new PrerequisiteEdge(ids.get(code), ids.get(p)))));
        assertThat(edges).isNotEmpty();
        return new Framework(competencies, edges, areaNames);
    }

    /** {@code size} competencies in {@code areas} areas, each with prerequisites drawn from earlier ones (any area). */
    static Framework denseFramework(int size, int edgeCount, int areas) {
        Random random = new Random(13);
        List<CompetencyProgress> competencies = new ArrayList<>();
        Map<String, String> areaNames = new LinkedHashMap<>();
        for (int a = 0; a < areas; a++) {
            areaNames.put("A" + a, "Area " + a);
        }
        String[] statuses = {"MASTERED", "IN_PROGRESS", "READY", "LOCKED"};
        for (int i = 1; i <= size; i++) {
            CompetencyProgress c = competency(i, "C-" + i, "Competency number " + i + " of a dense framework",
                    i % (areas + 1) == 0 ? null : "A" + (i % (areas + 1) - 1), 9 + i * 4 / size);
            competencies.add(c);
        }
        List<PrerequisiteEdge> edges = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (edges.size() < edgeCount) {
            int to = 2 + random.nextInt(size - 1);
            int from = 1 + random.nextInt(Math.min(to - 1, 40)) + Math.max(0, to - 41);
            if (seen.add(from + ">" + to)) {
                edges.add(new PrerequisiteEdge(to, from));
            }
        }
        return new Framework(competencies, edges, areaNames);
    }

    private static CompetencyProgress competency(long id, String code, String title, String area, int grade) {
        String[] statuses = {"MASTERED", "IN_PROGRESS", "READY", "LOCKED"};
        return new CompetencyProgress(id, code, title, area, grade, statuses[(int) (id % 4)], id % 4 == 0, null, null,
                null, null, null, null, List.of(), List.of(), List.of());
    }
}
