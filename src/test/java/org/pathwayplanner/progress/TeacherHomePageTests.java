package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The teacher's home at any size: one page of their students, the flagged ones counted by the database. */
@PlannerTest
class TeacherHomePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;

    @Test
    void theStudentsComeOnePageAtATimeByNameAndTheNextPageKeepsTheSearch() throws Exception {
        List<StudentView> mine = people.studentsOfTeacher("teacher.math");
        assertThat(mine).hasSizeGreaterThan(10);

        String first = page("/teacher?size=10");

        assertThat(rows(first, "students")).isEqualTo(10);
        assertThat(first).contains("Page 1 of " + (mine.size() + 9) / 10 + ": students 1 to 10 of " + mine.size())
                .contains("sort=name&amp;desc=false&amp;size=10&amp;page=2\"");
        String table = first.substring(first.indexOf("id=\"students\""));
        mine.stream().sorted(Comparator.comparing(StudentView::lastName).thenComparing(StudentView::firstName)).limit(10)
                .forEach(s -> assertThat(table).contains(">" + s.fullName() + "<"));

        StudentView sought = mine.get(mine.size() - 1);
        String found = page("/teacher?find=" + sought.studentNumber());
        assertThat(found.substring(found.indexOf("id=\"students\""))).contains(">" + sought.fullName() + "<");
        assertThat(rows(found, "students")).isEqualTo(1);
    }

    @Test
    void onlyFlaggedNarrowsTheListToStudentsWithASupportFlag() throws Exception {
        List<StudentView> mine = people.studentsOfTeacher("teacher.math");
        Set<Long> flagged = progress.summaries(mine.stream().map(StudentView::id).toList()).stream()
                .filter(s -> s.interventions() > 0 || s.readyToAccelerate()).map(ProgressSummary::studentId)
                .collect(Collectors.toSet());

        String page = page("/teacher?flagged=true&size=200");

        assertThat(page).contains(flagged.size() + " of " + mine.size() + " students shown")
                .contains("id=\"flagged-count\">" + flagged.size() + " of your " + mine.size() + " students<");
        String table = page.substring(page.indexOf("id=\"students\""));
        mine.forEach(s -> {
            if (flagged.contains(s.id())) {
                assertThat(table).contains("/students/" + s.id() + "\"");
            } else {
                assertThat(table).doesNotContain("/students/" + s.id() + "\"");
            }
        });
    }

    @Test
    void malformedParametersAreRefusedAndOddOnesFallBack() throws Exception {
        assertThat(page("/teacher?page=9999&sort=password")).contains("id=\"page-of\">Page 1 of 1");
        mvc.perform(get("/teacher?page=x").with(user(accounts.loadUserByUsername("teacher.math"))))
                .andExpect(status().isBadRequest());
    }

    private static int rows(String page, String table) {
        String body = page.substring(page.indexOf("id=\"" + table + "\""));
        body = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
        return body.split("<tr>", -1).length - 1;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(accounts.loadUserByUsername("teacher.math"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
