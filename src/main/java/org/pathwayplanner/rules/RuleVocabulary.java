package org.pathwayplanner.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the code of a rule may say, word by word, wherever it stands (a constraint, {@code eval}, {@code from},
 * {@code accumulate}, a consequence, a function, a declared type, a decision table cell): every member read or
 * called after a dot or {@code ::} is one of {@link #MEMBERS} (the rule classes' own and a fixed list for
 * String, numbers, dates and collections), every call without a receiver is a DRL keyword, a consequence's
 * {@code insert}/{@code update}/... or a function of the rules, every capitalised name is an allowed type
 * (see {@link RuleSafety}) or a type the rules declare, {@code new} builds only those, and loops run over a
 * collection only. Constraints are evaluated by MVEL, which resolves members at run time without the filtering
 * class loader: this check is what keeps them in the safe subset.
 */
final class RuleVocabulary {

    /** Members of the JDK value types a rule may read or call, whatever the receiver. */
    static final Set<String> JDK_MEMBERS = Set.of(
            // Object, Comparable
            "equals", "hashCode", "toString", "compareTo",
            // String, StringBuilder, Character
            "length", "isEmpty", "isBlank", "charAt", "contains", "startsWith", "endsWith", "indexOf", "lastIndexOf",
            "substring", "trim", "strip", "stripLeading", "stripTrailing", "toLowerCase", "toUpperCase",
            "equalsIgnoreCase", "compareToIgnoreCase", "replace", "concat", "valueOf", "join", "append", "isDigit",
            "isLetter", "isLetterOrDigit", "isUpperCase", "isLowerCase", "isWhitespace",
            // numbers, Math, BigDecimal, RoundingMode
            "intValue", "longValue", "doubleValue", "floatValue", "booleanValue", "parseInt", "parseLong",
            "parseDouble", "parseBoolean", "compare", "sum", "max", "min", "abs", "signum", "round", "floor", "ceil",
            "sqrt", "floorDiv", "floorMod", "isNaN", "MAX_VALUE", "MIN_VALUE", "PI", "TRUE", "FALSE", "add",
            "subtract", "multiply", "divide", "remainder", "negate", "setScale", "scale", "precision",
            "stripTrailingZeros", "toPlainString", "ZERO", "ONE", "TWO", "TEN", "HALF_UP", "HALF_EVEN", "HALF_DOWN",
            "UP", "DOWN", "CEILING", "FLOOR", "UNNECESSARY",
            // java.time
            "of", "parse", "plusDays", "plusWeeks", "plusMonths", "plusYears", "minusDays", "minusWeeks",
            "minusMonths", "minusYears", "isBefore", "isAfter", "isEqual", "getYear", "getMonthValue", "getMonth",
            "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "lengthOfMonth", "lengthOfYear", "isLeapYear",
            "withDayOfMonth", "withMonth", "withYear", "until", "between", "getDays", "getMonths", "getYears",
            "toEpochDay", "ofEpochDay", "toTotalMonths", "getValue", "ofDays", "ofWeeks", "ofMonths", "ofYears",
            "DAYS", "WEEKS", "MONTHS", "YEARS", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY",
            // collections, Optional, streams, Comparator, Collectors, Objects
            "size", "containsAll", "containsKey", "containsValue", "get", "getOrDefault", "keySet", "values",
            "entrySet", "getKey", "put", "putAll", "putIfAbsent", "remove", "removeAll", "retainAll", "clear",
            "subList", "iterator", "hasNext", "next", "first", "last", "firstKey", "lastKey", "addAll", "copyOf",
            "asList", "emptyList", "emptySet", "emptyMap", "singletonList", "singleton", "unmodifiableList",
            "unmodifiableSet", "unmodifiableMap", "sort", "reverse", "reversed", "stream", "filter", "map",
            "mapToInt", "mapToLong", "mapToDouble", "mapToObj", "flatMap", "count", "average", "anyMatch",
            "allMatch", "noneMatch", "findFirst", "findAny", "collect", "toList", "toSet", "toMap", "joining",
            "counting", "groupingBy", "summingInt", "summingLong", "summingDouble", "averagingInt", "averagingDouble",
            "sorted", "distinct", "limit", "skip", "reduce", "forEach", "boxed", "getAsInt", "getAsLong",
            "getAsDouble", "orElse", "isPresent", "ifPresent", "ofNullable", "empty", "comparing", "comparingInt",
            "comparingLong", "comparingDouble", "thenComparing", "thenComparingInt", "thenComparingLong",
            "thenComparingDouble", "naturalOrder", "reverseOrder", "nullsFirst", "nullsLast", "requireNonNull",
            "requireNonNullElse", "isNull", "nonNull", "Entry",
            // drools.getRule().getName() and the consequence's helpers
            "getRule", "getName", "getMatch", "insert", "insertLogical", "update", "modify", "delete", "retract");

