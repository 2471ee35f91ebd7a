package org.pathwayplanner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PathwayPlannerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PathwayPlannerApplication.class, args);
    }
}
