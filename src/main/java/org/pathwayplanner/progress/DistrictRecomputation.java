package org.pathwayplanner.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.RosterEntry;
import org.pathwayplanner.rules.EvaluationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every student of the district as Camunda jobs (processes/district-recomputation.bpmn): the roster is cut
 * into partitions of {@code pathway-planner.recompute.partition-size} students (500), one asynchronous job each, so
 * the job executor of every instance on the database takes its share, a failed partition is retried, and Cockpit
 * shows the run. The caller waits for the run as it waited for the in-process evaluation, and gets the same result:
 * every partition's changes and failures together. While this instance's job executor is not running (during the
 * start, or switched off), the caller executes the run's jobs itself. Without the diagram deployed, or with
 * {@code pathway-planner.recompute.as-jobs=false}, the district is evaluated in this process as before.
 */
@Service
public class DistrictRecomputation {

    static final String PROCESS = "DistrictRecomputation";
    private static final Logger log = LoggerFactory.getLogger(DistrictRecomputation.class);
    private static final long POLL_MILLIS = 100;

    private final DistrictEvaluation district;
    private final RecomputationRuns runs;
    private final PeopleDirectory people;
    private final ProgressFacts facts;
    private final ProcessEngine engine;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final int partitionSize;
    private final boolean asJobs;

    DistrictRecomputation(DistrictEvaluation district, RecomputationRuns runs, PeopleDirectory people,
            ProgressFacts facts, ProcessEngine engine, TransactionTemplate transaction, ObjectMapper json, Clock clock,
            @Value("${pathway-planner.recompute.partition-size:500}") int partitionSize,
            @Value("${pathway-planner.recompute.as-jobs:true}") boolean asJobs) {
        if (partitionSize < 1) {
            throw new IllegalArgumentException("pathway-planner.recompute.partition-size must be at least 1");
        }
        this.district = district;
        this.runs = runs;
        this.people = people;
        this.facts = facts;
        this.engine = engine;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.partitionSize = partitionSize;
        this.asJobs = asJobs;
    }

    /** How far a run is, as every instance sees it. */
    public record RunProgress(long runId, String reason, int evaluated, int students, int finishedPartitions,
            int partitions, boolean finished) {
    }

    /**
     * Evaluates every student on the rules in use and stores the results, comparing each with their stored results
     * first when {@code withImpact}; waits for the end. {@code onProgress} hears the students evaluated so far.
     *
     * @param reason what the run is for, in the run's record ("rules version 4", "nightly", "start")
     */
    public DistrictEvaluation.Result recompute(String reason, boolean withImpact, IntConsumer onProgress) {
        if (!asJobs || !deployed()) {
            return withImpact ? district.evaluateAll(onProgress) : district.evaluateAllWithoutImpact(onProgress);
        }
        long started = System.nanoTime();
        Optional<Long> run = start(reason, withImpact);
        if (run.isEmpty()) {
            return withImpact ? district.evaluateAll(onProgress) : district.evaluateAllWithoutImpact(onProgress);
        }
        return await(run.get(), onProgress, started);
    }

    /**
     * Starts a run and returns at once (every instance's job executor does the work); empty when there is no student
     * to evaluate.
     */
    public Optional<Long> start(String reason, boolean withImpact) {
        return Optional.ofNullable(transaction.execute(status -> {
            List<RosterEntry> roster = people.roster();
            if (roster.isEmpty()) {
                return null;
            }
            long runId = runs.create(reason, withImpact, roster, partitionSize, clock.instant());
            int partitions = (roster.size() + partitionSize - 1) / partitionSize;
            RuntimeService runtime = engine.getRuntimeService();
            String instance = runtime.startProcessInstanceByKey(PROCESS, "run-" + runId,
                    Map.of("runId", runId, "partitions", partitions, "students", roster.size())).getId();
            runs.attach(runId, instance);
            log.info("District recomputation {} ({}): {} students in {} partitions of up to {}", runId, reason,
                    roster.size(), partitions, partitionSize);
            return runId;
        }));
    }

    /** The latest run (of any instance) for {@code reason}. */
    public Optional<RunProgress> latest(String reason) {
        return runs.latest(reason).map(DistrictRecomputation::progressOf);
    }

    /** The latest run of any instance, for any reason. */
    public Optional<RunProgress> latest() {
        return runs.latest().map(DistrictRecomputation::progressOf);
    }

