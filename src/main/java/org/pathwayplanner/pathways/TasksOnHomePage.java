package org.pathwayplanner.pathways;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.pathways.PathwayViews.TaskView;
import org.pathwayplanner.people.HomePageSection;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.Viewer;
import org.springframework.stereotype.Component;

/** The reviews and consents waiting for a teacher, counselor, guardian or administrator, oldest first. */
@Component
class TasksOnHomePage implements HomePageSection {

    static final int SHOWN = 5;

    private final PathwayTasks tasks;

    TasksOnHomePage(PathwayTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public String template() {
        return "pathways/homeTasks";
    }

    @Override
    public Map<String, Object> data(Viewer viewer) {
        if (viewer.role() == Role.STUDENT) {
            return Map.of();
        }
        List<TaskView> waiting = tasks.tasksOf(viewer).stream()
                .sorted(Comparator.comparing(TaskView::created)).toList();
        return Map.of("count", waiting.size(), "overdue", waiting.stream().filter(TaskView::overdue).count(),
                "oldest", waiting.subList(0, Math.min(SHOWN, waiting.size())));
    }
}
