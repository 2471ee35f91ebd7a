package org.pathwayplanner.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * What waits in the workflows, read from the engine when Prometheus asks: tasks waiting at each step of each
 * deployed workflow ({@code pathway_workflow_tasks_waiting{process, step}}, e.g. proposals at
 * {@code CounselorApproval}), tasks past their due date, and jobs that failed with no retry left (an incident to
 * look at in Cockpit). The steps are those of the workflows deployed when the application started.
 */
@Component
class WorkflowMetrics implements MeterBinder {

    static final String WAITING = "pathway.workflow.tasks.waiting";
    static final String OVERDUE = "pathway.workflow.tasks.overdue";
    static final String FAILED_JOBS = "pathway.workflow.jobs.failed";

    private final RepositoryService repository;
    private final TaskService tasks;
    private final ManagementService management;

    WorkflowMetrics(RepositoryService repository, TaskService tasks, ManagementService management) {
        this.repository = repository;
        this.tasks = tasks;
        this.management = management;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ProcessDefinition process : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (UserTask step : repository.getBpmnModelInstance(process.getId()).getModelElementsByType(UserTask.class)) {
                String processKey = process.getKey();
                String stepKey = step.getId();
                Gauge.builder(WAITING, tasks, t -> t.createTaskQuery().processDefinitionKey(processKey)
                                .taskDefinitionKey(stepKey).count())
                        .tag("process", processKey).tag("step", stepKey)
                        .description("Tasks waiting at a step of a workflow")
                        .register(registry);
            }
        }
        Gauge.builder(OVERDUE, tasks, t -> t.createTaskQuery().dueBefore(new Date()).count())
                .description("Workflow tasks past their due date")
                .register(registry);
        Gauge.builder(FAILED_JOBS, management, m -> m.createJobQuery().noRetriesLeft().count())
                .description("Workflow jobs that failed with no retry left (incidents)")
                .register(registry);
    }
}
