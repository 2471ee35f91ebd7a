package org.pathwayplanner.plan;

import java.util.List;
import java.util.Map;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentPageSection;
import org.springframework.stereotype.Component;

/** Where the student's plan to graduation stands, with a link to it, on the page where adults follow the student. */
@Component
class PlanOnStudentPage implements StudentPageSection {

    private final StudentPlans plans;

    PlanOnStudentPage(StudentPlans plans) {
        this.plans = plans;
    }

    @Override
    public String template() {
        return "plan/studentPlan";
    }

    @Override
    public Map<String, Object> data(Viewer viewer, long studentId) {
        if (viewer.role() == Role.TEACHER) {
            return Map.of("shown", false);
        }
        var summary = plans.summaries(List.of(studentId)).get(studentId);
        return Map.of("shown", true, "studentId", studentId, "status", summary == null ? "NONE" : summary.status(),
                "version", summary == null ? 0 : summary.versionNumber());
    }
}
