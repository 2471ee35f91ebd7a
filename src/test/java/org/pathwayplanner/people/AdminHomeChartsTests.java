package org.pathwayplanner.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator's home charts the district: status by school and grade, and the pathway pipeline. */
@PlannerTest
class AdminHomeChartsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TaskService tasks;

    @Test
    void theStatusTableCountsEveryStudentOnceByTheirSchoolAndGrade() throws Exception {
        String page = adminHome();
        String table = page.substring(page.indexOf("id=\"district-status-table\""), page.indexOf("</table>",
                page.indexOf("id=\"district-status-table\"")));
        long counted = 0;
        Matcher cell = Pattern.compile("<td class=\"num\">(\\d+)</td>").matcher(table);
        while (cell.find()) {
            counted += Long.parseLong(cell.group(1));
        }
        assertThat(counted).as("students with a stored status").isPositive().isLessThanOrEqualTo(people.countStudents());
        assertThat(table).contains("Riverside High School, grade 11").contains(">On track</th>").contains(">Requirements met</th>");
        assertThat(page).contains("/webjars/echarts/5.3.1/dist/echarts.min.js").contains("/js/admin-charts.js");
    }

    @Test
    void thePipelineCountsTheProposalsWaitingAtEachStep() throws Exception {
        String page = adminHome();
        long teacherReviews = tasks.createTaskQuery().taskDefinitionKey("TeacherReview").count();

        assertThat(page).contains("id=\"pipeline-table\"").contains("data-step=\"TeacherReview\"");
        String row = page.substring(page.indexOf("data-step=\"TeacherReview\""));
        row = row.substring(0, row.indexOf("</tr>"));
        Matcher cells = Pattern.compile("<td class=\"num\">(\\d+)</td>").matcher(row);
        long sum = 0;
        while (cells.find()) {
            sum += Long.parseLong(cells.group(1));
        }
        assertThat(sum).isEqualTo(teacherReviews);
    }

    @Test
    void othersHomesHaveNoDistrictCharts() throws Exception {
        String counselor = mvc.perform(get("/counselor").with(user(accounts.loadUserByUsername("counselor1"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(counselor).doesNotContain("district-status-table").doesNotContain("pipeline-table");
    }

    private String adminHome() throws Exception {
        return mvc.perform(get("/admin").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
