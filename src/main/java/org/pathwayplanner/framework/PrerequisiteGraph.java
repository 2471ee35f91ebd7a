package org.pathwayplanner.framework;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwayplanner.framework.FrameworkViews.PrerequisiteEdge;

/** The prerequisite edges as a directed graph: competency → the competencies it requires. */
final class PrerequisiteGraph {

    private final Map<Long, List<Long>> requires = new HashMap<>();

    PrerequisiteGraph(Collection<PrerequisiteEdge> edges) {
        edges.forEach(e -> requires.computeIfAbsent(e.competencyId(), k -> new ArrayList<>()).add(e.prerequisiteId()));
    }

    /**
     * The cycle that adding "competency requires prerequisite" would close, as ids from the
     * competency round to itself; empty when the edge keeps the graph acyclic.
     */
    Optional<List<Long>> cycleIfAdded(long competency, long prerequisite) {
        if (competency == prerequisite) {
            return Optional.of(List.of(competency, competency));
        }
        return pathBetween(prerequisite, competency).map(path -> {
            List<Long> cycle = new ArrayList<>();
            cycle.add(competency);
            cycle.addAll(path);
            return cycle;
        });
    }

    /** Depth-first search along "requires" edges; returns the path from..to inclusive. */
    private Optional<List<Long>> pathBetween(long from, long to) {
        Map<Long, Long> cameFrom = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> stack = new ArrayDeque<>();
        stack.push(from);
        seen.add(from);
        while (!stack.isEmpty()) {
            long current = stack.pop();
            if (current == to) {
                return Optional.of(walkBack(cameFrom, from, to));
            }
            for (long next : requires.getOrDefault(current, List.of())) {
                if (seen.add(next)) {
                    cameFrom.put(next, current);
                    stack.push(next);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Long> walkBack(Map<Long, Long> cameFrom, long from, long to) {
        List<Long> path = new ArrayList<>();
        for (Long at = to; at != null; at = at == from ? null : cameFrom.get(at)) {
            path.add(0, at);
        }
        return path;
    }
}
