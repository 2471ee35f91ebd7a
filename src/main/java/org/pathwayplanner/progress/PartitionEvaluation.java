package org.pathwayplanner.progress;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.pathwayplanner.rules.ActiveRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One job of a district recomputation (processes/district-recomputation.bpmn): evaluates the students of one
 * partition on the rules active in the database (caught up first: another instance may have published a moment ago)
 * and stores the results with what they changed, in the job's transaction: a partition that fails leaves nothing
 * behind and is tried again.
 */
@Component("districtPartition")
class PartitionEvaluation implements JavaDelegate {

    private final DistrictEvaluation district;
    private final DistrictRecomputation recomputation;
    private final RecomputationRuns runs;
    private final ObjectProvider<ActiveRules> activeRules;
    private final Clock clock;
    private final StudentProgress progress;
    /** The latest run this instance evaluated a partition of. */
    private final java.util.concurrent.atomic.AtomicLong latestRun = new java.util.concurrent.atomic.AtomicLong();

    PartitionEvaluation(DistrictEvaluation district, DistrictRecomputation recomputation, RecomputationRuns runs,
            ObjectProvider<ActiveRules> activeRules, Clock clock, StudentProgress progress) {
        this.progress = progress;
        this.district = district;
        this.recomputation = recomputation;
        this.runs = runs;
        this.activeRules = activeRules;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long runId = ((Number) execution.getVariable("runId")).longValue();
        int partitionNo = ((Number) execution.getVariable("loopCounter")).intValue();
        RecomputationRuns.Partition partition = runs.partition(runId, partitionNo).orElseThrow(
                () -> new IllegalStateException("District recomputation " + runId + " has no partition " + partitionNo));
        if (partition.finished()) {
            return;
        }
        activeRules.ifAvailable(ActiveRules::catchUp);
        long seen = latestRun.get();
        if (runId > seen && latestRun.compareAndSet(seen, runId)) {
            // The run may follow a framework change made on another instance: the framework facts this instance keeps
            // are read again, once per run.
            progress.frameworkChanged();
        }
        DistrictEvaluation.Result result = district.evaluatePartition(partition.firstStudentId(),
                partition.lastStudentId(), partition.withImpact());
        runs.finish(partition, recomputation.outcomeOf(partitionNo, result, executedBy(execution)), clock.instant());
    }

    /** The job executor of this instance (its lock owner, unique per running engine). */
    private static String executedBy(DelegateExecution execution) {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) execution.getProcessEngine()
                .getProcessEngineConfiguration()).getJobExecutor();
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        String owner = executor == null ? "no job executor" : executor.getLockOwner();
        return host.isBlank() ? owner : host + " " + owner;
    }
}
