package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database does for a counselor's caseload (H2's plans): it finds the counselor's students through the index
 * on their counselor, reads each one's summary by its key from the narrow summary table, and never reads the stored
 * evaluations (whose rows carry the payload) nor scans a table: the count, the page of ids and the status chart of a
 * caseload cost what its students cost, whatever the size of the district.
 */
@PlannerTest
class CaseloadQueryPlansTests {

    /** The table of the stored evaluations itself (not the summary table, whose name begins the same). */
    private static final Pattern PAYLOAD_TABLE = Pattern.compile("STUDENT_PROGRESS(?!_SUMMARY)\\b");

    @Autowired
    StudentLists lists;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCountThePageAndTheChartOfACaseloadUseIndexesAndNeverThePayloads() {
        StudentLists.Scope caseload = lists.caseloadOf("counselor1");
        List<Caseload.Filter> filters = List.of(
                new Caseload.Filter(null, null, null, null, true, null),
                new Caseload.Filter("AT_RISK", null, null, "status", false, null),
                new Caseload.Filter(null, 10, null, "earned", true, null, true),
                new Caseload.Filter(null, null, null, "name", false, "smi"));
        for (Caseload.Filter filter : filters) {
            usesTheCounselorIndexAndSummariesOnly(lists.countOf(caseload, filter));
            usesTheCounselorIndexAndSummariesOnly(lists.pageOf(caseload, filter, 50, 50));
        }
        usesTheCounselorIndexAndSummariesOnly(lists.byStatusOf(caseload));
    }

    private void usesTheCounselorIndexAndSummariesOnly(StudentLists.Query query) {
        String plan = String.join("\n", jdbc.queryForList("explain " + query.sql(), String.class, query.arguments()))
                .toUpperCase(java.util.Locale.ROOT);
        assertThat(plan).as(query.sql()).contains("STUDENT_COUNSELOR").contains("STUDENT_PROGRESS_SUMMARY")
                .doesNotContain("TABLESCAN");
        assertThat(PAYLOAD_TABLE.matcher(plan).find()).as("reads the payloads: %s", plan).isFalse();
    }
}
