package org.pathwayplanner.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A search of the people page looks for students, guardians and teachers once each, however many times the page
 * counts and pages what was found (H2's statistics of the statements run while the page is rendered): at 50,000
 * students each search by name reads hundreds of index entries, and the page used to run the students' search four
 * times.
 */
@PlannerTest
class PeopleSearchQueriesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachSearchOfThePageRunsOnce() throws Exception {
        String last = jdbc.queryForObject("select last_name from student order by id fetch first 1 rows only", String.class);
        search(last);   // compiled, cached
        jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        String page;
        Map<String, Long> runs = new HashMap<>();
        try {
            page = search(last);
            jdbc.query("select sql_statement, execution_count from information_schema.query_statistics"
                    + " where lower(sql_statement) like '%search_last%' or lower(sql_statement) like '%from class_section cs where%'",
                    (RowCallbackHandler) rs -> runs.put(rs.getString(1), rs.getLong(2)));
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }

        assertThat(runs).as("the students', guardians' and staff's searches and the classes'").hasSizeGreaterThanOrEqualTo(4);
        assertThat(runs.values()).as("each search runs once: %s", runs).allMatch(n -> n == 1);
        assertThat(page).contains(last);
    }

    private String search(String find) throws Exception {
        return mvc.perform(get("/admin/people").param("find", find).with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
