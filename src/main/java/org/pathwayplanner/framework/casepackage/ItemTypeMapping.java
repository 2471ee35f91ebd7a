package org.pathwayplanner.framework.casepackage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which kind of this product's framework each CASE item type becomes, as the administrator confirmed it. A guess is
 * offered first: by the type's name when it says what it is ("Competency", "Learning Objective", "Domain"...), else
 * by how deep its items sit under the document (top level: content areas, then competencies, then objectives), the
 * shape of most state frameworks (OpenSALT's sample: Cluster, Standard, Component).
 */
record ItemTypeMapping(Map<String, Target> targets) {

    enum Target { CONTENT_AREA, COMPETENCY, LEARNING_OBJECTIVE, STATE_STANDARD, IGNORE }

    /** One type found in a package: how many items, how deep the shallowest, a few of them to recognise it by. */
    record TypeFound(String type, int count, int depth, List<String> examples) {
    }

    ItemTypeMapping {
        targets = Map.copyOf(targets);
    }

    Target of(String type) {
        return targets.getOrDefault(type, Target.IGNORE);
    }

    static ItemTypeMapping guess(List<TypeFound> types) {
        Map<String, Target> guessed = new LinkedHashMap<>();
        types.forEach(t -> guessed.put(t.type(), guess(t.type(), t.depth())));
        return new ItemTypeMapping(guessed);
    }

    static Target guess(String type, int depth) {
        String name = type.toLowerCase(Locale.ROOT);
        if (name.contains("competenc")) {
            return Target.COMPETENCY;
        }
        if (name.contains("objective") || name.contains("target") || name.contains("indicator")) {
            return Target.LEARNING_OBJECTIVE;
        }
        if (name.contains("state standard")) {
            return Target.STATE_STANDARD;
        }
        if (name.contains("area") || name.contains("domain") || name.contains("subject") || name.contains("strand")) {
            return Target.CONTENT_AREA;
        }
        if (name.isEmpty()) {
            return Target.IGNORE;
        }
        return switch (Math.max(depth, 0)) {
            case 0 -> Target.CONTENT_AREA;
            case 1 -> Target.COMPETENCY;
            default -> Target.LEARNING_OBJECTIVE;
        };
    }

    /** As kept with a preview: one {@code type=TARGET} per line. */
    String text() {
        return targets.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().replace("\n", " ") + "=" + e.getValue().name()).collect(Collectors.joining("\n"));
    }

    static ItemTypeMapping parse(String text) {
        Map<String, Target> targets = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.lastIndexOf('=');
                if (eq >= 0) {
                    targets.put(line.substring(0, eq), Target.valueOf(line.substring(eq + 1)));
                }
            }
        }
        return new ItemTypeMapping(targets);
    }
}
