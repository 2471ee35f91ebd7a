package org.pathwayplanner.plan;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentRecordsKeeper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A leaver's plan to graduation with its items and versions, and the workflow history of its reviews. */
@Component
class PlansOfLeavers implements StudentRecordsKeeper {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final HistoryService history;

    PlansOfLeavers(JdbcTemplate jdbc, RuntimeService runtime, HistoryService history) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.history = history;
    }

    @Override
    public Map<String, Long> countsOf(StudentView student) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("plans", jdbc.queryForObject("select count(*) from student_plan where student_id = ?", Long.class,
                student.id()));
        counts.put("planVersions", jdbc.queryForObject("""
                select count(*) from student_plan_version v join student_plan p on p.id = v.plan_id
                 where p.student_id = ?""", Long.class, student.id()));
        List<String> processes = processesOf(student);
        counts.put("planWorkflowHistory", processes.isEmpty() ? 0L
                : history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(processes)).count());
        return counts;
    }

    @Override
    public void deleteRecordsOf(StudentView student) {
        List<String> processes = processesOf(student);
        String ofStudent = "select id from student_plan where student_id = ?";
        jdbc.update("delete from student_plan_item where plan_id in (" + ofStudent + ")", student.id());
        jdbc.update("delete from student_plan_version where plan_id in (" + ofStudent + ")", student.id());
        jdbc.update("delete from student_plan where student_id = ?", student.id());
        if (!processes.isEmpty()) {
            runtime.deleteProcessInstancesIfExists(processes, "The student's records reached the end of their retention",
                    true, true, true);
            history.deleteHistoricProcessInstancesIfExists(processes);
        }
    }

    /** Every review of the plan ran as a process whose business key names the plan ({@code plan-<id>-v<version>}). */
    private List<String> processesOf(StudentView student) {
        Set<String> processes = new LinkedHashSet<>(jdbc.queryForList("select process_instance_id from student_plan"
                + " where student_id = ? and process_instance_id is not null", String.class, student.id()));
        for (Long planId : jdbc.queryForList("select id from student_plan where student_id = ?", Long.class,
                student.id())) {
            history.createHistoricProcessInstanceQuery().processDefinitionKey(PlanReview.PROCESS)
                    .processInstanceBusinessKeyLike("plan-" + planId + "-v%").list()
                    .forEach(p -> processes.add(p.getId()));
        }
        return List.copyOf(processes);
    }
}
