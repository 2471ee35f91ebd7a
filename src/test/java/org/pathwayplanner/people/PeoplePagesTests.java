package org.pathwayplanner.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlannerTest
class PeoplePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    DistrictPeople district;

    @Test
    void anAdministratorFindsAStudentAndMovesThemToAnotherCaseload() throws Exception {
        var student = people.caseloadOf("counselor2").get(0);
        long counselor1 = people.staffOfAccount("counselor1").orElseThrow().id();

        mvc.perform(get("/admin/people").param("find", student.studentNumber()).with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(student.fullName())));
        mvc.perform(post("/admin/people/{id}/counselor", student.id()).param("counselorId", String.valueOf(counselor1))
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(people.caseloadOf("counselor1")).extracting(PeopleViews.StudentView::id).contains(student.id());
        assertThat(people.caseloadOf("counselor2")).extracting(PeopleViews.StudentView::id).doesNotContain(student.id());
    }

    @Test
    void onlyAnAdministratorAssignsCaseloads() throws Exception {
        mvc.perform(get("/admin/people").with(user(accounts.loadUserByUsername("counselor1"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorSeesTeachersWithTheirAreasAndClasses() throws Exception {
        var teacher = district.teachers().stream().filter(t -> t.username().equals("teacher.math")).findFirst().orElseThrow();
        assertThat(teacher.areas()).contains("Mathematics");
        assertThat(teacher.sections()).extracting(PeopleViews.SectionView::name)
                .containsExactlyInAnyOrderElementsOf(people.sectionsOfTeacher("teacher.math").stream()
                        .map(PeopleViews.SectionView::name).toList());

        String page = page("/admin/people", "admin");

        String teachers = table(page, "teachers");
        assertThat(district.teachers()).allSatisfy(t -> assertThat(teachers).contains(t.name()));
        assertThat(teachers).contains("Mathematics");
        teacher.sections().forEach(s -> assertThat(teachers).contains(s.name() + " (" + s.code() + ")")
                .contains(s.enrolled() + " students"));
    }

    @Test
    void theAdministratorSeesGuardiansWithTheirStudents() throws Exception {
        var children = people.studentsOfGuardian("guardian1");
        assertThat(children).isNotEmpty();

        String page = page("/admin/people?find=guardian1", "admin");

        String guardians = table(page, "guardians");
        children.forEach(c -> assertThat(guardians).contains(c.fullName()).contains("/students/" + c.id()));
        assertThat(district.guardians().stream().filter(g -> "guardian1".equals(g.username())).findFirst().orElseThrow()
                .students()).extracting(DistrictPeople.Child::studentId)
                .containsExactlyInAnyOrderElementsOf(children.stream().map(PeopleViews.StudentView::id).toList());
    }

    @Test
    void oneSearchNarrowsEveryList() throws Exception {
        String page = page("/admin/people?find=teacher.math", "admin");

        assertThat(table(page, "teachers")).contains("teacher.math");
        assertThat(district.teachers().stream().filter(t -> !t.matches(NameSearch.of("teacher.math"))))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(table(page, "teachers")).doesNotContain(">" + t.name() + "<"));
        assertThat(table(page, "counselors")).doesNotContain("counselor1");
        assertThat(table(page, "guardians")).doesNotContain("guardian1");
    }

    @Test
    void theAdministratorOpensACounselorsCaseload() throws Exception {
        var counselor = people.staffOfAccount("counselor3").orElseThrow();
        var caseload = people.caseloadOf("counselor3");

        String page = page("/admin/people/counselors/" + counselor.id(), "admin");

        assertThat(page).contains(counselor.fullName()).contains(caseload.size() + " students");
        String members = table(page, "caseload-members");
        caseload.forEach(s -> assertThat(members).contains(s.fullName()).contains(s.studentNumber()));
        assertThat(members.split("<tr>")).hasSize(caseload.size() + 2);   // before the header, the header, one per student
    }

    @Test
    void onlyACounselorHasACaseloadPageAndOnlyForAnAdministrator() throws Exception {
        long teacher = people.staffOfAccount("teacher.math").orElseThrow().id();
        long counselor = people.staffOfAccount("counselor1").orElseThrow().id();

        mvc.perform(get("/admin/people/counselors/" + teacher).with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound());
        for (String other : new String[] {"counselor1", "teacher.math", "student1", "guardian1"}) {
            mvc.perform(get("/admin/people/counselors/" + counselor).with(user(accounts.loadUserByUsername(other))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aCounselorsCaseloadComesOnePageAtATime() throws Exception {
        var counselor = people.staffOfAccount("counselor1").orElseThrow();
        var caseload = people.caseloadOf("counselor1");
        int pages = (caseload.size() + 9) / 10;
        assertThat(pages).isGreaterThan(1);

        String last = page("/admin/people/counselors/" + counselor.id() + "?size=10&page=" + (pages + 3), "admin");

        assertThat(last).contains(caseload.size() + " students").contains("Page " + pages + " of " + pages);
        String members = table(last, "caseload-members");
        caseload.subList((pages - 1) * 10, caseload.size()).forEach(s -> assertThat(members).contains(s.studentNumber()));
        assertThat(members.split("<tr>")).hasSize(caseload.size() - (pages - 1) * 10 + 2);
        assertThat(last).contains("href=\"/admin/people/counselors/" + counselor.id() + "?size=10&amp;page=" + (pages - 1) + "\"");
    }

    @Test
    void guardiansComeFiftyAPageCountedByTheDatabaseAndAStudentSearchIsCounted() throws Exception {
        var all = district.guardians();
        assertThat(all).hasSizeGreaterThan(PeoplePagesController.GUARDIANS_SHOWN);

        String second = page("/admin/people?page=2", "admin");

        String guardians = table(second, "guardians");
        all.subList(50, Math.min(100, all.size())).forEach(g -> assertThat(guardians).contains(">" + g.name() + "<"));
        all.subList(0, 50).stream().filter(g -> all.stream().filter(o -> o.name().equals(g.name())).count() == 1)
                .forEach(g -> assertThat(guardians).doesNotContain(">" + g.name() + "<"));
        assertThat(second).contains(">Guardians (" + all.size() + ")<").contains("Page 2 of " + (all.size() + 49) / 50);

        // a first or last name, a student number or a username beginning with A (NameSearch)
        long withA = people.students(people.roster().stream().map(r -> r.studentId()).toList()).stream()
                .filter(s -> s.firstName().toLowerCase().startsWith("a") || s.lastName().toLowerCase().startsWith("a")
                        || s.studentNumber().toLowerCase().startsWith("a")
                        || s.username() != null && s.username().startsWith("a"))
                .count();
        assertThat(withA).isPositive();
        String found = page("/admin/people?find=A", "admin");
        assertThat(found).contains(">Students found (" + withA + ")<");
        assertThat(table(found, "found").split("<tr>")).hasSize((int) Math.min(withA, 50) + 2);
    }

    @Test
    void teachersComeOnePageAtATimeInTheOrderAskedAndTheAddressKeepsIt() throws Exception {
        var byName = district.teachers();
        assertThat(byName).hasSizeGreaterThan(10);
        int pages = (byName.size() + 9) / 10;

        String second = page("/admin/people?teachersSize=10&teachersPage=2", "admin");

        String teachers = table(second, "teachers");
        assertThat(teachers.split("<tr>")).hasSize(Math.min(10, byName.size() - 10) + 2);
        byName.subList(10, Math.min(20, byName.size())).forEach(t -> assertThat(teachers).contains(">" + t.username() + "<"));
        byName.subList(0, 10).forEach(t -> assertThat(teachers).doesNotContain(">" + t.username() + "<"));
        assertThat(second).contains(">Teachers (" + byName.size() + ")<")
                .contains("Page 2 of " + pages + ": teachers 11 to " + Math.min(20, byName.size()) + " of " + byName.size())
                .contains("teachersSort=name&amp;teachersDesc=false&amp;teachersSize=10&amp;teachersPage=1\"");

        var bySchoolDescending = district.teachers(null, new DistrictPeople.TeacherOrder("school", true), 0, 10);
        assertThat(bySchoolDescending).extracting(DistrictPeople.Teacher::schoolName).doesNotContainNull()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .first().isEqualTo(byName.stream().map(DistrictPeople.Teacher::schoolName)
                        .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElseThrow());
        String sorted = page("/admin/people?teachersSort=school&teachersDesc=true&teachersSize=10&find=teacher", "admin");
        assertThat(sorted).contains("teachersSort=school&amp;teachersDesc=true&amp;teachersSize=10&amp;teachersPage=2\"")
                .contains("find=teacher&amp;");
    }

    @Test
    void theDatabaseFindsTheTeachersTheSearchDescribes() {
        var everyone = district.teachers();
        var math = everyone.stream().filter(t -> t.username().equals("teacher.math")).findFirst().orElseThrow();
        String sectionCode = math.sections().get(0).code().toLowerCase();
        String lastNameStart = math.name().substring(math.name().indexOf(' ') + 1, math.name().indexOf(' ') + 4);
        for (String needle : new String[] {"teacher.math", "mathematics", sectionCode, "teacher.math@", lastNameStart,
                lastNameStart.toUpperCase() + " " + math.name().substring(0, 2), "example.org", "zz-nobody", "%", "_"}) {
            NameSearch search = NameSearch.of(needle);
            var found = district.teachers(search, DistrictPeople.TeacherOrder.BY_NAME, 0, 200);

            assertThat(found).as(needle).extracting(DistrictPeople.Teacher::id)
                    .containsExactlyElementsOf(everyone.stream().filter(t -> t.matches(search))
                            .map(DistrictPeople.Teacher::id).toList());
            assertThat(district.countTeachers(search)).as(needle).isEqualTo(found.size());
        }
        assertThat(district.teachers(NameSearch.of("mathematics"), DistrictPeople.TeacherOrder.BY_NAME, 0, 200)).contains(math);
        assertThat(district.teachers(NameSearch.of(lastNameStart), DistrictPeople.TeacherOrder.BY_NAME, 0, 200)).contains(math);
    }

    @Test
    void aMalformedTeachersPageSortOrSizeIsRefused() throws Exception {
        for (String query : new String[] {"teachersPage=x", "teachersSize=ten", "teachersDesc=maybe"}) {
            mvc.perform(get("/admin/people?" + query).with(user(accounts.loadUserByUsername("admin"))))
                    .andExpect(status().isBadRequest());
        }
        String unknownSort = page("/admin/people?teachersSort=salary&teachersPage=999", "admin");
        assertThat(unknownSort).contains(">Teachers (" + district.countTeachers(null) + ")<");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String table(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("table " + id).isPositive();
        return page.substring(start, page.indexOf("</table>", start));
    }
}
