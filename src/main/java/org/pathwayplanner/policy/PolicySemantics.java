package org.pathwayplanner.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.LevelView;
import org.pathwayplanner.rules.CalculationMethods;
import org.pathwayplanner.rules.PolicyDocument;
import org.pathwayplanner.rules.PolicyFacts;
import org.pathwayplanner.rules.PolicyJson;
import org.pathwayplanner.rules.PolicyProblem;
import org.pathwayplanner.rules.RuleProblem;
import org.springframework.stereotype.Component;

/**
 * What a draft means, beyond compiling: every calculation method, content-area code, credit-area code, level and
 * pathway kind it names exists, every value is in its range, and every row of a decision table can match something.
 * Each problem is on its file and line (the form shows the same problems beside its fields). Known codes come from
 * the framework's and the credits' public catalogs, as they are now.
 */
@Component
public class PolicySemantics {

    private static final Pattern METHOD_COMPARED = Pattern.compile(
            "\\b(?:method|defaultMethod|calculationMethod)\\s*[!=]=\\s*\"([^\"]*)\"");
    private static final Pattern MASTERY_POLICY = Pattern.compile("\\bnew\\s+MasteryPolicy\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern AREA_METHOD = Pattern.compile(
            "\\bnew\\s+AreaMethod\\s*\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"");
    private static final Pattern CREDIT_POLICY = Pattern.compile(
            "\\bnew\\s+CreditPolicy\\s*\\([^()\"]*\"([^\"]*)\"\\s*\\)");
    private static final Pattern KIND_COMPARED = Pattern.compile("\\btype\\s*[!=]=\\s*\"([^\"]*)\"");

    private final FrameworkCatalog framework;
    private final CreditCatalog credits;

    PolicySemantics(FrameworkCatalog framework, CreditCatalog credits) {
        this.framework = framework;
        this.credits = credits;
    }

    /** Every problem of a draft's files, each with its file and line; none when the draft means what it can. */
    public List<RuleProblem> check(Map<String, String> files) {
        Set<RuleProblem> problems = new LinkedHashSet<>();
        String policyText = files.get(PolicyDocument.FILE);
        PolicyDocument policy = PolicyDocument.DEFAULTS;
        if (policyText != null) {
            PolicyJson.Reading reading = PolicyJson.read(policyText);
            policy = reading.document();
            checkDocument(policyText).forEach(p -> problems.add(p.asRuleProblem()));
        }
        Set<String> kinds = policy.pathways().kinds().stream().map(PolicyDocument.Kind::code)
                .collect(Collectors.toSet());
        boolean documentHoldsPolicy = policyText != null;
        files.forEach((file, text) -> {
            if (file.endsWith(".drl")) {
                problems.addAll(checkDrl(file, text, kinds, documentHoldsPolicy));
            } else if (file.endsWith(".drl.csv")) {
                problems.addAll(checkDecisionTable(file, text, kinds));
            }
        });
        return List.copyOf(problems);
    }

    /** The problems of a policy document, on its fields: those of the text, then codes the district does not have. */
    public List<PolicyProblem> checkDocument(String text) {
        PolicyJson.Reading reading = PolicyJson.read(text);
        List<PolicyProblem> problems = new ArrayList<>(reading.problems());
        PolicyJson.Lines lines = PolicyJson.Lines.in(text);
        PolicyDocument document = reading.document();
        Set<String> areas = contentAreas();
        List<PolicyDocument.AreaMethodRow> rows = document.mastery().areaMethods();
        for (int i = 0; i < rows.size(); i++) {
            String area = rows.get(i).area();
            if (!area.isBlank() && !areas.contains(area)) {
                String field = "mastery.areaMethods[" + i + "].area";
                problems.add(new PolicyProblem(field, lines.lineOf(field), "policy.error.area",
                        List.of(area, String.join(", ", areas)), "There is no content area " + area
                                + "; the areas are " + String.join(", ", areas)));
            }
        }
        String elective = document.credits().electiveArea();
        Set<String> creditAreas = creditAreas();
        if (!elective.isBlank() && !creditAreas.contains(elective)) {
            problems.add(new PolicyProblem("credits.electiveArea", lines.lineOf("credits.electiveArea"),
                    "policy.error.creditArea", List.of(elective, String.join(", ", creditAreas)),
                    "There is no credit area " + elective + "; the areas are " + String.join(", ", creditAreas)));
        }
        List<Integer> levels = framework.scale().levels().stream().map(LevelView::value).toList();
        int low = document.flags().lowLevel();
        if (!levels.isEmpty() && !levels.contains(low)) {
            problems.add(new PolicyProblem("flags.lowLevel", lines.lineOf("flags.lowLevel"), "policy.error.level",
                    List.of(low, levels.toString()), "Level " + low + " is not on the proficiency scale " + levels));
        }
        return problems.stream().distinct().toList();
    }

    /** The content-area codes in use, for the form's drop-downs and the checks. */
    public Set<String> contentAreas() {
        return framework.areas().stream().map(a -> a.code()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public Set<String> creditAreas() {
        return credits.areas().stream().map(a -> a.code()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private List<RuleProblem> checkDrl(String file, String text, Set<String> kinds, boolean documentHoldsPolicy) {
        List<RuleProblem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Set<String> areas = null;
        for (int i = 0; i < lines.length; i++) {
            String line = withoutComment(lines[i]);
            int no = i + 1;
            for (Pattern method : List.of(METHOD_COMPARED, MASTERY_POLICY)) {
                Matcher m = method.matcher(line);
                while (m.find()) {
                    unknownMethod(file, no, m.group(1)).ifPresent(problems::add);
                }
            }
            Matcher areaMethod = AREA_METHOD.matcher(line);
            while (areaMethod.find()) {
                areas = areas == null ? contentAreas() : areas;
                if (!areas.contains(areaMethod.group(1))) {
                    problems.add(new RuleProblem(file, no, "There is no content area " + areaMethod.group(1)
                            + "; the areas are " + String.join(", ", areas)));
                }
                unknownMethod(file, no, areaMethod.group(2)).ifPresent(problems::add);
            }
            Matcher creditPolicy = CREDIT_POLICY.matcher(line);
            while (creditPolicy.find()) {
                Set<String> creditAreas = creditAreas();
                if (!creditAreas.contains(creditPolicy.group(1))) {
                    problems.add(new RuleProblem(file, no, "There is no credit area " + creditPolicy.group(1)
                            + "; the areas are " + String.join(", ", creditAreas)));
                }
            }
            Matcher kind = KIND_COMPARED.matcher(line);
            while (kind.find()) {
                if (!kinds.contains(kind.group(1))) {
                    problems.add(unknownKind(file, no, kind.group(1), kinds));
                }
            }
            if (documentHoldsPolicy) {
                Matcher inserted = PolicyFacts.INSERTED.matcher(line);
                if (inserted.find()) {
                    problems.add(new RuleProblem(file, no, "The policy is in policy.json (Rules → Policy): a rule "
                            + "file may not insert " + inserted.group(1) + " as well"));
                }
            }
        }
        return problems;
    }

    /**
     * A decision table's rows: a value in a column that tests the pathway's kind ({@code type}) or a calculation
     * method must be one that exists, or the row would never match.
     */
    private List<RuleProblem> checkDecisionTable(String file, String text, Set<String> kinds) {
        List<RuleProblem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<String> cells = cells(lines[i]);
            if (cells.isEmpty() || !cells.get(0).strip().toLowerCase(java.util.Locale.ROOT).startsWith("ruletable")) {
                continue;
            }
            if (i + 3 >= lines.length) {
                break;
            }
            List<String> headers = cells(lines[i + 1]);
            List<String> snippets = cells(lines[i + 3]);
            int row = i + 5;   // after the headers, object types, snippets and titles
            for (; row < lines.length && !cells(lines[row]).stream().allMatch(String::isBlank); row++) {
                List<String> values = cells(lines[row]);
                for (int column = 0; column < Math.min(headers.size(), values.size()); column++) {
                    if (!headers.get(column).strip().equalsIgnoreCase("CONDITION") || column >= snippets.size()) {
                        continue;
                    }
                    String snippet = snippets.get(column);
                    String value = values.get(column).strip();
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (snippet.matches("(?s).*\\btype\\b.*") && !kinds.contains(value)) {
                        problems.add(new RuleProblem(file, row + 1, "Row " + (row + 1) + " names the kind " + value
                                + " that the policy does not have, so it matches no pathway; the kinds are "
                                + String.join(", ", new java.util.TreeSet<>(kinds))));
                    } else if (snippet.matches("(?s).*\\b[mM]ethod\\b.*") && !CalculationMethods.ALL.contains(value)) {
                        problems.add(new RuleProblem(file, row + 1, "Row " + (row + 1) + " names the calculation "
                                + "method " + value + " that does not exist, so it matches nothing; the methods are "
                                + String.join(", ", CalculationMethods.ALL)));
                    }
                }
            }
            i = row;
        }
        return problems;
    }

    private static java.util.Optional<RuleProblem> unknownMethod(String file, int line, String method) {
        if (CalculationMethods.ALL.contains(method)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RuleProblem(file, line, "Unknown calculation method " + method
                + "; the methods are " + String.join(", ", CalculationMethods.ALL)));
    }

    private static RuleProblem unknownKind(String file, int line, String kind, Set<String> kinds) {
        return new RuleProblem(file, line, "There is no kind of pathway " + kind + " in the policy; the kinds are "
                + String.join(", ", new java.util.TreeSet<>(kinds)));
    }

    private static String withoutComment(String line) {
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }

    /** The cells of one CSV line: quoted cells may hold commas and doubled quotes. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return text.isEmpty() ? List.of() : cells;
    }
}
