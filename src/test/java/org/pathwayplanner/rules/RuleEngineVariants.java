package org.pathwayplanner.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.SequentialOption;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The shipped rules compiled the ways the engine-level probe compares (docs/performance.md, "Engine-level
 * directions"): what the application does, the executable model, and KieBase options. For measurements only.
 */
public final class RuleEngineVariants {

    private static final KieCommands COMMANDS = org.kie.api.KieServices.Factory.get().getCommands();

    private RuleEngineVariants() {
    }

    /** A way to compile: its name in the probe's output and the build. */
    public record Variant(String name, java.util.function.Supplier<RuleSet> build) {
    }

    public static Map<String, String> shipped() {
        return RuleBook.read(Path.of("rules"));
    }

    /** What the application compiles: DRL with the MVEL-based compiler, default KieBase. */
    public static RuleSet mvel(Map<String, String> sources) {
        return RuleBook.build(sources, "mvel", RuleBook.Compilation.MVEL);
    }

    public static RuleSet mvelWith(Map<String, String> sources, String name, Consumer<KieBaseConfiguration> options) {
        return RuleBook.build(sources, name, new RuleBook.Compilation(false, options));
    }

    public static RuleSet executableModel(Map<String, String> sources) {
        return RuleBook.build(sources, "executable-model", new RuleBook.Compilation(true, null));
    }

    /** The executable model with a builder property set while it builds (e.g. the alpha network compiler). */
    public static RuleSet executableModelWith(Map<String, String> sources, String property, String value) {
        return withProperty(property, value, () -> RuleBook.build(sources, "executable-model+" + value,
                new RuleBook.Compilation(true, null)));
    }

    public static RuleSet mvelWithProperty(Map<String, String> sources, String property, String value) {
        return withProperty(property, value, () -> RuleBook.build(sources, "mvel+" + value, RuleBook.Compilation.MVEL));
    }

    public static Consumer<KieBaseConfiguration> sequential() {
        return configuration -> configuration.setOption(SequentialOption.YES);
    }

    public static Consumer<KieBaseConfiguration> equality() {
        return configuration -> configuration.setOption(EqualityBehaviorOption.EQUALITY);
    }

    /**
     * The shipped rules with the five constraints on a {@code collectList} result inside an {@code accumulate} moved
     * to an {@code eval} right after it: the executable model generates them as a predicate on Object that does not
     * compile. Same meaning under both compilers.
     */
    public static Map<String, String> castForTheExecutableModel(Map<String, String> shipped) {
        Map<String, String> cast = new LinkedHashMap<>(shipped);
        replace(cast, "mastery.drl", "$mastered : collectList($m); $mastered.size() == $total)",
                "$mastered : collectList($m))\n    eval($mastered.size() == $total)");
        replace(cast, "credits.drl", "$masteries : collectList($m);\n               $masteries.size() > 0 && $masteries.size() >= $needShare * $total)",
                "$masteries : collectList($m))\n    eval($masteries.size() > 0 && $masteries.size() >= $needShare * $total)");
        replace(cast, "credits.drl", "$ids : collectSet($id);\n               CalculationMethods.total($amounts).compareTo($required) > 0)",
                "$ids : collectSet($id))\n    eval(CalculationMethods.total($amounts).compareTo($required) > 0)");
        replace(cast, "flags.drl", "$masteries : collectList($m);\n               $masteries.size() >= $share * $expected)",
                "$masteries : collectList($m))\n    eval($masteries.size() >= $share * $expected)");
        replace(cast, "flags.drl", "$masteries : collectList($m);\n               $masteries.size() < $share * $expected)",
                "$masteries : collectList($m))\n    eval($masteries.size() < $share * $expected)");
        return cast;
    }

    /**
     * What a student's session holds after firing, counted by type (the facts inserted and those the rules derived):
     * in a stateful session from the pool, as the application does, or — {@code stateless} — in a stateless session,
     * the only kind a sequential KieBase makes.
     */
    public static Map<String, Integer> factsAfterFiring(RuleSet rules, FrameworkFacts framework, StudentInput student,
            boolean stateless) {
        List<Object> facts = new ArrayList<>();
        facts.add(framework.scale());
        facts.addAll(framework.competencies());
        java.util.Set<Long> assessed = new java.util.HashSet<>();
        for (Facts.ScoreFact score : student.scores()) {
            assessed.add(score.competencyId() != null ? score.competencyId()
                    : framework.competencyOfObjective(score.objectiveId()));
        }
        framework.objectives().stream().filter(o -> assessed.contains(o.competencyId())).forEach(facts::add);
        facts.addAll(framework.prerequisites());
        facts.addAll(framework.bundles());
        facts.addAll(framework.areaParts());
        facts.add(student.student());
        Map<String, List<Facts.ScoreFact>> byTarget = new LinkedHashMap<>();
        for (Facts.ScoreFact score : student.scores()) {
            String key = score.objectiveId() != null ? "o" + score.objectiveId() : "c" + score.competencyId();
            byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(score);
        }
        for (List<Facts.ScoreFact> scores : byTarget.values()) {
            Facts.ScoreFact first = scores.get(0);
            facts.add(new Facts.ScoreHistory(first.objectiveId(), first.objectiveId() != null
                    ? framework.competencyOfObjective(first.objectiveId()) : first.competencyId(), List.copyOf(scores)));
        }
        facts.addAll(student.pathways());
        facts.addAll(student.requirements());
        Collection<?> after;
        if (stateless) {
            facts.addAll(0, PolicyFacts.toInsert(rules.policy(), rules.sources()));
            StatelessKieSession session = rules.kieBase().newStatelessKieSession();
            ExecutionResults results = session.execute(COMMANDS.newBatchExecution(List.of(
                    COMMANDS.newInsertElements(facts), COMMANDS.newFireAllRules(),
                    COMMANDS.newGetObjects("facts"))));
            after = (Collection<?>) results.getValue("facts");
        } else {
            KieSession session = rules.newSession();
            facts.forEach(session::insert);
            session.fireAllRules();
            after = new ArrayList<>(session.getObjects());
            RuleSet.close(session, false);
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        after.forEach(fact -> counts.merge(fact.getClass().getSimpleName(), 1, Integer::sum));
        return counts;
    }

    private static void replace(Map<String, String> files, String file, String from, String to) {
        String text = files.get(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " no longer has: " + from);
        }
        files.put(file, text.replace(from, to));
    }

    private static RuleSet withProperty(String property, String value, java.util.function.Supplier<RuleSet> build) {
        String before = System.getProperty(property);
        System.setProperty(property, value);
        try {
            return build.get();
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }
}
