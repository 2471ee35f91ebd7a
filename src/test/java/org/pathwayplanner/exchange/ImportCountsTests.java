package org.pathwayplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportCountsTests {

    @Test
    void counts_are_kept_per_file_in_the_order_read() {
        ImportCounts counts = new ImportCounts();
        counts.created("users.csv");
        counts.created("users.csv");
        counts.unchanged("orgs.csv");
        counts.retired("users.csv");
        counts.read("classes.csv");

        assertThat(counts.files()).extracting(ImportCounts.FileCounts::file)
                .containsExactly("users.csv", "orgs.csv", "classes.csv");
        assertThat(counts.changes()).isEqualTo(3);
        assertThat(counts.summary()).isEqualTo("users.csv +2 ~0 -1 =0; orgs.csv +0 ~0 -0 =1; classes.csv +0 ~0 -0 =0");
    }

    @Test
    void an_import_that_changes_nothing_says_zero_changes() {
        ImportCounts counts = new ImportCounts();
        counts.unchanged("users.csv");
        assertThat(counts.changes()).isZero();
    }

    @Test
    void problems_beyond_those_kept_are_still_counted() {
        ImportProblems problems = new ImportProblems();
        for (int i = 0; i < ImportProblems.KEPT + 3; i++) {
            problems.at("users.csv", i + 2, "role", "roster.problem.role", "techer");
        }
        assertThat(problems.count()).isEqualTo(ImportProblems.KEPT + 3);
        assertThat(problems.list()).hasSize(ImportProblems.KEPT);
        assertThat(problems.truncated()).isTrue();
        assertThat(problems.list().get(0)).isEqualTo(ImportProblem.at("users.csv", 2, "role", "roster.problem.role",
                "techer"));
    }
}
