package org.pathwayplanner.people.roster;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The roster import measured on H2 in memory, the embedded default. Run with
 * {@code ./mvnw -Pbench test -Dtest=RosterImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:roster-bench;DB_CLOSE_DELAY=-1",
        "pathway-planner.demo.enabled=false",
        "pathway-planner.evaluate-on-start=false",
        "logging.level.org.pathwayplanner=info"})
class RosterImportBenchmark extends RosterImportMeasurement {

    @Override
    String database() {
        return "H2 in memory";
    }
}
