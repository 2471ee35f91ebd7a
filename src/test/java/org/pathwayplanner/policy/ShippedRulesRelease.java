package org.pathwayplanner.policy;

import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * Plays a release that ships other rules, for tests outside this package (the browser's): the shipped rules are then
 * on offer on the rules page. Closing it ships the rules in use again, as the shared test district was installed.
 */
public final class ShippedRulesRelease implements AutoCloseable {

    private final ShippedRulesUpgrade upgrade;
    private final Map<String, String> inUse;

    private ShippedRulesRelease(ApplicationContext context) {
        this.upgrade = context.getBean(ShippedRulesUpgrade.class);
        this.inUse = Map.copyOf(context.getBean(RulePublisher.class).activeVersion().getFiles());
    }

    /** This release ships the files in use with {@code flagsEnding} added to flags.drl. */
    public static ShippedRulesRelease shippingFlagsWith(ApplicationContext context, String flagsEnding) {
        ShippedRulesRelease release = new ShippedRulesRelease(context);
        Map<String, String> newer = new java.util.HashMap<>(release.inUse);
        newer.put("flags.drl", newer.get("flags.drl") + flagsEnding);
        release.upgrade.shippedAre(newer);
        return release;
    }

    @Override
    public void close() {
        upgrade.shippedAre(inUse);
    }
}