    /** Calls without a receiver: DRL keywords, accumulate functions, consequence helpers, Java statements. */
    static final Set<String> KEYWORDS = Set.of("eval", "not", "exists", "forall", "and", "or", "from", "accumulate",
            "acc", "collect", "init", "action", "reverse", "result", "sum", "count", "average", "min", "max",
            "collectList", "collectSet", "insert", "insertLogical", "update", "modify", "delete", "retract", "if",
            "for", "switch", "return", "catch", "new", "in", "memberOf", "contains", "excludes");

    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "wait", "notify", "notifyAll", "finalize",
            "clone");

    /** Members of the rule classes (facts, conclusions, policies, their arithmetic), read from the classes. */
    static final Set<String> RULE_MEMBERS;
    /** Simple names of the rule classes and their nested types. */
    static final Set<String> RULE_TYPE_NAMES;

    static {
        Set<String> members = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (String name : RuleSafety.RULE_TYPES) {
            try {
                collect(Class.forName("org.pathwayplanner.rules." + name), members, types);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The rule class " + name + " is missing", e);
            }
        }
        RULE_MEMBERS = Set.copyOf(members);
        RULE_TYPE_NAMES = Set.copyOf(types);
    }

    private static void collect(Class<?> type, Set<String> members, Set<String> types) {
        types.add(type.getSimpleName());
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                    && !OBJECT_METHODS.contains(method.getName())) {
                members.add(method.getName());
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers())) {
                members.add(field.getName());
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.add(component.getName());
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (Modifier.isPublic(nested.getModifiers())) {
                members.add(nested.getSimpleName());
                collect(nested, members, types);
            }
        }
    }

    private static final Pattern MEMBER = Pattern.compile("(?:\\.|::)\\s*\\??\\s*([A-Za-z_$][\\w$]*)");
    private static final Pattern CALL = Pattern.compile("(?<![\\w$.:@?])([a-z_$][\\w$]*)\\s*\\(");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\w$.:@])([A-Z][\\w$]*)");
    private static final Pattern NEW = Pattern.compile("\\bnew\\s+([\\w$]+)");
    private static final Pattern LOOP = Pattern.compile("\\b(while|do)\\b");
    private static final Pattern FOR = Pattern.compile("\\bfor\\s*\\(([^()]*)");
    private static final Pattern BARE_CLASS = Pattern.compile("(?<![\\w$.])class\\b");
    private static final Pattern REGEX_OPERATOR = Pattern.compile("\\b(matches|soundslike)\\b");
    private static final Pattern FUNCTION = Pattern.compile("\\bfunction\\s+[\\w$.<>\\[\\], ]+?\\s+([\\w$]+)\\s*\\(");
    private static final Pattern DECLARE = Pattern.compile("\\bdeclare\\s+(?:enum\\s+|trait\\s+)?([\\w$]+)");
    private static final Pattern DECLARED_FIELD = Pattern.compile("^\\s*([a-z_$][\\w$]*)\\s*:\\s*[\\w$.]",
            Pattern.MULTILINE);
    private static final Pattern DECLARE_BLOCK = Pattern.compile("\\bdeclare\\b(.*?)\\bend\\b", Pattern.DOTALL);
    private static final Pattern RULE_HEAD = Pattern.compile("\\b(?:rule|query)\\s+\"[^\"\\n]*\"");
    private static final Pattern PACKAGE_OR_IMPORT = Pattern.compile("\\b(?:package|import)\\b[^;\\n]*;?");

    private RuleVocabulary() {
    }

    /** One word outside the vocabulary: where (offset in the code), the word, and why it is refused. */
    record Word(int offset, String word, String message) {
    }

    /**
     * Every word of {@code code} (comments and the contents of text in quotes blanked) outside the vocabulary.
     * {@code qualified} are the spans of fully qualified names, already checked against the allowed types.
     */
    static List<Word> check(String code, List<int[]> qualified) {
        StringBuilder blanked = new StringBuilder(blank(blank(code, PACKAGE_OR_IMPORT), RULE_HEAD));
        for (int[] span : qualified) {
            for (int k = span[0]; k < span[1]; k++) {
                blanked.setCharAt(k, blanked.charAt(k) == '\n' ? '\n' : ' ');
            }
        }
        String text = blanked.toString();
        Set<String> functions = names(text, FUNCTION);
        Set<String> declared = names(text, DECLARE);
        Set<String> declaredMembers = declaredMembers(text);
        List<Word> words = new ArrayList<>();
        Matcher member = MEMBER.matcher(text);
        while (member.find()) {
            String name = member.group(1);
            if (!JDK_MEMBERS.contains(name) && !RULE_MEMBERS.contains(name) && !declaredMembers.contains(name)
                    && !name.equals("new")) {
                words.add(new Word(member.start(1), name, "Rules may not use ." + name + ": only the members of the "
                        + "rule facts and those of String, numbers, dates and collections listed in docs/rules.md"));
            }
        }
        Matcher call = CALL.matcher(text);
        while (call.find()) {
            String name = call.group(1);
            if (!KEYWORDS.contains(name) && !RULE_MEMBERS.contains(name) && !JDK_MEMBERS.contains(name)
                    && !functions.contains(name) && !declaredMembers.contains(name) && !precededByNew(text, call.start())) {
                words.add(new Word(call.start(1), name, "Rules may not call " + name + "(): only the functions of the "
                        + "rules, the members listed in docs/rules.md and insert, update, modify, delete"));
            }
        }
        Matcher type = CAPITALISED.matcher(text);
        while (type.find()) {
            String name = type.group(1);
            if (!declared.contains(name) && !allowedType(name)) {
                words.add(new Word(type.start(1), name, "Rules may name only the rule facts, the types they declare and "
                        + "the value types listed in docs/rules.md, not " + name));
            }
        }
        Matcher created = NEW.matcher(text);
        while (created.find()) {
            String name = created.group(1);
            if (Character.isLowerCase(name.charAt(0))) {
                words.add(new Word(created.start(1), "new " + name, "Rules may not create arrays (new " + name
                        + "[…]): use a List"));
            }
        }
        Matcher loop = LOOP.matcher(text);
        while (loop.find()) {
            words.add(new Word(loop.start(1), loop.group(1), "Rules may not use " + loop.group(1) + " loops: a loop "
                    + "runs over a collection only (for (Type x : list)), so that every rule ends"));
        }
        Matcher forLoop = FOR.matcher(text);
        while (forLoop.find()) {
            if (forLoop.group(1).contains(";") || !forLoop.group(1).contains(":")) {
                words.add(new Word(forLoop.start(), "for", "Rules may not use for (…; …; …) loops: a loop runs over "
                        + "a collection only (for (Type x : list)), so that every rule ends"));
            }
        }
        Matcher bareClass = BARE_CLASS.matcher(text);
        while (bareClass.find()) {
            words.add(new Word(bareClass.start(), "class", "Rules may not use class: no reflection from a rule"));
        }
        Matcher regex = REGEX_OPERATOR.matcher(text);
        while (regex.find()) {
            words.add(new Word(regex.start(1), regex.group(1), "Rules may not use " + regex.group(1) + ": a regular "
                    + "expression can run longer than any limit; compare with ==, startsWith, contains"));
        }
        return words;
    }

    /** An allowed type's simple name: a rule class, an allowed JDK class, or a type of an allowed package. */
    static boolean allowedType(String simpleName) {
        if (RULE_TYPE_NAMES.contains(simpleName) || RuleSafety.RULE_TYPES.contains(simpleName)) {
            return true;
        }
        for (String allowed : RuleSafety.ALLOWED_CLASSES) {
            if (allowed.endsWith("." + simpleName)) {
                return true;
            }
        }
        for (String pkg : RuleSafety.ALLOWED_PACKAGES) {
            try {
                Class<?> found = Class.forName(pkg + simpleName, false, RuleVocabulary.class.getClassLoader());
                return Modifier.isPublic(found.getModifiers());
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this package: try the next
            }
        }
        return false;
    }

    private static boolean precededByNew(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 2 && text.startsWith("new", i - 2);
    }

    private static Set<String> names(String text, Pattern pattern) {
        Set<String> names = new HashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The fields of the types a rule file declares, with their getters and setters. */
    private static Set<String> declaredMembers(String text) {
        Set<String> members = new HashSet<>();
        Matcher block = DECLARE_BLOCK.matcher(text);
        while (block.find()) {
            Matcher field = DECLARED_FIELD.matcher(block.group(1));
            while (field.find()) {
                String name = field.group(1);
                String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                members.addAll(List.of(name, "get" + capitalised, "set" + capitalised, "is" + capitalised));
            }
        }
        return members;
    }

    private static String blank(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder blanked = new StringBuilder(text);
        while (matcher.find()) {
            for (int k = matcher.start(); k < matcher.end(); k++) {
                blanked.setCharAt(k, text.charAt(k) == '\n' ? '\n' : ' ');
            }
        }
        return blanked.toString();
    }
}
