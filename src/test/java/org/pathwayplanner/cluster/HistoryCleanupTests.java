package org.pathwayplanner.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda removes history past its time to live, in a nightly window every instance shares (application.yml). */
@PlannerTest
class HistoryCleanupTests {

    @Autowired
    ProcessEngine engine;

    @Test
    void historyIsCleanedUpInTheNightlyWindowByRemovalTime() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("00:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("02:00");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).as("the cleanup job, scheduled on start")
                .isNotEmpty();
    }
}
