package org.pathwayplanner.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.progress.Impact;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The model of the preview fragment ({@code policy/preview}) and of the gate's refusals, for the rules pages. */
@Component
class PreviewPage {

    /** How many students a page lists of each kind (changed, failing, losing something). */
    static final int LISTED_STUDENTS = 200;

    private final PeopleDirectory people;

    PreviewPage(PeopleDirectory people) {
        this.people = people;
    }

    void show(Model model, DraftPreview preview) {
        model.addAttribute("preview", preview);
        model.addAttribute("impact", preview.impact());
        model.addAttribute("names", names(preview.impact()));
        model.addAttribute("listed", LISTED_STUDENTS);
    }

    /** A refusal of the gate; about the number of students, it also asks for the number beside its field. */
    static void refused(Model model, PublishRefused refused) {
        model.addAttribute("publishRefused", refused);
        if (refused.getMessageKey().equals("rules.gate.confirm") || refused.getMessageKey().equals("rules.gate.wrongCount")) {
            Object[] arguments = refused.getArguments();
            model.addAttribute("confirmAsked", arguments[arguments.length - 1]);
        }
    }

    private Map<Long, String> names(Impact impact) {
        List<Long> ids = impact.students().stream().limit(LISTED_STUDENTS).map(Impact.StudentChange::studentId).toList();
        return people.students(ids).stream().collect(Collectors.toMap(StudentView::id, StudentView::fullName,
                (a, b) -> a, HashMap::new));
    }
}
