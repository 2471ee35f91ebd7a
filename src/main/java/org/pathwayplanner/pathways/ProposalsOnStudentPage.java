package org.pathwayplanner.pathways;

import java.util.Map;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentPageSection;
import org.springframework.stereotype.Component;

/** The student's pathway proposals, each with its timeline, on the page where adults follow the student. */
@Component
class ProposalsOnStudentPage implements StudentPageSection {

    private final PathwayService pathways;

    ProposalsOnStudentPage(PathwayService pathways) {
        this.pathways = pathways;
    }

    @Override
    public String template() {
        return "pathways/studentProposals";
    }

    @Override
    public Map<String, Object> data(Viewer viewer, long studentId) {
        return Map.of("proposals", pathways.ofStudent(viewer, studentId));
    }
}
