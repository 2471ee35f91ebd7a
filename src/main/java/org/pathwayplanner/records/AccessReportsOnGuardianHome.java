package org.pathwayplanner.records;

import java.util.List;
import java.util.Map;
import org.pathwayplanner.people.HomePageSection;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.stereotype.Component;

/** On a guardian's home page: where to read who has seen each of their students' records. */
@Component
class AccessReportsOnGuardianHome implements HomePageSection {

    private final PeopleDirectory people;

    AccessReportsOnGuardianHome(PeopleDirectory people) {
        this.people = people;
    }

    @Override
    public String template() {
        return "records/guardianHome";
    }

    @Override
    public Map<String, Object> data(Viewer viewer) {
        if (viewer.role() != Role.GUARDIAN) {
            return Map.of();
        }
        List<StudentView> students = people.studentsOfGuardian(viewer.username());
        return students.isEmpty() ? Map.of() : Map.of("students", students);
    }
}
