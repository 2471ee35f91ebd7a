package org.pathwayplanner.progress;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathwayplanner.people.ProgressAtAGlance;
import org.springframework.stereotype.Component;

/** The people module's pages see each student's stored summary in a line: one query for all of them. */
@Component
class ProgressGlances implements ProgressAtAGlance {

    private final StudentProgress progress;

    ProgressGlances(StudentProgress progress) {
        this.progress = progress;
    }

    @Override
    public Map<Long, Glance> of(Collection<Long> studentIds) {
        return progress.summaries(List.copyOf(studentIds)).stream().collect(Collectors.toMap(ProgressSummary::studentId,
                s -> new Glance(s.auditStatus(), s.creditsEarned(), s.creditsRequired())));
    }
}
