package org.pathwayplanner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one application context every integration test shares (one Camunda engine, one KieBase, one
 * demo district in an in-memory H2 database), so the suite starts Spring once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@org.junit.jupiter.api.extension.ExtendWith(org.pathwayplanner.progress.AwardsKeptByTestRules.class)
@org.springframework.context.annotation.Import(MockMvcSessions.class)
public @interface PlannerTest {
}
