package org.pathwayplanner.people.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.exchange.ImportProblems;

/** The benchmark's generator makes a roster the reader takes without a problem (here at a small size). */
class GeneratedDistrictTest {

    @Test
    void aGeneratedDistrictReadsWithoutProblems() {
        ImportProblems problems = new ImportProblems();
        Roster roster = new RosterReader(new OneRosterDistrictGenerator(500, 40, "gen-").files(), List.of(), problems)
                .read();

        assertThat(problems.list()).isEmpty();
        assertThat(roster.users()).hasSize(500 * 2 + 10);
        assertThat(roster.classes()).hasSize(40);
        assertThat(roster.enrollments()).hasSize(40 + 500 * OneRosterDistrictGenerator.CLASSES_PER_STUDENT);
    }
}
