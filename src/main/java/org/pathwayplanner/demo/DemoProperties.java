package org.pathwayplanner.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code pathway-planner.demo.*}: whether to load the demo district into an empty database, how big, which seed. */
@ConfigurationProperties("pathway-planner.demo")
record DemoProperties(boolean enabled, int students, long seed) {

    DemoProperties {
        if (students < 4) {
            students = 4;
        }
    }
}
