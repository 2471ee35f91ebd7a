package org.pathwayplanner.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.pathwayplanner.rules.RuleBook;
import org.pathwayplanner.rules.RuleBuildException;
import org.pathwayplanner.rules.RuleProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which versions may be put back in use (the version in use too: publishing its files again recomputes every
 * student). Not one whose recomputation failed or could not evaluate some students (it broke the district, or those
 * students, once; one cut short by a stop of the server is not the rules' fault and stays a target), and not one that does not compile with this release of the application (checked for every
 * stored version once after the start, and on every attempt). A version that is a target is put back without a
 * new preview: it was in use for the whole district before, and a rollback is what an administrator reaches for
 * when the rules in use are broken.
 */
@Component
class RollbackTargets {

    /** How a recomputation that failed (or that a stop of the server cut short) is recorded on its version. */
    static final String FAILED_RECOMPUTATION = "Recomputation failed";
    private static final Logger log = LoggerFactory.getLogger(RollbackTargets.class);

    /** Versions that do not compile with this release, with their first problems; the code decides, so not stored. */
    private final Map<Integer, String> doNotCompile = new ConcurrentHashMap<>();

    /** Why {@code version} is not offered as a rollback target, or nothing when it is one. */
    Optional<PublishRefused> refusal(RuleSetVersion version) {
        String impact = version.getImpactSummary();
        if (impact != null && impact.startsWith(FAILED_RECOMPUTATION) && !impact.equals(RulePublisher.INTERRUPTED)) {
            return Optional.of(new PublishRefused("rules.rollback.failed", version.getVersionNo(), impact));
        }
        if (impact != null && impact.contains(org.pathwayplanner.progress.DistrictEvaluation.Result.NOT_EVALUATED)) {
            return Optional.of(new PublishRefused("rules.rollback.studentsFailed", version.getVersionNo(), impact));
        }
        return Optional.ofNullable(doNotCompile.get(version.getVersionNo()))
                .map(problems -> new PublishRefused("rules.rollback.doesNotCompile", version.getVersionNo(), problems));
    }

    boolean isTarget(RuleSetVersion version) {
        return refusal(version).isEmpty();
    }

    void doesNotCompile(RuleSetVersion version, List<RuleProblem> problems) {
        doNotCompile.put(version.getVersionNo(), problems.stream().limit(3).map(RuleProblem::toString)
                .collect(Collectors.joining("; ")));
    }

    /** Compiles each stored version not in use, once, to learn which no longer compile with this release. */
    void check(List<RuleSetVersion> versions) {
        for (RuleSetVersion version : versions) {
            if (version.isActive() || doNotCompile.containsKey(version.getVersionNo())) {
                continue;
            }
            try {
                RuleBook.compile(version.getFiles(), "rollback-check").release();
            } catch (RuleBuildException e) {
                doesNotCompile(version, e.problems());
                log.warn("Rules version {} does not compile with this release: not offered as a rollback target ({})",
                        version.getVersionNo(), doNotCompile.get(version.getVersionNo()));
            } catch (RuntimeException e) {
                log.warn("Could not check whether rules version {} compiles", version.getVersionNo(), e);
            }
        }
    }
}
