package org.pathwayplanner.rules;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The kinds of flexible pathway the district offers: those of the policy in use ({@code policy.json}). What the
 * students' proposal form offers, and how a kind is named on a page; a kind no longer offered keeps a readable name.
 */
@Component
public class PathwayKinds {

    private final StudentEvaluator evaluator;

    public PathwayKinds(StudentEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The kinds of the policy in use, in its order. */
    public List<PolicyDocument.Kind> offered() {
        return evaluator.ruleSet().policy().pathways().kinds();
    }

    public boolean offers(String code) {
        return kind(code).isPresent();
    }

    public Optional<PolicyDocument.Kind> kind(String code) {
        return evaluator.ruleSet().policy().kind(code);
    }

    /** The policy's name of the kind, or its code in words (SUMMER_BRIDGE: Summer bridge) once it is no longer offered. */
    public String nameOf(String code) {
        return kind(code).map(PolicyDocument.Kind::name).orElseGet(() -> inWords(code));
    }

    static String inWords(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String words = code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
