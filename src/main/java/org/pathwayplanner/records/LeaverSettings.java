package org.pathwayplanner.records;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pathway-planner.leavers.*}: how long the records of a student who left the district are kept (read-only)
 * before an administrator may delete them. The district sets it from its records retention schedule.
 *
 * @param keepFor counted from the day the student left (the roster import that retired them)
 */
@ConfigurationProperties("pathway-planner.leavers")
record LeaverSettings(@DefaultValue("P5Y") Period keepFor) {
}
