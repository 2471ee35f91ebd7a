package org.pathwayplanner.rules;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.SequentialOption;

/**
 * The shipped rules compiled the ways the engine-level probe compares (docs/performance.md, "Engine-level
 * directions"): what the application does, the executable model, and KieBase options. For measurements only.
 */
public final class RuleEngineVariants {

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
