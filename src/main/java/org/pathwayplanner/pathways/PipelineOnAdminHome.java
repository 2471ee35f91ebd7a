package org.pathwayplanner.pathways;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.pathwayplanner.people.HomePageSection;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.stereotype.Component;

/** The pathway pipeline on the administrator's home: proposals waiting at each step, and how many are overdue. */
@Component
class PipelineOnAdminHome implements HomePageSection {

    /** The steps a proposal waits at, in the order of the workflow. */
    static final List<String> STEPS = java.util.Arrays.stream(PathwayStep.values()).map(PathwayStep::id).toList();

    /** One step: how many proposals wait there, and how many of those are past their due date. */
    record Stage(String step, long waiting, long overdue) {
    }

    private final TaskService tasks;
    private final org.camunda.bpm.engine.RuntimeService runtime;
    private final Clock clock;

    PipelineOnAdminHome(TaskService tasks, org.camunda.bpm.engine.RuntimeService runtime, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Override
    public String template() {
        return "pathways/pipeline";
    }

    @Override
    public Map<String, Object> data(Viewer viewer) {
        if (viewer.role() != Role.ADMIN) {
            return Map.of();
        }
        Date now = Date.from(clock.instant());
        List<Stage> stages = STEPS.stream().map(step -> PathwayStep.of(step).waitsForSignatures()
                // no task to count: the proposals whose process waits there for signatures (never overdue)
                ? new Stage(step, runtime.createExecutionQuery().activityId(step).count(), 0)
                : new Stage(step, tasks.createTaskQuery().taskDefinitionKey(step).count(),
                        tasks.createTaskQuery().taskDefinitionKey(step).dueBefore(now).count())).toList();
        return Map.of("stages", stages);
    }
}
