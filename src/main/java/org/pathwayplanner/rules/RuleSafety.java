package org.pathwayplanner.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Keeps administrators' rule text to a safe subset of DRL, by allow-list: a rule file may name only the
 * rule facts of {@code org.pathwayplanner.rules} and the value types of java.util, java.math, java.time and
 * java.lang listed below, whether imported or written out in full; it may not name the classes, members and
 * constructs that reach files, the network, processes, threads, class loading or reflection. Comments and
 * the contents of string literals are not code and are not checked; whitespace around dots is ignored;
 * unicode escapes are refused everywhere (the Java compiler would decode them before anything else).
 * A decision table is checked as the DRL it is compiled into, with problems reported on the table's rows.
 * {@link RuleBook} also compiles with {@link RuleTypeFilter}, which refuses to resolve forbidden classes.
 */
final class RuleSafety {

    /** The classes of {@code org.pathwayplanner.rules} a rule may use: facts, conclusions, policies, arithmetic. */
    static final Set<String> RULE_TYPES = Set.of("Facts", "Conclusions", "Policies", "Eligibility",
            "CalculationMethods", "Rollup", "Pace", "CreditCandidate", "CreditAllocation", "Sentence",
            "PlanFacts");
    /** Value and collection types a rule may import or name in full. */
    static final Set<String> ALLOWED_CLASSES = Set.of(
            "java.util.List", "java.util.ArrayList", "java.util.LinkedList", "java.util.Map", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.Set", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.Collection", "java.util.Collections",
            "java.util.Arrays", "java.util.Optional", "java.util.Objects", "java.util.Comparator",
            "java.util.Iterator", "java.util.Deque", "java.util.ArrayDeque", "java.util.stream.Collectors",
            "java.lang.String", "java.lang.Math", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Boolean", "java.lang.Character", "java.lang.Number", "java.lang.StringBuilder",
            "java.lang.Comparable", "java.lang.Iterable", "java.lang.Object", "java.lang.IllegalStateException",
            "java.lang.IllegalArgumentException", "java.lang.ArithmeticException");
    /** Packages whose every type is a value: dates and numbers. */
    static final List<String> ALLOWED_PACKAGES = List.of("java.time.", "java.time.format.", "java.time.temporal.",
            "java.math.");
    /** java.lang types a rule could name without an import, and the members that lead out of the rules. */
    private static final Pattern FORBIDDEN_NAME = Pattern.compile("\\b(System|Runtime|ProcessBuilder|Process|"
            + "ProcessHandle|Thread|ThreadGroup|ThreadLocal|InheritableThreadLocal|ClassLoader|Class|ClassValue|Module|"
            + "ModuleLayer|Package|SecurityManager|StackWalker|Compiler|getClass|getClassLoader|classLoader|forName|"
            + "newInstance|getDeclared\\w*|getMethods?|getFields?|getConstructors?|setAccessible|invoke|exec|exit|halt|"
            + "getenv|getInteger|getLong|getBoolean|kcontext|getKieRuntime|getKnowledgeRuntime|getWorkingMemory|"
            + "getKieBase|getEntryPoint|getChannels|getGlobals?|setGlobal)\\b");
    private static final Set<String> DROOLS_MEMBERS = Set.of("getRule", "insert", "insertLogical", "update",
            "modify", "delete", "retract", "getMatch");

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u+[0-9a-fA-F]{0,4}");
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w$]+(?:\\s*\\.\\s*[\\w$]+)*)");
    private static final Pattern RULE_PACKAGE = Pattern.compile("org\\.pathwayplanner\\.rules\\.[a-z][a-z0-9_]*");
    private static final Pattern IMPORT = Pattern.compile(
            "\\bimport\\s+(?:(?:static|function|accumulate)\\s+)?([\\w$]+(?:\\s*\\.\\s*(?:[\\w$]+|\\*))*)");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.])([a-z_][\\w$]*(?:\\s*\\.\\s*[a-z_][\\w$]*)*\\s*\\.\\s*[A-Z][\\w$]*)");
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");
    private static final Pattern DROOLS_CALL = Pattern.compile("(?<![\\w$.])drools\\s*\\.\\s*([\\w$]+)");
    private static final Pattern DIALECT = Pattern.compile("\\bdialect\\s+([\"'])([^\"']*)\\1");
    private static final Pattern DECISION_ROW = Pattern.compile("// rule values at [A-Z]+(\\d+)");
    private static final Pattern DECISION_HEADER = Pattern.compile("^\\s*(?i:ruleset|import|variables|functions|"
            + "queries|declare|sequential)\\b");

    private RuleSafety() {
    }

    /** Every problem of every file; an empty list when all of them stay within the safe subset. */
    static List<RuleProblem> check(Map<String, String> files) {
        List<RuleProblem> problems = new ArrayList<>();
        files.forEach((file, text) -> problems.addAll(checkFile(file, text)));
        return problems;
    }

    static List<RuleProblem> checkFile(String file, String text) {
        if (file.endsWith(".xls") || file.endsWith(".xlsx")) {
            return List.of(new RuleProblem(file, 0, "Spreadsheet files are not read here: open the table in your "
                    + "spreadsheet program, save it as CSV (for example pathway-types.drl.csv) and upload that"));
        }
        if (file.equals(PolicyDocument.FILE)) {
            return List.of();   // data, not code: read by PolicyJson, never compiled
        }
        if (!file.matches("[\\w-]+\\.drl(\\.csv)?")) {
            return List.of(new RuleProblem(file, 0, "A rule file is named like mastery.drl, a decision table like "
                    + "pathway-types.drl.csv (letters, digits, - and _); the policy document is policy.json"));
        }
        return file.endsWith(".csv") ? checkDecisionTable(file, text) : checkDrl(file, text);
    }

    static List<RuleProblem> checkDrl(String file, String text) {
        return findings(text).stream().map(f -> new RuleProblem(file, f.line(), f.message())).distinct().toList();
    }

    /** Checks the DRL a decision table compiles into; each problem is placed on the row of the table it comes from. */
    static List<RuleProblem> checkDecisionTable(String file, String csv) {
        List<RuleProblem> escapes = unicodeEscapes(csv).stream()
                .map(f -> new RuleProblem(file, f.line(), f.message())).toList();
        if (!escapes.isEmpty()) {
            return escapes;
        }
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    InputType.CSV);
        } catch (RuntimeException e) {
            return List.of(new RuleProblem(file, 0, "The decision table cannot be read: " + e.getMessage()));
        }
        String[] drlLines = drl.split("\n", -1);
        String[] csvLines = csv.split("\n", -1);
        Set<RuleProblem> problems = new LinkedHashSet<>();
        for (Finding finding : findings(drl)) {
            problems.add(new RuleProblem(file, tableLine(finding, drlLines, csvLines), finding.message()));
        }
        return List.copyOf(problems);
    }

    /** The line of the table that holds the offending text, else the row the rule was generated from. */
    private static int tableLine(Finding finding, String[] drlLines, String[] csvLines) {
        String token = finding.token().replaceAll("\\s+", "");
        if (!token.isEmpty()) {
            for (int i = 0; i < csvLines.length; i++) {
                if (csvLines[i].replaceAll("\\s+", "").contains(token)) {
                    return i + 1;
                }
            }
        }
        for (int i = Math.min(finding.line(), drlLines.length) - 1; i >= 0; i--) {
            Matcher row = DECISION_ROW.matcher(drlLines[i]);
            if (row.find()) {
                return Integer.parseInt(row.group(1));
            }
        }
        for (int i = 0; i < csvLines.length; i++) {
            if (DECISION_HEADER.matcher(csvLines[i]).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    /** What is wrong, on which line, and the text that is (to find it again in a decision table). */
    private record Finding(int line, String token, String message) {
    }

    private static List<Finding> findings(String text) {
        List<Finding> found = new ArrayList<>(unicodeEscapes(text));
        if (!found.isEmpty()) {
            return found;
        }
        Source source = Source.of(text);
        found.addAll(source.problems());
        String code = source.code();
        Matcher dialect = DIALECT.matcher(source.withoutComments());
        while (dialect.find()) {
            if (!dialect.group(2).equals("java")) {
                found.add(new Finding(source.line(dialect.start()), "dialect", "Rules are written in the java dialect; "
                        + "dialect \"" + dialect.group(2) + "\" is not allowed"));
            }
        }
        Matcher pkg = PACKAGE.matcher(code);
        if (!pkg.find()) {
            found.add(new Finding(1, "", "A rule file starts with its package: package org.pathwayplanner.rules.<name>;"));
        } else if (!RULE_PACKAGE.matcher(normal(pkg.group(1))).matches()) {
            found.add(new Finding(source.line(pkg.start()), pkg.group(1), "Rules live in a package of their own under "
                    + "org.pathwayplanner.rules (for example org.pathwayplanner.rules.policy), not " + normal(pkg.group(1))));
        }
        Matcher imported = IMPORT.matcher(code);
        StringBuilder withoutImports = new StringBuilder(code);
        while (imported.find()) {
            for (int k = imported.start(); k < imported.end(); k++) {
                withoutImports.setCharAt(k, code.charAt(k) == '\n' ? '\n' : ' ');
            }
            String name = normal(imported.group(1));
            if (!allowedImport(name)) {
                found.add(new Finding(source.line(imported.start()), imported.group(1), "Rules may import only the rule "
                        + "facts of org.pathwayplanner.rules and the value types of java.util, java.math, java.time and "
                        + "java.lang listed in docs/rules.md, not " + name));
            }
        }
        Matcher qualified = QUALIFIED.matcher(withoutImports);
        List<int[]> qualifiedSpans = new ArrayList<>();
        while (qualified.find()) {
            qualifiedSpans.add(new int[] {qualified.start(1), qualified.end(1)});
            String name = normal(qualified.group(1));
            if (!allowedQualified(name)) {
                found.add(new Finding(source.line(qualified.start()), qualified.group(1), "Rules may not name " + name
                        + ": only the rule facts and the value types listed in docs/rules.md"));
            }
        }
        for (RuleVocabulary.Word word : RuleVocabulary.check(withoutImports.toString(), qualifiedSpans)) {
            found.add(new Finding(source.line(word.offset()), word.word(), word.message()));
        }
        Matcher forbidden = FORBIDDEN_NAME.matcher(code);
        while (forbidden.find()) {
            found.add(new Finding(source.line(forbidden.start()), forbidden.group(1), "Rules may not use "
                    + forbidden.group(1) + ": no file, network, process, thread, class loading or reflection access "
                    + "from a rule"));
        }
        Matcher classLiteral = CLASS_LITERAL.matcher(code);
        while (classLiteral.find()) {
            found.add(new Finding(source.line(classLiteral.start()), ".class", "Rules may not use class literals "
                    + "(.class): no reflection from a rule"));
        }
        Matcher drools = DROOLS_CALL.matcher(code);
        while (drools.find()) {
            if (!DROOLS_MEMBERS.contains(drools.group(1))) {
                found.add(new Finding(source.line(drools.start()), drools.group(1), "A rule may use drools."
                        + String.join("(), drools.", DROOLS_MEMBERS.stream().sorted().toList()) + "() only, not drools."
                        + drools.group(1)));
            }
        }
        return found;
    }

    private static List<Finding> unicodeEscapes(String text) {
        List<Finding> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher escape = UNICODE_ESCAPE.matcher(lines[i]);
            if (escape.find()) {
                found.add(new Finding(i + 1, escape.group(), "Unicode escapes such as " + escape.group()
                        + " are not allowed in rules (not even in comments or text): write the character itself"));
            }
        }
        return found;
    }

    private static boolean allowedImport(String name) {
        if (name.startsWith("org.pathwayplanner.rules.")) {
            String[] parts = name.substring("org.pathwayplanner.rules.".length()).split("\\.");
            return RULE_TYPES.contains(parts[0]);
        }
        if (name.endsWith(".*")) {
            String pkg = name.substring(0, name.length() - 1);
            return ALLOWED_PACKAGES.contains(pkg);
        }
        return allowedQualified(name);
    }

    private static boolean allowedQualified(String name) {
        if (name.startsWith("org.pathwayplanner.rules.")) {
            return RULE_TYPES.contains(name.substring("org.pathwayplanner.rules.".length()).split("\\.")[0]);
        }
        if (ALLOWED_CLASSES.contains(name)) {
            return true;
        }
        int last = name.lastIndexOf('.');
        return last > 0 && ALLOWED_PACKAGES.contains(name.substring(0, last + 1));
    }

    private static String normal(String name) {
        return name.replaceAll("\\s+", "");
    }

    /**
     * The text as the compiler reads it, with comments blanked out ({@link #withoutComments}) and also string
     * and character literals blanked ({@link #code}); line breaks stay where they were.
     */
    private record Source(String withoutComments, String code, int[] lineStarts, List<Finding> problems) {

        static Source of(String text) {
            StringBuilder noComments = new StringBuilder(text.length());
            StringBuilder code = new StringBuilder(text.length());
            List<Finding> problems = new ArrayList<>();
            int line = 1;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
                if (c == '/' && next == '/') {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        noComments.append(' ');
                        code.append(' ');
                        i++;
                    }
                } else if (c == '/' && next == '*') {
                    int end = text.indexOf("*/", i + 2);
                    int stop = end < 0 ? text.length() : end + 2;
                    for (; i < stop; i++) {
                        char blank = text.charAt(i) == '\n' ? '\n' : ' ';
                        line += blank == '\n' ? 1 : 0;
                        noComments.append(blank);
                        code.append(blank);
                    }
                } else if (c == '"' || c == '\'') {
                    if (c == '"' && text.startsWith("\"\"\"", i)) {
                        problems.add(new Finding(line, "\"\"\"", "Text blocks (\"\"\") are not allowed in rules"));
                    }
                    int start = i;
                    noComments.append(c);
                    code.append(c);
                    i++;
                    boolean closed = false;
                    while (i < text.length() && text.charAt(i) != '\n') {
                        char d = text.charAt(i);
                        noComments.append(d);
                        if (d == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                            noComments.append(text.charAt(i + 1));
                            code.append("  ");
                            i += 2;
                            continue;
                        }
                        i++;
                        if (d == c) {
                            code.append(c);
                            closed = true;
                            break;
                        }
                        code.append(' ');
                    }
                    if (!closed) {
                        problems.add(new Finding(line, text.substring(start, Math.min(text.length(), start + 20)),
                                "A text in quotes must end on the line it starts"));
                    }
                } else {
                    line += c == '\n' ? 1 : 0;
                    noComments.append(c);
                    code.append(c);
                    i++;
                }
            }
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int k = 0; k < text.length(); k++) {
                if (text.charAt(k) == '\n') {
                    starts.add(k + 1);
                }
            }
            return new Source(noComments.toString(), code.toString(), starts.stream().mapToInt(Integer::intValue).toArray(),
                    problems);
        }

        int line(int offset) {
            int low = 0;
            int high = lineStarts.length - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low + 1;
        }
    }
}
