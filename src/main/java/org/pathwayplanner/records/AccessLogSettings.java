package org.pathwayplanner.records;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pathway-planner.access-log.*}: how long lines are kept, and how the background writer batches them.
 *
 * @param retention    how long a line is kept (FERPA asks for as long as the records themselves; five years by default)
 * @param purgeCron    when the lines older than the retention are deleted (once a day; "-" turns it off)
 * @param queueSize    lines waiting for the writer at most; beyond it a request waits {@code waitWhenFull}, then the
 *                     line is counted as lost and logged
 * @param waitWhenFull how long a request may wait for room in a full queue
 * @param batchSize    lines written per statement batch
 * @param writeEvery   how often the writer looks for new lines
 */
@ConfigurationProperties("pathway-planner.access-log")
record AccessLogSettings(@DefaultValue("P5Y") Period retention, @DefaultValue("0 15 3 * * *") String purgeCron,
        @DefaultValue("20000") int queueSize, @DefaultValue("50ms") Duration waitWhenFull,
        @DefaultValue("500") int batchSize, @DefaultValue("500ms") Duration writeEvery) {
}
