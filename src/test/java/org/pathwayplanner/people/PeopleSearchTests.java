package org.pathwayplanner.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people search finds what {@link NameSearch} says, through the indexes on the normalized names (H2's plans say
 * so), and every writer of a name keeps the normalized columns right.
 */
@PlannerTest
@Transactional
public class PeopleSearchTests {

    @Autowired
    PeopleDirectory directory;
    @Autowired
    DistrictPeople district;
    @Autowired
    PeopleRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    private List<StudentView> everyone() {
        return directory.students(directory.roster().stream().map(PeopleViews.RosterEntry::studentId).toList());
    }

    private List<Long> expected(NameSearch search) {
        return everyone().stream().filter(s -> search.matchesName(s.firstName(), s.lastName())
                || s.studentNumber().toUpperCase().startsWith(search.part().toUpperCase())
                || s.username() != null && s.username().startsWith(search.part())).map(StudentView::id).sorted().toList();
    }

    @Test
    void theDatabaseFindsTheStudentsTheSearchDescribesAndCountsThem() {
        StudentView someone = everyone().get(7);
        String last = someone.lastName();
        for (String find : new String[] {last.substring(0, 3), last.substring(0, 3).toUpperCase(),
                someone.firstName().substring(0, 2) + " " + last.substring(0, 2), last + " " + someone.firstName(),
                last.substring(1, 4), someone.studentNumber(), someone.studentNumber().substring(0, 5).toLowerCase(),
                "student1", "zz-nobody", "%", "_"}) {
            NameSearch search = NameSearch.of(find);
            List<StudentView> found = directory.findStudents(search, 10_000);

            assertThat(found.stream().map(StudentView::id).sorted().toList()).as(find).isEqualTo(expected(search));
            assertThat(directory.countStudentsFound(search)).as(find).isEqualTo(found.size());
        }
        assertThat(directory.findStudents(NameSearch.of(last.substring(0, 3)), 100)).contains(someone);
        assertThat(directory.findStudents(NameSearch.of(someone.studentNumber()), 100)).containsExactly(someone);
    }

    @Test
    void accentsAndCapitalsDoNotMatterButTheMiddleOfAWordIsNotSearched() {
        Student jose = registry.add(new Student("Q990001", "José", "García-López", LocalDate.of(2010, 3, 1), 10, 2029,
                jdbc.queryForObject("select min(id) from school", Long.class)));

        for (String find : new String[] {"jose garc", "GARCÍA", "garcia jose", "jose lopez", "García López", "Q99",
                "q990001"}) {
            assertThat(directory.findStudents(NameSearch.of(find), 100)).as(find).extracting(StudentView::id)
                    .contains(jose.getId());
        }
        for (String find : new String[] {"arcia", "ose", "jose smith", "lopez"}) {
            assertThat(directory.findStudents(NameSearch.of(find), 100)).as(find).extracting(StudentView::id)
                    .doesNotContain(jose.getId());
        }
    }

    @Test
    void aGuardianIsFoundByTheirNameAndByTheirStudentsNameOrNumber() {
        var guardian1 = district.guardians().stream().filter(g -> "guardian1".equals(g.username())).findFirst()
                .orElseThrow();
        var child = directory.studentsOfGuardian("guardian1").get(0);
        String[] name = guardian1.name().split(" ");
        for (String find : new String[] {name[0].substring(0, 3) + " " + name[1], child.studentNumber(),
                child.firstName() + " " + child.lastName(), "guardian1", guardian1.email().substring(0, 8)}) {
            NameSearch search = NameSearch.of(find);
            var found = district.guardians(search, 0, 10_000);

            assertThat(found).as(find).extracting(DistrictPeople.Guardian::id).contains(guardian1.id());
            assertThat(found).as(find).extracting(DistrictPeople.Guardian::id).containsExactlyElementsOf(district
                    .guardians().stream().filter(g -> g.matches(search)).map(DistrictPeople.Guardian::id).toList());
            assertThat(district.countGuardians(search)).as(find).isEqualTo(found.size());
        }
    }

    @Test
    void theSearchQueriesStartFromTheIndexesOnTheNormalizedNames() {
        NameSearch search = NameSearch.of("ana gar");
        NameSearch.Sql students = PeopleDirectory.studentsMatching(search);

        String plan = plan("select count(*) from (" + students.condition() + ") found", students.arguments());

        assertThat(plan).contains("STUDENT_SEARCH_LAST").contains("STUDENT_SEARCH_FIRST")
                .doesNotContain("PUBLIC.STUDENT.tableScan").doesNotContain("STUDENT S /* PUBLIC.STUDENT.tableScan");
        NameSearch.Sql guardians = DistrictPeople.personMatching(search, "guardian");
        assertThat(plan(guardians.condition(), guardians.arguments())).contains("GUARDIAN_SEARCH_LAST")
                .contains("GUARDIAN_SEARCH_FIRST").contains("GUARDIAN_SEARCH_EMAIL").doesNotContain("tableScan");
    }

    @Test
    void everyWriterOfANameKeepsItsSearchColumnsRight() {
        registry.add(new Guardian(null, "Zoë", "D'Àngelo", "Zoe.DAngelo@Example.org", null));
        var account = registry.openAccount("search.keys", registry.hash("x"), "Émile Durand", Role.COUNSELOR);
        registry.add(new StaffMember(account, "Émile", "Durand", "Emile@Example.org", StaffKind.COUNSELOR, null));

        assertThat(keptWrong(jdbc)).isEmpty();
    }

    /** The people (table and id) whose search columns are not {@link NameSearch}'s keys of their names. */
    public static List<String> keptWrong(JdbcTemplate jdbc) {
        List<String> wrong = new java.util.ArrayList<>();
        for (String table : List.of("student", "guardian", "staff_member")) {
            String email = table.equals("student") ? "null, null" : "email, search_email";
            jdbc.query("select id, first_name, last_name, search_first, search_last, " + email + " from " + table,
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                        if (!java.util.Objects.equals(NameSearch.key(rs.getString(2)), rs.getString(4))
                                || !java.util.Objects.equals(NameSearch.key(rs.getString(3)), rs.getString(5))
                                || !java.util.Objects.equals(NameSearch.emailKey(rs.getString(6)), rs.getString(7))) {
                            wrong.add(table + " " + rs.getLong(1));
                        }
                    });
        }
        return wrong;
    }

    private String plan(String sql, List<Object> arguments) {
        return String.join("\n", jdbc.queryForList("explain " + sql, String.class, arguments.toArray()));
    }
}
