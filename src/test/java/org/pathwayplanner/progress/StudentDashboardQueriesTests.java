package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.credits.CreditCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The student's dashboard names each credit area of the audit by its district name, read in one query for the whole
 * page, not one query per name (H2's statistics of the statements run while the page is rendered).
 */
@PlannerTest
class StudentDashboardQueriesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CreditCatalog credits;

    @Test
    void theCreditAreasAreNamedFromOneQueryAPage() throws Exception {
        dashboard();   // compiled, cached
        jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        String page;
        Map<String, Long> runs;
        try {
            page = dashboard();
            runs = new java.util.HashMap<>();
            jdbc.query("select sql_statement, execution_count from information_schema.query_statistics"
                    + " where lower(sql_statement) like '%from credit_area%'",
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> runs.put(rs.getString(1), rs.getLong(2)));
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }

        assertThat(runs).isNotEmpty();
        assertThat(runs.values()).as("each statement on the credit areas runs once: %s", runs).allMatch(n -> n == 1);
        Map<String, String> names = credits.areaNames();
        assertThat(names).containsKey("STEM");
        assertThat(page).contains(">" + names.get("STEM") + "<");
    }

    private String dashboard() throws Exception {
        return mvc.perform(get("/student").with(user(accounts.loadUserByUsername("student7"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
