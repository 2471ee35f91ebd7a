package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class CounselorCaseloadPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;

    @Test
    void theCounselorFiltersByGradeAndSortsByName() throws Exception {
        List<StudentView> caseload = people.caseloadOf("counselor1");
        int grade = caseload.get(0).gradeLevel();
        List<String> expected = caseload.stream().filter(s -> s.gradeLevel() == grade)
                .sorted(Comparator.comparing(StudentView::lastName).thenComparing(StudentView::firstName))
                .map(StudentView::fullName).toList();

        String page = page("/counselor?grade=" + grade + "&sort=name&desc=false");

        String table = page.substring(page.indexOf("id=\"caseload\""));
        assertThat(expected).allSatisfy(name -> assertThat(table).contains(name));
        caseload.stream().filter(s -> s.gradeLevel() != grade)
                .forEach(s -> assertThat(table).doesNotContain(">" + s.fullName() + "<"));
        List<Integer> positions = expected.stream().map(table::indexOf).toList();
        assertThat(positions).isSorted();
        assertThat(page).contains(expected.size() + " of " + caseload.size() + " students shown");
    }

    @Test
    void theChartCountsTheCaseloadByAuditStatusAndLinesShowExpectedCredits() throws Exception {
        List<Long> ids = people.caseloadOf("counselor2").stream().map(StudentView::id).toList();
        Map<String, Long> stored = progress.summaries(ids).stream()
                .collect(Collectors.groupingBy(ProgressSummary::auditStatus, Collectors.counting()));
        ProgressSummary anyone = progress.summaries(ids).get(0);

        String page = page("/counselor");

        for (String st : List.of("OFF_TRACK", "AT_RISK", "ON_TRACK", "MET")) {
            assertThat(page).contains("data-status=\"" + st + "\">" + stored.getOrDefault(st, 0L) + "<");
        }
        assertThat(anyone.creditsExpected()).isNotNull();
        assertThat(page).contains(">Credits earned</a>", ">Expected by now</span>", ">Required</span>")
                .contains("<span>" + anyone.creditsExpected().stripTrailingZeros().toPlainString() + "</span>")
                .contains("<span>" + anyone.creditsRequired().stripTrailingZeros().toPlainString() + "</span>");
    }

    @Test
    void theCounselorFindsAStudentByNameOrNumberAndDownloadsWhatIsShownAsCsv() throws Exception {
        List<StudentView> caseload = people.caseloadOf("counselor1");
        StudentView sought = caseload.get(caseload.size() / 2);

        String table = page("/counselor?grade=&find=" + sought.lastName().toUpperCase());
        assertThat(table.substring(table.indexOf("id=\"caseload\""))).contains(">" + sought.fullName() + "<");
        assertThat(table).contains("value=\"" + sought.lastName().toUpperCase() + "\"");
        caseload.stream().filter(s -> !s.fullName().toLowerCase().contains(sought.lastName().toLowerCase()))
                .forEach(s -> assertThat(table.substring(table.indexOf("id=\"caseload\""))).doesNotContain(">" + s.fullName() + "<"));

        var csv = mvc.perform(get("/counselor/caseload.csv").param("find", sought.studentNumber())
                        .with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"caseload-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<String> lines = csv.getContentAsString().lines().toList();
        assertThat(lines.get(0)).startsWith("Student,Student number,Grade,School,Graduation progress,Credits earned");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"" + sought.lastName() + ", " + sought.firstName() + "\"," + sought.studentNumber());
    }

    @Test
    void anotherCounselorsStudentIsNeverInMyCsv() throws Exception {
        StudentView notMine = people.caseloadOf("counselor3").get(0);
        String csv = mvc.perform(get("/counselor/caseload.csv").param("find", notMine.studentNumber())
                        .with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(1);
    }

    @Test
    void aCaseloadLargerThanOnePageShowsPageOneOfNWithTheWholeCount() throws Exception {
        int size = people.caseloadOf("counselor2").size();
        int pages = (size + 9) / 10;
        assertThat(pages).isGreaterThan(2);

        String first = page("/counselor?size=10");

        assertThat(first).contains("Page 1 of " + pages + ": students 1 to 10 of " + size)
                .contains(size + " of " + size + " students shown");
        assertThat(rows(first)).isEqualTo(10);
        assertThat(first).doesNotContain("id=\"page-previous\"");
        assertThat(first).contains("sort=behind&amp;desc=true&amp;size=10&amp;page=2\"");
    }

    @Test
    void theNextPageKeepsTheFilterAndTheSortAndShowsTheFollowingStudents() throws Exception {
        List<StudentView> caseload = people.caseloadOf("counselor2");
        String school = caseload.get(0).schoolName();
        List<String> inSchool = caseload.stream().filter(s -> s.schoolName().equals(school))
                .sorted(Comparator.comparing(StudentView::lastName).thenComparing(StudentView::firstName))
                .map(StudentView::fullName).toList();
        assertThat(inSchool).hasSizeGreaterThan(10);
        String filter = "school=" + school.replace(" ", "%20");

        String first = page("/counselor?school=" + school + "&sort=name&desc=false&size=10");
        String next = "/counselor?status=&amp;grade=&amp;" + filter + "&amp;find=&amp;sort=name&amp;desc=false&amp;size=10&amp;page=2";
        assertThat(first).contains("href=\"" + next + "\"");
        assertThat(first).contains(filter + "&amp;find=&amp;sort=grade&amp;desc=false&amp;size=10\"");
        String second = pageOf(next.replace("&amp;", "&").replace("%20", " "), "counselor2");

        String table = second.substring(second.indexOf("id=\"caseload\""));
        inSchool.subList(10, Math.min(20, inSchool.size())).forEach(name -> assertThat(table).contains(">" + name + "<"));
        inSchool.subList(0, 10).forEach(name -> assertThat(table).doesNotContain(">" + name + "<"));
        assertThat(second).contains("id=\"page-previous\"").contains("Page 2 of " + ((inSchool.size() + 9) / 10))
                .contains(inSchool.size() + " of " + caseload.size() + " students shown");
    }

    @Test
    void aPageBeyondTheEndShowsTheLastPage() throws Exception {
        int size = people.caseloadOf("counselor2").size();
        int pages = (size + 9) / 10;

        String beyond = page("/counselor?size=10&page=" + (pages + 50));

        assertThat(beyond).contains("Page " + pages + " of " + pages + ": students " + ((pages - 1) * 10 + 1) + " to "
                + size + " of " + size);
        assertThat(rows(beyond)).isEqualTo(size - (pages - 1) * 10);
        assertThat(beyond).doesNotContain("id=\"page-next\"");
    }

    @Test
    void oddPageParametersFallBackAndMalformedOnesAreRefused() throws Exception {
        assertThat(page("/counselor?page=-3&size=100000")).contains("Page 1 of 1: students 1 to ");
        assertThat(rows(page("/counselor?size=1"))).isEqualTo(10);
        for (String bad : List.of("page=two", "size=x", "grade=eleven", "desc=maybe")) {
            mvc.perform(get("/counselor?" + bad).with(user(accounts.loadUserByUsername("counselor2"))))
                    .andExpect(status().isBadRequest());
        }
    }

    private static int rows(String page) {
        String body = page.substring(page.indexOf("id=\"caseload\""));
        body = body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"));
        return body.split("<tr>", -1).length - 1;
    }

    private String page(String url) throws Exception {
        return pageOf(url, url.contains("grade") ? "counselor1" : "counselor2");
    }

    private String pageOf(String url, String counselor) throws Exception {
        return mvc.perform(get(url).with(user(accounts.loadUserByUsername(counselor))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
