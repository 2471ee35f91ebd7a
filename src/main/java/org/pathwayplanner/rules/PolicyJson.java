package org.pathwayplanner.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes {@code policy.json}. Reading never throws: it returns the document (every field the text lacks
 * taken from {@link PolicyDocument#DEFAULTS}) with every problem found, each on its field and line — a field the
 * document does not know (a misspelt name), a value of the wrong type, out of its range ({@link PolicyFields}), or
 * naming a method, tie rule, award rule or kind code that does not exist. What needs the district's data (content
 * and credit areas, the scale) is checked by the policy administration on top of this.
 */
public final class PolicyJson {

    /** What a kind's code looks like: capitals, digits and _ (INTERNSHIP, SUMMER_BRIDGE). */
    public static final Pattern KIND_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    public static final List<String> TIE_RULES = List.of(Policies.MasteryPolicy.TIE_TO_MOST_RECENT,
            Policies.MasteryPolicy.TIE_TO_HIGHER);
    public static final List<String> AWARD_RULES = List.of(Policies.AwardPolicy.KEEP, Policies.AwardPolicy.RECALCULATE);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final JsonNode DEFAULTS = MAPPER.valueToTree(PolicyDocument.DEFAULTS);

    /** The document read, and every problem of the text (none when it can be used as it is). */
    public record Reading(PolicyDocument document, List<PolicyProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private PolicyJson() {
    }

    /** The document as the file holds it: two-space indented JSON, fields in the order of the records. */
    public static String write(PolicyDocument document) {
        try {
            return MAPPER.writeValueAsString(document).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A policy document always converts to JSON", e);
        }
    }

    public static Reading read(String text) {
        List<PolicyProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new PolicyProblem("", 1, "policy.error.empty", List.of(),
                    "The policy document is empty: write { } to take every shipped value"));
            return new Reading(PolicyDocument.DEFAULTS, problems);
        }
        JsonNode given;
        try {
            given = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            problems.add(new PolicyProblem("", line, "policy.error.unreadable", List.of(e.getOriginalMessage()),
                    "This is not JSON the policy can read: " + e.getOriginalMessage()));
            return new Reading(PolicyDocument.DEFAULTS, problems);
        }
        Lines lines = Lines.in(text);
        if (!given.isObject()) {
            problems.add(new PolicyProblem("", 1, "policy.error.unreadable", List.of("{ … }"),
                    "The policy document is one JSON object: { \"mastery\": { … }, … }"));
            return new Reading(PolicyDocument.DEFAULTS, problems);
        }
        Merge merge = new Merge(lines, problems);
        JsonNode merged = merge.value(DEFAULTS, null, given, "");
        PolicyDocument document;
        try {
            document = MAPPER.treeToValue(merged, PolicyDocument.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add(new PolicyProblem("", 1, "policy.error.unreadable", List.of(e.getMessage()),
                    "The policy document cannot be read: " + e.getMessage()));
            return new Reading(PolicyDocument.DEFAULTS, problems);
        }
        new Meaning(lines, problems).check(document);   // on the merged values: a wrong one was replaced
        return new Reading(document, List.copyOf(problems));
    }

    /** Puts the text's values over the defaults, noting every unknown field and every value of the wrong type. */
    private record Merge(Lines lines, List<PolicyProblem> problems) {

        JsonNode value(JsonNode defaults, JsonNode itemDefaults, JsonNode given, String path) {
            if (given == null || given.isMissingNode()) {
                return defaults;
            }
            if (given.isNull()) {
                problem(path, "policy.error.required", List.of(), "Give a value");
                return defaults;
            }
            if (defaults.isObject()) {
                return object((ObjectNode) defaults, itemDefaults, given, path);
            }
            if (defaults.isArray()) {
                return array((ArrayNode) defaults, given, path);
            }
            if (defaults.isNumber()) {
                if (!given.isNumber()) {
                    problem(path, "policy.error.number", List.of(), "Give a number, not " + given);
                    return defaults;
                }
                if (defaults.isIntegralNumber() && !isWhole(given)) {
                    problem(path, "policy.error.whole", List.of(given.asText()), "Give a whole number, not "
                            + given.asText());
                    return defaults;
                }
                return given;
            }
            if (!given.isTextual()) {
                problem(path, "policy.error.text", List.of(), "Give a text in quotes, not " + given);
                return defaults;
            }
            return given;
        }

        private JsonNode object(ObjectNode defaults, JsonNode itemDefaults, JsonNode given, String path) {
            if (!given.isObject()) {
                problem(path, "policy.error.object", List.of(), "Give a group of fields { … } here");
                return defaults;
            }
            ObjectNode result = MAPPER.createObjectNode();
            for (Iterator<String> names = given.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!defaults.has(name)) {
                    problem(join(path, name), "policy.error.unknownField", List.of(name, String.join(", ",
                            fieldNames(defaults))), "There is no field " + name + " here; the fields are "
                            + String.join(", ", fieldNames(defaults)));
                }
            }
            for (Iterator<String> names = defaults.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode value = given.get(name);
                if (value == null && itemDefaults != null) {
                    result.set(name, itemDefaults.get(name));
                } else if (value == null && !path.endsWith("]")) {
                    result.set(name, defaults.get(name));
                } else if (value == null) {
                    problem(join(path, name), "policy.error.required", List.of(), "Give a value for " + name);
                    result.set(name, defaults.get(name));
                } else {
                    result.set(name, value(defaults.get(name), null, value, join(path, name)));
                }
            }
            return result;
        }

        private JsonNode array(ArrayNode defaults, JsonNode given, String path) {
            if (!given.isArray()) {
                problem(path, "policy.error.list", List.of(), "Give a list [ … ] here");
                return defaults;
            }
            if (given.size() > PolicyFields.MAX_ROWS) {
                problem(path, "policy.error.tooMany", List.of(PolicyFields.MAX_ROWS), "Give at most "
                        + PolicyFields.MAX_ROWS + " rows");
            }
            ArrayNode result = MAPPER.createArrayNode();
            JsonNode template = defaults.get(0);
            for (int i = 0; i < given.size(); i++) {
                JsonNode item = given.get(i);
                JsonNode sameCode = item.hasNonNull("code") ? byCode(defaults, item.get("code").asText()) : null;
                result.add(value(template, sameCode, item, path + "[" + i + "]"));
            }
            return result;
        }

        private static JsonNode byCode(ArrayNode defaults, String code) {
            for (JsonNode row : defaults) {
                if (row.path("code").asText().equals(code)) {
                    return row;
                }
            }
            return null;
        }

        private static boolean isWhole(JsonNode number) {
            return number.isIntegralNumber() || number.decimalValue().stripTrailingZeros().scale() <= 0;
        }

        private static List<String> fieldNames(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }

        private void problem(String path, String code, List<Object> args, String message) {
            problems.add(new PolicyProblem(path, lines.lineOf(path), code, args, message));
        }
    }

    /** What the values mean: ranges, methods and rules that exist, codes that are unique. */
    private record Meaning(Lines lines, List<PolicyProblem> problems) {

        void check(PolicyDocument document) {
            ranges(MAPPER.valueToTree(document), "");
            PolicyDocument.Mastery mastery = document.mastery();
            method("mastery.districtMethod", mastery.districtMethod());
            oneOf("mastery.modeTieGoesTo", mastery.modeTieGoesTo(), TIE_RULES, "policy.error.tie");
            Set<String> areas = new HashSet<>();
            for (int i = 0; i < mastery.areaMethods().size(); i++) {
                PolicyDocument.AreaMethodRow row = mastery.areaMethods().get(i);
                String path = "mastery.areaMethods[" + i + "]";
                if (row.area().isBlank()) {
                    problem(path + ".area", "policy.error.required", List.of(), "Choose the content area");
                } else if (!areas.add(row.area())) {
                    problem(path + ".area", "policy.error.duplicate", List.of(row.area()), "The area " + row.area()
                            + " has a method already");
                }
                method(path + ".method", row.method());
            }
            oneOf("credits.creditsOnceAwarded", document.credits().creditsOnceAwarded(), AWARD_RULES,
                    "policy.error.award");
            if (document.credits().electiveArea().isBlank()) {
                problem("credits.electiveArea", "policy.error.required", List.of(), "Choose the elective credit area");
            }
            Set<Integer> grades = new HashSet<>();
            for (int i = 0; i < document.pace().shareAtGradeStart().size(); i++) {
                int grade = document.pace().shareAtGradeStart().get(i).grade();
                if (!grades.add(grade)) {
                    problem("pace.shareAtGradeStart[" + i + "].grade", "policy.error.duplicate", List.of(grade),
                            "Grade " + grade + " has a pace already");
                }
            }
            if (document.pace().onTrackTolerance() > document.pace().atRiskTolerance()) {
                problem("pace.atRiskTolerance", "policy.error.tolerances", List.of(),
                        "The at-risk tolerance is at least the on-track tolerance");
            }
            kinds(document.pathways().kinds());
        }

        private void kinds(List<PolicyDocument.Kind> kinds) {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < kinds.size(); i++) {
                PolicyDocument.Kind kind = kinds.get(i);
                String path = "pathways.kinds[" + i + "]";
                if (!KIND_CODE.matcher(kind.code()).matches()) {
                    problem(path + ".code", "policy.error.kindCode", List.of(kind.code()), "A kind's code is 2 to 40 "
                            + "capitals, digits and _ starting with a capital (SUMMER_BRIDGE), not " + kind.code());
                } else if (!codes.add(kind.code())) {
                    problem(path + ".code", "policy.error.duplicate", List.of(kind.code()), "There is a kind "
                            + kind.code() + " already");
                }
                if (kind.name().isBlank() || kind.name().length() > 60) {
                    problem(path + ".name", "policy.error.kindName", List.of(), "Name the kind in 1 to 60 characters");
                }
            }
        }

        private void ranges(JsonNode node, String path) {
            if (node.isObject()) {
                node.fields().forEachRemaining(e -> ranges(e.getValue(), join(path, e.getKey())));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    ranges(node.get(i), path + "[" + i + "]");
                }
            } else if (node.isNumber()) {
                PolicyFields.of(path).ifPresent(field -> {
                    BigDecimal value = node.decimalValue();
                    if (!field.allows(value)) {
                        problem(path, "policy.error.range", List.of(field.min().toPlainString(),
                                field.max().toPlainString()), value.toPlainString() + " is outside the allowed range "
                                + field.min().toPlainString() + " to " + field.max().toPlainString());
                    }
                });
            }
        }

        private void method(String path, String method) {
            if (!CalculationMethods.ALL.contains(method)) {
                problem(path, "policy.error.method", List.of(method, String.join(", ", CalculationMethods.ALL)),
                        "Unknown calculation method " + method + "; the methods are "
                                + String.join(", ", CalculationMethods.ALL));
            }
        }

        private void oneOf(String path, String value, List<String> allowed, String code) {
            if (!allowed.contains(value)) {
                problem(path, code, List.of(value, String.join(", ", allowed)), value + " is not one of "
                        + String.join(", ", allowed));
            }
        }

        private void problem(String path, String code, List<Object> args, String message) {
            problems.add(new PolicyProblem(path, lines.lineOf(path), code, args, message));
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The line of each field and row of the text, to put a problem where the administrator wrote the value. */
    public record Lines(Map<String, Integer> byPath) {

        public static Lines in(String text) {
            Map<String, Integer> lines = new HashMap<>();
            try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    int line = parser.currentTokenLocation().getLineNr();
                    if (token == JsonToken.FIELD_NAME) {
                        lines.put(path(parser.getParsingContext().pathAsPointer().toString()), line);
                    } else if (parser.getParsingContext().inArray()) {
                        lines.putIfAbsent(path(parser.getParsingContext().pathAsPointer().toString()), line);
                    } else if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
                            && parser.getParsingContext().getParent() != null
                            && parser.getParsingContext().getParent().inArray()) {
                        lines.putIfAbsent(path(parser.getParsingContext().getParent().pathAsPointer().toString()), line);
                    }
                }
            } catch (IOException e) {
                // a text that does not parse has no lines to find: the caller reports the parse error itself
            }
            return new Lines(lines);
        }

        /** The line of the path, or of the closest enclosing field or row written in the text; 1 for none. */
        public int lineOf(String path) {
            String current = path;
            while (!current.isEmpty()) {
                Integer line = byPath.get(current);
                if (line != null) {
                    return line;
                }
                int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
                current = cut < 0 ? "" : current.substring(0, cut);
            }
            return 1;
        }

        private static String path(String pointer) {
            StringBuilder path = new StringBuilder();
            for (String segment : pointer.split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                if (segment.chars().allMatch(Character::isDigit)) {
                    path.append('[').append(segment).append(']');
                } else {
                    path.append(path.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
                }
            }
            return path.toString();
        }
    }

    /** Reads the text of a file that must be valid (the shipped defaults, a test's fixture). */
    static PolicyDocument readValid(String text) {
        Reading reading = read(text);
        if (!reading.ok()) {
            throw new UncheckedIOException(new IOException("Invalid policy document: " + reading.problems()));
        }
        return reading.document();
    }
}
