package org.pathwayplanner.pathways;

import java.time.Duration;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The workflow's timers as ISO-8601 durations, read by the BPMN's timer expressions
 * ({@code ${pathwayTimers.reviewReminder}}). Defaults: a review untouched for 7 days (5 school days)
 * is escalated; a proposal sent back for changes expires after 30 days without a resubmission.
 */
@Component("pathwayTimers")
public class PathwayTimers {

    private final String reviewReminder;
    private final String resubmitWithin;

    PathwayTimers(@Value("${pathway-planner.pathways.review-reminder:P7D}") String reviewReminder,
            @Value("${pathway-planner.pathways.resubmit-within:P30D}") String resubmitWithin) {
        this.reviewReminder = checked(reviewReminder, "review-reminder");
        this.resubmitWithin = checked(resubmitWithin, "resubmit-within");
    }

    public String getReviewReminder() {
        return reviewReminder;
    }

    public String getResubmitWithin() {
        return resubmitWithin;
    }

    private static String checked(String duration, String property) {
        try {
            if (duration.contains("T")) {
                Duration.parse(duration);
            } else {
                Period.parse(duration);
            }
            return duration;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("pathway-planner.pathways." + property + " must be an ISO-8601 duration"
                    + " such as P7D, not " + duration, e);
        }
    }
}
