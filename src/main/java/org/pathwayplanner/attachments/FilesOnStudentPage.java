package org.pathwayplanner.attachments;

import java.util.Map;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.StudentPageSection;
import org.springframework.stereotype.Component;

/** The files attached to the student's pathways, on the page where adults follow the student. */
@Component
class FilesOnStudentPage implements StudentPageSection {

    private final PathwayFiles files;

    FilesOnStudentPage(PathwayFiles files) {
        this.files = files;
    }

    @Override
    public String template() {
        return "attachments/studentFiles";
    }

    @Override
    public Map<String, Object> data(Viewer viewer, long studentId) {
        return Map.of("files", files.ofStudent(viewer, studentId));
    }
}
