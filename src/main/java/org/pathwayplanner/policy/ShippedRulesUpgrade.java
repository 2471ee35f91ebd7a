package org.pathwayplanner.policy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pathwayplanner.rules.RuleVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * New rules shipped with a release of the application. The rules folder is copied into the database only on a
 * fresh install, so a district that installed an older release keeps its stored versions; when this release
 * ships rules that differ from the version in use and that the district never had (no stored version holds
 * them) nor declined, administrators are told, see the diff, and adopt them as a draft through the normal
 * preview and publish. A district that changed its own rules is not nagged about the rules it started from.
 */
@Component
class ShippedRulesUpgrade {

    /** The shipped rules on offer: their hash, the version in use they differ from, and the diff file by file. */
    record Offer(String contentHash, int activeVersionNo, Map<String, String> files, List<RuleDiff.FileDiff> diff) {
    }

    private static final Logger log = LoggerFactory.getLogger(ShippedRulesUpgrade.class);

    private final RuleSetVersionRepository versions;
    private final RuleShippedDecisionRepository decisions;
    private final Clock clock;
    private volatile Map<String, String> shipped = Map.of();
    private volatile String shippedHash;

    ShippedRulesUpgrade(RuleSetVersionRepository versions, RuleShippedDecisionRepository decisions, Clock clock) {
        this.versions = versions;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The rules this release ships, read on start; tells the log when they are on offer. */
    void shippedAre(Map<String, String> files) {
        this.shipped = Map.copyOf(new TreeMap<>(files));
        this.shippedHash = RuleVersions.of(files);
        offer().ifPresent(offer -> log.warn("This release ships rules ({}) that differ from version {} in use: an "
                + "administrator can review and adopt them on the rules page", offer.contentHash(),
                offer.activeVersionNo()));
    }

    /** The shipped rules, when they are on offer. */
    Optional<Offer> offer() {
        if (shippedHash == null || versions.existsByContentHash(shippedHash) || decisions.existsById(shippedHash)) {
            return Optional.empty();
        }
        return versions.findByActiveTrue().filter(active -> !RuleVersions.of(active.getFiles()).equals(shippedHash))
                .map(active -> new Offer(shippedHash, active.getVersionNo(), shipped, RuleDiff.between(
                        active.getFiles(), shipped, "v" + active.getVersionNo(), "shipped")));
    }

    /** "Keep ours": the banner no longer offers these shipped rules. Returns whether anything was on offer. */
    boolean decline(String actor) {
        Optional<Offer> offer = offer();
        offer.ifPresent(o -> decisions.save(new RuleShippedDecision(o.contentHash(), actor, clock.instant())));
        return offer.isPresent();
    }
}
