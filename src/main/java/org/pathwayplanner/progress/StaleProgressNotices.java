package org.pathwayplanner.progress;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.pathwayplanner.people.StaleProgress;
import org.springframework.stereotype.Component;

/** Tells the pages of other features which students' progress is stale (see {@link StaleResults}). */
@Component
class StaleProgressNotices implements StaleProgress {

    private final StaleResults stale;

    StaleProgressNotices(StaleResults stale) {
        this.stale = stale;
    }

    @Override
    public List<StaleStudent> staleStudents() {
        return stale.all().stream().map(s -> new StaleStudent(s.studentId(), s.reason(), s.since())).toList();
    }

    @Override
    public Set<Long> staleAmong(Collection<Long> studentIds) {
        Set<Long> all = stale.studentIds();
        return studentIds.stream().filter(all::contains).collect(java.util.stream.Collectors.toSet());
    }
}
