package org.pathwayplanner.policy;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pathwayplanner.rules.RuleVersionNumbers;
import org.springframework.stereotype.Component;

/** The version number of published rules, for pages that say "awarded under version 3". */
@Component
class PublishedVersionNumbers implements RuleVersionNumbers {

    private final RuleSetVersionRepository versions;
    /** A content version's first number never changes once published: read once. */
    private final ConcurrentHashMap<String, Integer> known = new ConcurrentHashMap<>();

    PublishedVersionNumbers(RuleSetVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public Optional<Integer> numberOf(String ruleSetVersion) {
        if (ruleSetVersion == null) {
            return Optional.empty();
        }
        Integer cached = known.get(ruleSetVersion);
        if (cached != null) {
            return Optional.of(cached);
        }
        Integer number = versions.firstVersionNoWith(ruleSetVersion);
        if (number != null) {
            known.put(ruleSetVersion, number);
        }
        return Optional.ofNullable(number);
    }
}
