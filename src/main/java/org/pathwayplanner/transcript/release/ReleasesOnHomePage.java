package org.pathwayplanner.transcript.release;

import java.util.List;
import java.util.Map;
import org.pathwayplanner.people.HomePageSection;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.transcript.release.ReleaseViews.ReleaseView;
import org.springframework.stereotype.Component;

/** The transcript releases waiting for a counselor's decision, on their home page, oldest first. */
@Component
class ReleasesOnHomePage implements HomePageSection {

    private final TranscriptReleases releases;

    ReleasesOnHomePage(TranscriptReleases releases) {
        this.releases = releases;
    }

    @Override
    public String template() {
        return "transcript/release/homeTasks";
    }

    @Override
    public Map<String, Object> data(Viewer viewer) {
        if (viewer.role() != Role.COUNSELOR) {
            return Map.of();
        }
        List<ReleaseView> waiting = releases.waitingFor(viewer);
        return waiting.isEmpty() ? Map.of() : Map.of("count", waiting.size(), "waiting", waiting);
    }
}
