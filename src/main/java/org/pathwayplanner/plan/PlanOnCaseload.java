package org.pathwayplanner.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.CaseloadColumn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The plan column of the counselor's caseload: no plan, draft, waiting for you, changes asked for, waiting for a
 * guardian, approved, annual review due, or behind plan (with the items behind, as the cell's title).
 */
@Component
class PlanOnCaseload implements CaseloadColumn {

    private final StudentPlans plans;
    private final PlanReview review;
    private final MessageSource messages;

    PlanOnCaseload(StudentPlans plans, PlanReview review, MessageSource messages) {
        this.plans = plans;
        this.review = review;
        this.messages = messages;
    }

    @Override
    public String headerKey() {
        return "plan.caseload.header";
    }

    @Override
    public Map<Long, Cell> cells(Viewer counselor, List<Long> studentIds) {
        Map<Long, String> waiting = new HashMap<>();
        review.waitingFor(counselor).forEach(t -> waiting.put(t.studentId(), t.step()));
        Map<Long, StudentPlans.Glance> glances = plans.glances(studentIds);
        Map<Long, Cell> cells = new HashMap<>();
        for (Long id : studentIds) {
            StudentPlans.Glance glance = glances.get(id);
            String status;
            String why = null;
            if (glance == null) {
                status = "NONE";
            } else if (PlanReview.COUNSELOR_REVIEW.equals(waiting.get(id))) {
                status = "WAITING_FOR_YOU";
            } else if (PlanReview.ANNUAL_REVIEW.equals(waiting.get(id))) {
                status = "REVIEW_DUE";
            } else if (!glance.behind().isEmpty()) {
                status = "BEHIND";
                why = say("plan.caseload.behindWhy", glance.behind().size(), String.join("; ", glance.behind()));
            } else {
                status = glance.status();
            }
            cells.put(id, new Cell(status, say("plan.caseload." + status), why, "/students/" + id + "/plan"));
        }
        return cells;
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
