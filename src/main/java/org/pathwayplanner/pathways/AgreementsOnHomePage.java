package org.pathwayplanner.pathways;

import java.util.List;
import java.util.Map;
import org.pathwayplanner.people.HomePageSection;
import org.pathwayplanner.people.Viewer;
import org.springframework.stereotype.Component;

/** The training agreements waiting for the reader's own signature (a guardian, the coordinator), on their home page. */
@Component
class AgreementsOnHomePage implements HomePageSection {

    private final TrainingAgreements agreements;

    AgreementsOnHomePage(TrainingAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public String template() {
        return "pathways/agreement/home";
    }

    @Override
    public Map<String, Object> data(Viewer viewer) {
        List<TrainingAgreements.Waiting> waiting = agreements.waitingFor(viewer);
        return waiting.isEmpty() ? Map.of() : Map.of("waiting", waiting);
    }
}
