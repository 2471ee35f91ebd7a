package org.pathwayplanner.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathwayplanner.rules.PolicyDocument;

/**
 * The policy form's fields as the browser sends them — each named by its path in the document
 * ({@code mastery.districtMethod}, {@code pathways.kinds[2].fromAge}) — turned into the text of {@code policy.json},
 * so that the form is checked by exactly the same reading as the file. A row left blank (a spare one) or marked
 * {@code remove} is left out; a number that is not one is passed on as text, to be refused beside its field.
 */
final class PolicyFormInput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final JsonNode DEFAULTS = JSON.valueToTree(PolicyDocument.DEFAULTS);
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d{1,3})])?");

    /** The document's text, and the values to show again in the form (rows renumbered once blank ones are gone). */
    record Draft(String json, Map<String, String> values) {
    }

    private PolicyFormInput() {
    }

    static Draft from(Map<String, String> params) {
        ObjectNode raw = JSON.createObjectNode();
        params.forEach((name, value) -> put(raw, name, value == null ? "" : value.strip()));
        dropBlankRows(raw);
        JsonNode typed = typed(DEFAULTS, raw);
        try {
            return new Draft(JSON.writeValueAsString(typed), values(raw));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form's values for a document: path → text as the inputs show it. */
    static Map<String, String> values(PolicyDocument document) {
        return values(JSON.valueToTree(document));
    }

    private static Map<String, String> values(JsonNode tree) {
        Map<String, String> values = new TreeMap<>();
        flatten(tree, "", values);
        return values;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> values) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(e.getValue(), path.isEmpty() ? e.getKey()
                    : path + "." + e.getKey(), values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", values);
            }
        } else if (node.isBigDecimal()) {
            values.put(path, node.decimalValue().toPlainString());
        } else {
            values.put(path, node.asText());
        }
    }

    /** Puts one field's text where its path says, creating groups and rows on the way; other names are ignored. */
    private static void put(ObjectNode root, String name, String value) {
        String[] parts = name.split("\\.");
        JsonNode defaults = DEFAULTS;
        ObjectNode at = root;
        for (int k = 0; k < parts.length; k++) {
            Matcher segment = SEGMENT.matcher(parts[k]);
            boolean last = k == parts.length - 1;
            if (!segment.matches()) {
                return;
            }
            String field = segment.group(1);
            boolean known = defaults.has(field) || field.equals("remove") && last;
            if (!known) {
                return;
            }
            if (segment.group(2) == null) {
                if (last) {
                    at.put(field, value);
                    return;
                }
                defaults = defaults.get(field);
                if (!defaults.isObject()) {
                    return;
                }
                at = at.has(field) && at.get(field).isObject() ? (ObjectNode) at.get(field) : at.putObject(field);
            } else {
                int index = Integer.parseInt(segment.group(2));
                if (last || !defaults.get(field).isArray() || defaults.get(field).isEmpty()) {
                    return;
                }
                defaults = defaults.get(field).get(0);
                ArrayNode rows = at.has(field) && at.get(field).isArray() ? (ArrayNode) at.get(field)
                        : at.putArray(field);
                while (rows.size() <= index) {
                    rows.addObject();
                }
                at = (ObjectNode) rows.get(index);
            }
        }
    }

    private static void dropBlankRows(JsonNode node) {
        if (node.isObject()) {
            node.forEach(PolicyFormInput::dropBlankRows);
        } else if (node.isArray()) {
            for (Iterator<JsonNode> rows = node.iterator(); rows.hasNext(); ) {
                JsonNode row = rows.next();
                boolean blank = true;
                for (Iterator<Map.Entry<String, JsonNode>> f = row.fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = f.next();
                    blank &= e.getKey().equals("remove") || e.getValue().asText().isBlank();
                }
                if (blank || row.has("remove")) {
                    rows.remove();
                }
            }
        }
    }

    /** The text values as the document's types: numbers where the shipped value is one, when they read as one. */
    private static JsonNode typed(JsonNode defaults, JsonNode raw) {
        if (defaults.isObject() && raw.isObject()) {
            ObjectNode result = JSON.createObjectNode();
            Map<String, JsonNode> ordered = new LinkedHashMap<>();
            defaults.fieldNames().forEachRemaining(name -> {
                if (raw.has(name)) {
                    ordered.put(name, typed(defaults.get(name), raw.get(name)));
                }
            });
            result.setAll(ordered);
            return result;
        }
        if (defaults.isArray() && raw.isArray()) {
            ArrayNode result = JSON.createArrayNode();
            raw.forEach(row -> result.add(typed(defaults.get(0), row)));
            return result;
        }
        String text = raw.asText();
        if (text.isEmpty()) {
            return JSON.nullNode();
        }
        if (defaults.isNumber()) {
            try {
                return JSON.getNodeFactory().numberNode(new BigDecimal(text));
            } catch (NumberFormatException notANumber) {
                return JSON.getNodeFactory().textNode(text);
            }
        }
        return JSON.getNodeFactory().textNode(text);
    }
}
