package org.pathwayplanner.plan;

import java.util.List;
import java.util.Map;
import org.pathwayplanner.people.HomePageSection;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.stereotype.Component;

/** The plans waiting for a counselor's review or a guardian's acknowledgement, on their home page, oldest first. */
@Component
class PlanReviewsOnHomePage implements HomePageSection {

    private final PlanReview review;

    PlanReviewsOnHomePage(PlanReview review) {
        this.review = review;
    }

    @Override
    public String template() {
        return "plan/homeTasks";
    }

    @Override
    public Map<String, Object> data(Viewer viewer) {
        if (viewer.role() != Role.COUNSELOR && viewer.role() != Role.GUARDIAN) {
            return Map.of();
        }
        List<PlanReview.ReviewTask> waiting = review.waitingFor(viewer);
        return waiting.isEmpty() ? Map.of() : Map.of("count", waiting.size(), "waiting", waiting);
    }
}