    private static RunProgress progressOf(RecomputationRuns.Run run) {
        return new RunProgress(run.id(), run.reason(), run.evaluated(), run.students(), run.finishedPartitions(),
                run.partitions(), run.finished());
    }

    /** Waits until every partition of the run is finished, then puts their outcomes together. */
    DistrictEvaluation.Result await(long runId, IntConsumer onProgress, long startedNanos) {
        while (true) {
            RecomputationRuns.Run run = runs.run(runId).orElseThrow();
            onProgress.accept(run.evaluated());
            if (run.finished()) {
                DistrictEvaluation.Result result = resultOf(run, (System.nanoTime() - startedNanos) / 1_000_000);
                if (!jobExecutorRunning()) {
                    endHere(run.processInstanceId());
                }
                return result;
            }
            failIfAPartitionGaveUp(run);
            if (!jobExecutorRunning()) {
                executeJobsHere(run.processInstanceId());
                continue;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Stopped waiting for district recomputation " + runId, e);
            }
        }
    }

    private boolean deployed() {
        RepositoryService repository = engine.getRepositoryService();
        return repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().count() > 0;
    }

    private boolean jobExecutorRunning() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        return executor != null && executor.isActive();
    }

    /** This instance executes the run's due jobs itself, one after the other; a failure waits for its retry. */
    private void executeJobsHere(String processInstanceId) {
        ManagementService management = engine.getManagementService();
        List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
        if (due.isEmpty()) {
            sleep();
            return;
        }
        for (Job job : due) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException failed) {
                log.warn("A job of district recomputation {} failed (retried later): {}", processInstanceId,
                        failed.getMessage());
            }
        }
    }

    /**
     * Executes what is left of a run whose partitions are all finished (the joins after them), so that it ends: no
     * job executor here will. A join that fails is left to a job executor, or to Cockpit.
     */
    private void endHere(String processInstanceId) {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    log.warn("Ending district recomputation {} failed: {}", processInstanceId, failed.getMessage());
                    return;
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped waiting for a district recomputation", e);
        }
    }

    private void failIfAPartitionGaveUp(RecomputationRuns.Run run) {
        ManagementService management = engine.getManagementService();
        Job failed = management.createJobQuery().processInstanceId(run.processInstanceId()).noRetriesLeft()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (failed != null) {
            throw new IllegalStateException("A partition of the district recomputation failed three times (see the "
                    + "incident in Cockpit): " + failed.getExceptionMessage());
        }
    }

    private DistrictEvaluation.Result resultOf(RecomputationRuns.Run run, long millis) {
        List<Impact.StudentChange> changes = new ArrayList<>();
        List<EvaluationFailure> failures = new ArrayList<>();
        long rules = 0;
        long store = 0;
        long compare = 0;
        String version = null;
        for (RecomputationRuns.Outcome outcome : runs.outcomes(run.id())) {
            changes.addAll(read(outcome.changes(), Impact.StudentChange[].class));
            failures.addAll(read(outcome.failures(), EvaluationFailure[].class));
            rules += outcome.rulesMillis();
            store += outcome.storeMillis();
            compare += outcome.compareMillis();
            version = outcome.ruleSetVersion();
        }
        failures.sort(java.util.Comparator.comparingLong(EvaluationFailure::studentId));
        Map<Long, String> titles = new HashMap<>();
        facts.framework().competencies().forEach(c -> titles.put(c.id(), c.title()));
        log.info("District recomputation {} ({}): {} students in {} ms over {} partitions; {} failed", run.id(),
                run.reason(), run.evaluated(), millis, run.partitions(), failures.size());
        return new DistrictEvaluation.Result(run.evaluated(), version, millis, rules, store, compare,
                Impact.of(changes, titles), failures);
    }

    /** A partition's outcome as stored: its changes and failures as JSON. */
    RecomputationRuns.Outcome outcomeOf(int partitionNo, DistrictEvaluation.Result result, String executedBy) {
        return new RecomputationRuns.Outcome(partitionNo, result.students(), result.ruleSetVersion(),
                result.rulesCpuMillis(), result.storeMillis(), result.compareMillis(),
                write(result.impact().students()), write(result.failures()), executedBy);
    }

    private String write(List<?> items) {
        try {
            return items.isEmpty() ? null : json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a partition's outcome", e);
        }
    }

    private <T> List<T> read(String text, Class<T[]> type) {
        if (text == null) {
            return List.of();
        }
        try {
            return List.of(json.readValue(text, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a partition's outcome", e);
        }
    }
}
