package org.pathwayplanner.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.progress.StudentProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an operator's load balancer and Prometheus see (docs/operations.md): probes anyone may ask, with details only
 * for an administrator; readiness made of the database, the workflow engine and the rule set; the product's own
 * metrics in Prometheus format. Who may call which endpoint is in the access matrix (security.AccessMatrixTests).
 */
@PlannerTest
class HealthAndMetricsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    StudentProgress progress;
    @Autowired
    org.pathwayplanner.people.PeopleDirectory people;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anonymousProbesGetTheStatusAndNothingElse() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            JsonNode health = read(mvc.perform(get(probe)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
            assertThat(health.get("status").asText()).as(probe).isEqualTo("UP");
            assertThat(fieldsOf(health)).as(probe + " shows only the status (and the groups' names) to anonymous")
                    .isSubsetOf("status", "groups");
        }
    }

    @Test
    void readinessIsTheDatabaseTheWorkflowEngineAndTheRuleSetAndAnAdministratorSeesEach() throws Exception {
        JsonNode readiness = read(mvc.perform(get("/actuator/health/readiness")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(fieldsOf(readiness.get("components")))
                .containsExactlyInAnyOrder("db", "readinessState", "rules", "workflowEngine");
        assertThat(readiness.at("/components/rules/details/rules").asInt()).isPositive();
        assertThat(readiness.at("/components/rules/details/version").asText()).isNotBlank();
        assertThat(readiness.at("/components/workflowEngine/details/processes").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void livenessIsTheApplicationAloneSoADatabaseOutageDoesNotRestartEveryInstance() throws Exception {
        JsonNode liveness = read(mvc.perform(get("/actuator/health/liveness")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(fieldsOf(liveness.get("components"))).containsExactly("livenessState");
    }

    @Test
    void prometheusCarriesTheProductsOwnMetrics() throws Exception {
        long student = people.studentOfAccount("student1").orElseThrow().id();
        progress.evaluate(student);
        mvc.perform(get("/admin/district-status.csv").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk());

        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(metrics)
                .containsPattern("(?m)^pathway_rules_evaluations_seconds_count\\{[^}]*outcome=\"done\"[^}]*} [1-9]")
                .containsPattern("(?m)^pathway_rules_evaluations_seconds_sum\\{")
                .containsPattern("(?m)^pathway_recomputation_students\\{[^}]*state=\"done\"")
                .containsPattern("(?m)^pathway_recomputation_students\\{[^}]*state=\"total\"")
                .containsPattern("(?m)^pathway_workflow_tasks_waiting\\{[^}]*process=\"PathwayProposal\",step=\"CounselorApproval\"")
                .containsPattern("(?m)^pathway_workflow_tasks_waiting\\{[^}]*process=\"StudentPlan\",step=\"CounselorReview\"")
                .containsPattern("(?m)^pathway_workflow_tasks_overdue\\{")
                .containsPattern("(?m)^pathway_workflow_jobs_failed\\{")
                .containsPattern("(?m)^pathway_data_exchanges_total\\{[^}]*direction=\"export\",format=\"District status CSV\""
                        + ",outcome=\"done\"[^}]*} [1-9]")
                // Boot's own: the JVM, the connection pool, HTTP requests
                .containsPattern("(?m)^jvm_memory_used_bytes\\{")
                .containsPattern("(?m)^hikaricp_connections_active\\{")
                .containsPattern("(?m)^http_server_requests_seconds_count\\{");
    }

    @Test
    void theEndpointsExposedAreExactlyThoseOfTheAccessMatrix() throws Exception {
        JsonNode links = read(mvc.perform(get("/actuator").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("_links");

        assertThat(fieldsOf(links)).containsExactlyInAnyOrder("self", "health", "health-path", "info", "metrics",
                "metrics-requiredMetricName", "prometheus");
    }

    private JsonNode read(String body) throws Exception {
        return json.readTree(body);
    }

    private static Set<String> fieldsOf(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
