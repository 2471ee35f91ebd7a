package org.pathwayplanner.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}, as {@code workflowEngine}): the process engine answers a
 * query on its own tables and the shipped workflows are deployed. Camunda's own indicator only says that an engine
 * object exists.
 */
@Component("workflowEngine")
class WorkflowEngineHealth implements HealthIndicator {

    private final RepositoryService repository;

    WorkflowEngineHealth(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Health health() {
        long processes = repository.createProcessDefinitionQuery().latestVersion().count();
        Health.Builder health = processes > 0 ? Health.up()
                : Health.down().withDetail("reason", "no workflow is deployed");
        return health.withDetail("processes", processes).build();
    }
}
