package org.pathwayplanner.transcript.release;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentRecordsKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A leaver's transcript releases: the requests, the documents as released, the downloads and the workflow history.
 * The disclosure record is kept as long as the records it disclosed (34 CFR 99.32(a)(2)), so it goes with them.
 */
@Component
class ReleasesOfLeavers implements StudentRecordsKeeper {

    private static final String OF_STUDENT = "select id from transcript_release where student_id = ?";

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final HistoryService history;

    ReleasesOfLeavers(JdbcTemplate jdbc, RuntimeService runtime, HistoryService history) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.history = history;
    }

    @Override
    public Map<String, Long> countsOf(StudentView student) {
        return Map.of("transcriptReleases", jdbc.queryForObject("select count(*) from transcript_release"
                + " where student_id = ?", Long.class, student.id()));
    }

    @Override
    public void deleteRecordsOf(StudentView student) {
        List<String> processes = jdbc.queryForList("select process_instance_id from transcript_release"
                + " where student_id = ? and process_instance_id is not null", String.class, student.id());
        jdbc.update("delete from transcript_release_download where release_id in (" + OF_STUDENT + ")", student.id());
        jdbc.update("delete from transcript_release_document where release_id in (" + OF_STUDENT + ")", student.id());
        jdbc.update("delete from transcript_release where student_id = ?", student.id());
        if (!processes.isEmpty()) {
            runtime.deleteProcessInstancesIfExists(processes, "The student's records reached the end of their retention",
                    true, true, true);
            history.deleteHistoricProcessInstancesIfExists(processes);
        }
    }
}
