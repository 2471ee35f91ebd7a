package org.pathwayplanner.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule says, in no language yet: a message key of the message bundles and its arguments. The pages render
 * it in the reader's language; the API adds the English text. Arguments are values, never words: numbers, dates,
 * titles and names people gave (as they are), lists of them, codes that have names in the bundles
 * ({@link Code}: a calculation method, a credit area, a kind of pathway) and other sentences.
 * <p>
 * In a rule: {@code Sentence.of("rule.mastery.levelReaches", $level, Sentence.method($l.method()), $l.levels(), $t)}.
 * In JSON: {@code {"key": "...", "args": [3, {"method": "MOST_RECENT"}, [3, 4], {"date": "2026-01-05"}]}}.
 */
@JsonSerialize(using = Sentence.Writer.class)
@JsonDeserialize(using = Sentence.Reader.class)
public record Sentence(String key, List<Object> args) implements Comparable<Sentence> {

    /** Every message key a rule may use starts with this. */
    public static final String PREFIX = "rule.";
    /** The key of a sentence that is already text: reasons stored before rules spoke in keys. */
    public static final String TEXT = "rule.text";

    public Sentence {
        Objects.requireNonNull(key, "a sentence needs a message key");
        args = args == null ? List.of() : args.stream().map(Sentence::value).toList();
    }

    public static Sentence of(String key, Object... args) {
        return new Sentence(key, args == null ? List.of() : java.util.Arrays.asList(args));
    }

    /** A sentence that is already text (written before rules spoke in keys): shown as it is. */
    public static Sentence text(String text) {
        return of(TEXT, text == null ? "" : text);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The arguments as JSON (see the class comment), to keep beside the key in a database column. */
    public String argsJson() {
        try {
            java.io.StringWriter out = new java.io.StringWriter();
            try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
                writeArgs(args, json);
            }
            return out.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A sentence kept as its key and {@link #argsJson()}; {@code text} when no key was kept (older rows). */
    public static Sentence stored(String key, String argsJson, String text) {
        if (key == null) {
            return text(text);
        }
        try {
            return new Sentence(key, argsJson == null ? List.of() : argsOf(JSON.readTree(argsJson)));
        } catch (IOException e) {
            return text(text);
        }
    }

    /** Orders sentences for a stable order of conclusions: by key, then arguments. */
    @Override
    public int compareTo(Sentence other) {
        int byKey = key.compareTo(other.key);
        return byKey != 0 ? byKey : args.toString().compareTo(other.args.toString());
    }

    /** A calculation method's code, named by the bundles ({@code method.MOST_RECENT}). */
    public static Code method(String code) {
        return new Code(Code.METHOD, code);
    }

    /** A credit area's code, named by the district's credit areas (and the bundles in other languages). */
    public static Code area(String code) {
        return new Code(Code.AREA, code);
    }

    /** A kind of pathway's code, named by the bundles ({@code pathways.type.INTERNSHIP}). */
    public static Code kind(String code) {
        return new Code(Code.KIND, code);
    }

    /** A code that the reader sees by its name: {@code kind} says where the name comes from. */
    public record Code(String kind, String code) {
        public static final String METHOD = "method";
        public static final String AREA = "area";
        public static final String KIND = "kind";

        @Override
        public String toString() {
            return code;
        }
    }

    /** The arguments as kept: numbers, text, dates, codes, sentences and lists of them. */
    private static Object value(Object arg) {
        if (arg == null || arg instanceof String || arg instanceof Number || arg instanceof Boolean
                || arg instanceof LocalDate || arg instanceof Code || arg instanceof Sentence) {
            return arg == null ? "" : arg;
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(Sentence::value).toList();
        }
        return arg.toString();
    }

    static final class Writer extends JsonSerializer<Sentence> {
        @Override
        public void serialize(Sentence sentence, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeStringField("key", sentence.key());
            json.writeFieldName("args");
            writeArgs(sentence.args(), json);
            json.writeEndObject();
        }
    }

    /** Writes a list of arguments as {@link Writer} does: for an API field that holds a sentence's arguments. */
    public static final class ArgsWriter extends JsonSerializer<List<Object>> {
        @Override
        public void serialize(List<Object> args, JsonGenerator json, SerializerProvider provider) throws IOException {
            writeArgs(args, json);
        }
    }

    /** Writes arguments as the API shows them (see the class comment). */
    public static void writeArgs(List<?> args, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Object arg : args) {
            writeArg(arg, json);
        }
        json.writeEndArray();
    }

    private static void writeArg(Object arg, JsonGenerator json) throws IOException {
        if (arg instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (arg instanceof Double || arg instanceof Float) {
            json.writeNumber(BigDecimal.valueOf(((Number) arg).doubleValue()));
        } else if (arg instanceof Number n) {
            json.writeNumber(n.longValue());
        } else if (arg instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (arg instanceof LocalDate date) {
            json.writeStartObject();
            json.writeStringField("date", date.toString());
            json.writeEndObject();
        } else if (arg instanceof Code code) {
            json.writeStartObject();
            json.writeStringField(code.kind(), code.code());
            json.writeEndObject();
        } else if (arg instanceof Sentence sentence) {
            new Writer().serialize(sentence, json, null);
        } else if (arg instanceof List<?> items) {
            writeArgs(items, json);
        } else {
            json.writeString(String.valueOf(arg));
        }
    }

    /** Reads what {@link Writer} wrote; a plain string (a reason stored before rules spoke in keys) is text. */
    static final class Reader extends JsonDeserializer<Sentence> {
        @Override
        public Sentence deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken() == JsonToken.VALUE_STRING) {
                return text(json.getText());
            }
            return sentenceOf(json.readValueAsTree());
        }
    }

    public static Sentence sentenceOf(JsonNode node) {
        return new Sentence(node.path("key").asText(TEXT), argsOf(node.path("args")));
    }

    private static List<Object> argsOf(JsonNode array) {
        List<Object> args = new ArrayList<>();
        array.forEach(node -> args.add(argOf(node)));
        return args;
    }

    private static Object argOf(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            return argsOf(node);
        }
        if (node.isObject()) {
            if (node.has("key")) {
                return sentenceOf(node);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            if (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                return "date".equals(field.getKey()) ? LocalDate.parse(field.getValue().asText())
                        : new Code(field.getKey(), field.getValue().asText());
            }
            return "";
        }
        return node.asText();
    }
}
