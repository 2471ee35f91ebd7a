package org.pathwayplanner.rules;

import java.util.Optional;

/**
 * The number administrators know a rule set by ("version 3"), from the content version an evaluation records
 * ({@link RuleVersions}). The policy administration feature provides it (it keeps the versions); without it, or for
 * rules never published (a test's, the shipped folder's before seeding), there is none.
 */
public interface RuleVersionNumbers {

    /** The first published version with exactly these rules (a rollback republishes an earlier version's). */
    Optional<Integer> numberOf(String ruleSetVersion);
}
