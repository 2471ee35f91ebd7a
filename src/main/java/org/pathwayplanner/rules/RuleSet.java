package org.pathwayplanner.rules;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

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
    private final KieSessionsPool pool;
    private static final java.util.concurrent.atomic.AtomicInteger LIVE = new java.util.concurrent.atomic.AtomicInteger();

    private final PolicyDocument policy;
    private final List<Object> policyFacts;

    /**
     * {@code kieBase}: one built with options, or null for the container's default one; {@code stateful}: false for
     * a KieBase that makes only stateless sessions (sequential mode), which then has no pool.
     */
    RuleSet(String version, Map<String, String> sources, KieContainer container, KieBase kieBase, boolean stateful,
            ReleaseId releaseId,
            PolicyDocument policy, List<Object> policyFacts) {
        this.version = version;
        this.policy = policy;
        this.policyFacts = List.copyOf(policyFacts);
        this.sources = Map.copyOf(sources);
        this.container = container;
        this.releaseId = releaseId;
        this.kieBase = kieBase != null ? kieBase : container.getKieBase();
        int sessions = Runtime.getRuntime().availableProcessors();
        this.pool = kieBase == null ? container.newKieSessionsPool(sessions)
                : stateful ? kieBase.newKieSessionsPool(sessions) : null;
        LIVE.incrementAndGet();
    }

    /** How many rule sets are compiled and not disposed yet: the one in use, drafts being previewed, old ones still evaluating. */
    public static int live() {
        return LIVE.get();
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

    /**
     * A session for one evaluation, from a pool: disposing it resets it and gives it back, which saves the
     * session's node memories and object stores being built again (about 10 % of an evaluation's CPU).
     */
    KieSession newSession() {
        if (pool == null) {
            throw new IllegalStateException("Rule set " + version + " makes only stateless sessions");
        }
        KieSession session = pool.newKieSession();
        policyFacts.forEach(session::insert);
        return session;
    }

    /** The district policy these rules read (the shipped defaults for a version stored before policy.json). */
    public PolicyDocument policy() {
        return policy;
    }

    /**
     * Ends a session: back to the pool after a normal evaluation; destroyed, not reused, after one that was
     * stopped or failed half-way (halted at a limit, or a rule that threw).
     */
    static void close(KieSession session, boolean stopped) {
        if (stopped) {
            session.destroy();
        } else {
            session.dispose();
        }
    }

    /**
     * Where the rule that hit a limit is written: its file and line (for a decision table, the row it was generated
     * from), with the limit's message.
     */
    public RuleProblem problemOf(RuleLimitExceeded limit) {
        String name = limit.ruleName();
        java.util.regex.Matcher generated = java.util.regex.Pattern.compile("(.+)_(\\d+)").matcher(name == null ? "" : name);
        for (Map.Entry<String, String> file : new java.util.TreeMap<>(sources).entrySet()) {
            String[] lines = file.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.equals("rule \"" + name + "\"") || line.startsWith("rule \"" + name + "\" ")
                        || line.equals("rule " + name) || line.startsWith("rule " + name + " ")) {
                    return new RuleProblem(file.getKey(), i + 1, limit.getMessage());
                }
                if (generated.matches() && file.getKey().endsWith(".csv")
                        && line.replace("\"", "").startsWith("RuleTable " + generated.group(1))) {
                    return new RuleProblem(file.getKey(), Integer.parseInt(generated.group(2)), limit.getMessage());
                }
            }
        }
        return new RuleProblem("(rules)", 0, limit.getMessage());
    }

    public int ruleCount() {
        return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    /** Users counted while evaluating; -1 once disposed. */
    private final java.util.concurrent.atomic.AtomicInteger users = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean retired;

    /** Marks the start of an evaluation; false when the rule set is already disposed (take the current one). */
    boolean tryAcquire() {
        while (true) {
            int count = users.get();
            if (count < 0) {
                return false;
            }
            if (users.compareAndSet(count, count + 1)) {
                return true;
            }
        }
    }

    void endUse() {
        if (users.decrementAndGet() == 0 && retired && users.compareAndSet(0, -1)) {
            dispose();
        }
    }

    /**
     * No new evaluation will use this rule set; it is disposed as soon as the evaluations still running on it
     * finish (at once if none is).
     */
    public void release() {
        retired = true;
        if (users.compareAndSet(0, -1)) {
            dispose();
        }
    }

    /** Holds the rule set for a batch of evaluations; closing ends the hold. */
    public Lease lease() {
        if (!tryAcquire()) {
            throw new IllegalStateException("Rule set " + version + " was released");
        }
        return new Lease();
    }

    public final class Lease implements AutoCloseable {

        private Lease() {
        }

        public RuleSet ruleSet() {
            return RuleSet.this;
        }

        @Override
        public void close() {
            endUse();
        }
    }

    public boolean isDisposed() {
        return users.get() < 0;
    }

    private void dispose() {
        LIVE.decrementAndGet();
        if (pool != null) {
            pool.shutdown();
        }
        container.dispose();
        KieServices.Factory.get().getRepository().removeKieModule(releaseId);
    }
}
