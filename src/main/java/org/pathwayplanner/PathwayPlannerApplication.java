package org.pathwayplanner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PathwayPlannerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PathwayPlannerApplication.class, args);
    }

    /** The district's clock; tests replace it to pin "today". */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
