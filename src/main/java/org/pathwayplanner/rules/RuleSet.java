package org.pathwayplanner.rules;

import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * One compiled version of the district's rules: the sources it was built from and the KieBase. Thread-safe
 * to evaluate with; {@link #release()} frees it once no evaluation uses it any more.
 */
public final class RuleSet {

    private final String version;
    private final Map<String, String> sources;
    private final KieContainer container;
    private final ReleaseId releaseId;
    private final KieBase kieBase;

    RuleSet(String version, Map<String, String> sources, KieContainer container, ReleaseId releaseId) {
        this.version = version;
        this.sources = Map.copyOf(sources);
        this.container = container;
        this.releaseId = releaseId;
        this.kieBase = container.getKieBase();
    }

    public String version() {
        return version;
    }

    /** File name → rule text, as compiled. */
    public Map<String, String> sources() {
        return sources;
    }

    KieBase kieBase() {
        return kieBase;
    }

    public int ruleCount() {
        return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    public void release() {
        container.dispose();
        KieServices.Factory.get().getRepository().removeKieModule(releaseId);
    }
}
