package org.pathwayplanner.framework.casepackage;

import static org.pathwayplanner.framework.casepackage.CaseVocabulary.EXACT_MATCH_OF;
import static org.pathwayplanner.framework.casepackage.CaseVocabulary.IS_CHILD_OF;
import static org.pathwayplanner.framework.casepackage.CaseVocabulary.IS_RELATED_TO;
import static org.pathwayplanner.framework.casepackage.CaseVocabulary.PRECEDES;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pathwayplanner.exchange.ImportProblems;
import org.pathwayplanner.framework.IncomingFramework;
import org.pathwayplanner.framework.IncomingFramework.Area;
import org.pathwayplanner.framework.IncomingFramework.CompetencyItem;
import org.pathwayplanner.framework.IncomingFramework.Link;
import org.pathwayplanner.framework.IncomingFramework.ObjectiveItem;
import org.pathwayplanner.framework.IncomingFramework.Standard;
import org.pathwayplanner.framework.casepackage.CfPackage.Association;
import org.pathwayplanner.framework.casepackage.CfPackage.Item;
import org.pathwayplanner.framework.casepackage.ItemTypeMapping.Target;
import org.pathwayplanner.framework.casepackage.ItemTypeMapping.TypeFound;

/**
 * Sorts a package's items into this product's kinds by the administrator's mapping, and reads its hierarchy
 * ({@code isChildOf}), prerequisites ({@code precedes}) and alignments ({@code exactMatchOf}, {@code isRelatedTo}
 * between a competency and a standard). Problems found in the package's own shape (an objective outside a
 * competency, a competency under something that is not a content area, an identifier that is not one) are named
 * with where they are; associations of other kinds, or with an end outside the package or not imported, are counted
 * as left aside.
 */
final class PackageSorting {

