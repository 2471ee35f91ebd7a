package org.pathwayplanner.pathways;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentRecordsKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A leaver's pathway proposals with everything recorded on them (versions, timeline, decisions, timesheets, evidence
 * links, mentor evaluations), and the workflow engine's history of their processes: the engine joins the same
 * transaction, so its history goes with the rows or stays with them.
 */
@Component
class PathwaysOfLeavers implements StudentRecordsKeeper {

    private static final List<String> PER_PROPOSAL = List.of("pathway_proposal_competency", "pathway_event",
            "pathway_evidence_link", "pathway_mentor_evaluation", "pathway_eligibility_problem", "pathway_decision",
            "pathway_timesheet_line");

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final HistoryService history;

    PathwaysOfLeavers(JdbcTemplate jdbc, RuntimeService runtime, HistoryService history) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.history = history;
    }

    @Override
    public Map<String, Long> countsOf(StudentView student) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("proposals", jdbc.queryForObject("select count(*) from pathway_proposal where student_id = ?",
                Long.class, student.id()));
        counts.put("proposalEvents", jdbc.queryForObject("""
                select count(*) from pathway_event e join pathway_proposal p on p.id = e.proposal_id
                 where p.student_id = ?""", Long.class, student.id()));
        List<String> processes = processesOf(student);
        counts.put("pathwayWorkflowHistory", processes.isEmpty() ? 0L
                : history.createHistoricProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(processes))
                        .count());
        return counts;
    }

    @Override
    public void deleteRecordsOf(StudentView student) {
        List<String> processes = processesOf(student);
        if (!processes.isEmpty()) {
            runtime.deleteProcessInstancesIfExists(processes, "The student's records reached the end of their retention",
                    true, true, true);
            history.deleteHistoricProcessInstancesIfExists(processes);
        }
        String ofStudent = "select id from pathway_proposal where student_id = ?";
        jdbc.update("delete from pathway_proposal_version_competency where version_id in"
                + " (select v.id from pathway_proposal_version v where v.proposal_id in (" + ofStudent + "))",
                student.id());
        jdbc.update("delete from pathway_proposal_version where proposal_id in (" + ofStudent + ")", student.id());
        // the mentor's evaluations (issue 19) before the invitations they name
        jdbc.update("delete from mentor_evaluation_level where evaluation_id in (select e.id from mentor_evaluation e"
                + " where e.proposal_id in (" + ofStudent + "))", student.id());
        jdbc.update("delete from mentor_evaluation where proposal_id in (" + ofStudent + ")", student.id());
        jdbc.update("delete from mentor_link where invitation_id in (select i.id from mentor_invitation i"
                + " where i.proposal_id in (" + ofStudent + "))", student.id());
        jdbc.update("delete from mentor_invitation where proposal_id in (" + ofStudent + ")", student.id());
        for (String table : PER_PROPOSAL) {
            jdbc.update("delete from " + table + " where proposal_id in (" + ofStudent + ")", student.id());
        }
        jdbc.update("delete from pathway_proposal where student_id = ?", student.id());
    }

    /** The processes the proposals name, and any earlier run of each (the business key is the proposal's id). */
    private List<String> processesOf(StudentView student) {
        java.util.Set<String> processes = new java.util.LinkedHashSet<>(jdbc.queryForList("select process_instance_id"
                + " from pathway_proposal where student_id = ? and process_instance_id is not null", String.class,
                student.id()));
        for (Long proposalId : jdbc.queryForList("select id from pathway_proposal where student_id = ?", Long.class,
                student.id())) {
            history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
                    .processInstanceBusinessKey(String.valueOf(proposalId)).list()
                    .forEach(p -> processes.add(p.getId()));
        }
        return List.copyOf(processes);
    }
}
