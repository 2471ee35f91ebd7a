package org.pathwayplanner.people.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.NameSearch;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleSearchTests;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A roster import writes the names' search columns as the application's other writers do, when created and changed. */
@PlannerTest
class RosterSearchKeysTests {

    @Autowired
    RosterImports imports;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheImportedDistrict() {
        OneRosterFixture.remove(jdbc, "rs-");
    }

    private void imported(OneRosterFixture fixture) {
        RosterImports.Job job = imports.importNow("admin", "small.zip", fixture.zip(), List.of());
        assertThat(job.state).as(String.valueOf(job.problems == null ? job.failure : job.problems.list()))
                .isEqualTo(RosterImports.State.DONE);
    }

    @Test
    void importedAndChangedNamesAreFoundByTheirBeginnings() {
        imported(OneRosterFixture.small());

        assertThat(PeopleSearchTests.keptWrong(jdbc)).isEmpty();
        assertThat(directory.findStudents(NameSearch.of("tomas her"), 50)).extracting(StudentView::lastName)
                .containsExactly("Herrera");

        imported(OneRosterFixture.small().with("users.csv", u -> u.replace(",Tomás,Herrera,", ",Tomás,Herrera-Ruiz,")));

        assertThat(PeopleSearchTests.keptWrong(jdbc)).isEmpty();
        assertThat(jdbc.queryForObject("select search_last from student where sourced_id = 'rs-s-tomas'", String.class))
                .isEqualTo("herrera ruiz");
        assertThat(directory.findStudents(NameSearch.of("TOMÁS herr"), 50)).extracting(StudentView::lastName)
                .containsExactly("Herrera-Ruiz");
    }
}
