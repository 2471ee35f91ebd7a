package org.pathwayplanner;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each feature is a module; a module may use another only through its public top-level package. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PathwayPlannerApplication.class);

    @Test
    void featuresTalkToEachOtherOnlyThroughTheirPublicApi() {
        MODULES.verify();
    }
}
