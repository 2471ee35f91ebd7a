package org.pathwayplanner.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of the policy document's facts a session gets. All of them, except a kind of fact a rule file of the version
 * still inserts itself: a version stored before {@code policy.json} existed keeps its {@code policy.drl} and
 * {@code pathway-types.drl.csv}, which insert the policy, and gets from the document only what they lack (such as
 * {@code AwardPolicy}, at its default) — so old versions compile and evaluate as they did.
 */
public final class PolicyFacts {

    /** Constructing a policy fact in rule text: {@code new MasteryPolicy(}, {@code new PathwayTypeLimit(}. */
    public static final Pattern INSERTED = Pattern.compile("\\bnew\\s+(MasteryPolicy|AreaMethod|CreditPolicy|"
            + "AuditPolicy|FlagPolicy|AwardPolicy|PathwayTypeLimit|PathwayPolicy)\\s*\\(");

    private PolicyFacts() {
    }

    static List<Object> toInsert(PolicyDocument policy, Map<String, String> sources) {
        Set<String> insertedByRules = insertedByRules(sources);
        return policy.facts().stream().filter(fact -> !insertedByRules.contains(fact.getClass().getSimpleName()))
                .toList();
    }

    /** The simple names of the policy facts the rule files of {@code sources} construct themselves. */
    public static Set<String> insertedByRules(Map<String, String> sources) {
        return sources.entrySet().stream().filter(file -> RuleBook.isCompiled(file.getKey()))
                .flatMap(file -> {
                    Matcher m = INSERTED.matcher(file.getValue());
                    return m.results().map(r -> r.group(1));
                })
                .collect(Collectors.toSet());
    }
}