    private static final Pattern IDENTIFIER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._:-]{0,35}");
    private static final Pattern CODE_CHARACTERS = Pattern.compile("[^A-Za-z0-9._-]");

    /** The sorted framework and how many associations were left aside. */
    record Sorted(IncomingFramework framework, int associationsLeftAside) {
    }

    private final CfPackage pkg;
    private final String file;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Item> byId = new HashMap<>();
    private final Map<String, Association> parentOf = new HashMap<>();

    PackageSorting(CfPackage pkg, String file) {
        this.pkg = pkg;
        this.file = file;
        for (int i = 0; i < pkg.items().size(); i++) {
            Item item = pkg.items().get(i);
            if (item != null && item.identifier() != null) {
                byId.putIfAbsent(item.identifier().toLowerCase(), item);
                index.putIfAbsent(item.identifier().toLowerCase(), i);
            }
        }
        for (Association a : pkg.associations()) {
            if (a != null && IS_CHILD_OF.equals(a.associationType())) {
                parentOf.putIfAbsent(a.from(), a);
            }
        }
    }

    String documentIdentifier() {
        return pkg.document().identifier().toLowerCase();
    }

    /** The item types in the package, in the order first met, with counts, depth and up to three examples. */
    List<TypeFound> types() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<String>> examples = new HashMap<>();
        for (Item item : pkg.items()) {
            if (item == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(item.typeName(), t -> new int[] {0, Integer.MAX_VALUE});
            c[0]++;
            c[1] = Math.min(c[1], depth(item.identifier() == null ? "" : item.identifier().toLowerCase()));
            List<String> some = examples.computeIfAbsent(item.typeName(), t -> new ArrayList<>());
            if (some.size() < 3) {
                String code = item.humanCodingScheme() == null ? "" : item.humanCodingScheme() + " ";
                String statement = item.fullStatement() == null ? "" : item.fullStatement();
                some.add(abbreviate(code + statement, 90));
            }
        }
        return counts.entrySet().stream().map(e -> new TypeFound(e.getKey(), e.getValue()[0], e.getValue()[1],
                List.copyOf(examples.get(e.getKey())))).toList();
    }

    Sorted sort(ItemTypeMapping mapping, ImportProblems problems) {
        List<Area> areas = new ArrayList<>();
        List<Standard> standards = new ArrayList<>();
        List<CompetencyItem> competencies = new ArrayList<>();
        List<ObjectiveItem> objectives = new ArrayList<>();
        Set<String> retired = new HashSet<>();
        Map<String, Target> kindOf = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pkg.items().size(); i++) {
            Item item = pkg.items().get(i);
            String at = "/CFItems/" + i;
            if (item == null) {
                continue;
            }
            Target target = mapping.of(item.typeName());
            if (target == Target.IGNORE) {
                continue;
            }
            if (item.identifier() == null || !IDENTIFIER.matcher(item.identifier()).matches()) {
                problems.at(file, 0, at, "case.problem.identifier", String.valueOf(item.identifier()));
                continue;
            }
            String id = item.identifier().toLowerCase();
            if (!seen.add(id)) {
                problems.at(file, 0, at, "case.problem.duplicateIdentifier", id);
                continue;
            }
            kindOf.put(id, target);
            if (isRetired(item)) {
                retired.add(id);
            }
        }
        for (int i = 0; i < pkg.items().size(); i++) {
            Item item = pkg.items().get(i);
            if (item == null || item.identifier() == null || !kindOf.containsKey(item.identifier().toLowerCase())) {
                continue;
            }
            String id = item.identifier().toLowerCase();
            String at = "/CFItems/" + i;
            String code = code(item);
            String statement = statement(item);
            Association parentLink = parentOf.get(id);
            String parent = parentLink == null ? null : parentLink.to();
            boolean underDocument = parent == null || parent.equals(documentIdentifier()) || !byId.containsKey(parent);
            Target parentKind = underDocument ? null : kindOf.get(parent);
            switch (kindOf.get(id)) {
                case CONTENT_AREA -> areas.add(new Area(at, id, code, statement));
                // a standard's code is the State Board's, written as it is (CT's "VA:Cr1.1.HSI")
                case STATE_STANDARD -> standards.add(new Standard(at, id, item.humanCodingScheme() == null
                        || item.humanCodingScheme().isBlank() ? code : item.humanCodingScheme().strip(), statement));
                case COMPETENCY -> {
                    if (!underDocument && parentKind != Target.CONTENT_AREA) {
                        problems.at(file, 0, at, "case.problem.competencyParent", code, describe(parent));
                        continue;
                    }
                    competencies.add(new CompetencyItem(at, id, code, statement, text(item.notes()),
                            underDocument ? null : parent, grade(item), text(item.ours().path("calculationMethod")
                                    .asText(null)),
                            item.ours().hasNonNull("pointsThreshold") ? item.ours().get("pointsThreshold").asInt()
                                    : null));
                }
                case LEARNING_OBJECTIVE -> {
                    if (parentKind != Target.COMPETENCY) {
                        problems.at(file, 0, at, "case.problem.objectiveParent", code,
                                underDocument ? "-" : describe(parent));
                        continue;
                    }
                    objectives.add(new ObjectiveItem(at, id, code, statement,
                            item.ours().path("points").asInt(1), item.ours().path("required").asBoolean(true),
                            parent));
                }
                default -> { }
            }
        }
        objectives.sort(java.util.Comparator.comparingInt(o -> sequence(o.identifier())));

        List<Link> prerequisites = new ArrayList<>();
        List<Link> alignments = new ArrayList<>();
        int leftAside = 0;
        for (int i = 0; i < pkg.associations().size(); i++) {
            Association a = pkg.associations().get(i);
            if (a == null) {
                continue;
            }
            String at = "/CFAssociations/" + i;
            Target from = kindOf.get(a.from());
            Target to = kindOf.get(a.to());
            if (PRECEDES.equals(a.associationType()) && from == Target.COMPETENCY && to == Target.COMPETENCY) {
                // "A precedes B": B requires A
                prerequisites.add(new Link(at, a.to(), a.from()));
            } else if ((EXACT_MATCH_OF.equals(a.associationType()) || IS_RELATED_TO.equals(a.associationType()))
                    && (from == Target.COMPETENCY && to == Target.STATE_STANDARD
                    || from == Target.STATE_STANDARD && to == Target.COMPETENCY)) {
                alignments.add(from == Target.COMPETENCY ? new Link(at, a.from(), a.to())
                        : new Link(at, a.to(), a.from()));
            } else if (!IS_CHILD_OF.equals(a.associationType()) || from == null) {
                leftAside++;
            }
        }
        String title = pkg.document().title() == null ? documentIdentifier() : pkg.document().title();
        return new Sorted(new IncomingFramework(documentIdentifier(), title, areas, standards, competencies,
                objectives, prerequisites, alignments, retired), leftAside);
    }

    /** How many {@code isChildOf} steps from the item up to the document (0: directly under it). */
    private int depth(String id) {
        int depth = 0;
        Set<String> visited = new HashSet<>();
        String at = id;
        while (parentOf.containsKey(at) && byId.containsKey(parentOf.get(at).to()) && visited.add(at)) {
            at = parentOf.get(at).to();
            depth++;
        }
        return depth;
    }

    private int sequence(String id) {
        Association a = parentOf.get(id);
        return a == null || a.sequenceNumber() == null ? index.getOrDefault(id, 0) + 100_000 : a.sequenceNumber();
    }

    private String describe(String id) {
        Item item = byId.get(id);
        return item == null ? id : code(item) + " (" + item.typeName() + ")";
    }

    /** The item's human code, made plain (letters, digits, dots, dashes, underscores); else one from its identifier. */
    private static String code(Item item) {
        String human = item.humanCodingScheme() == null ? "" : item.humanCodingScheme().strip();
        if (!human.isEmpty()) {
            return CODE_CHARACTERS.matcher(human).replaceAll("-");
        }
        return "CASE-" + item.identifier().replace("-", "").substring(0, Math.min(8, item.identifier().length()));
    }

    private static String statement(Item item) {
        String full = text(item.fullStatement());
        return full != null ? full : text(item.abbreviatedStatement());
    }

    /** The highest grade the item is for (CEDS codes "06" to "12"), kept within 6-12; grade 12 when unsaid. */
    private static int grade(Item item) {
        int grade = 0;
        if (item.educationLevel() != null) {
            for (String level : item.educationLevel()) {
                try {
                    grade = Math.max(grade, Integer.parseInt(level.strip()));
                } catch (NumberFormatException | NullPointerException notAGrade) {
                    // "KG", "PK", "HS": not a grade number
                }
            }
        }
        return grade == 0 ? 12 : Math.min(12, Math.max(6, grade));
    }

    /** A status that ended before today retires the item. */
    private static boolean isRetired(Item item) {
        if (item.statusEndDate() == null || item.statusEndDate().isBlank()) {
            return false;
        }
        try {
            return LocalDate.parse(item.statusEndDate().strip().substring(0, 10)).isBefore(LocalDate.now());
        } catch (DateTimeParseException | IndexOutOfBoundsException unreadable) {
            return false;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
