package org.pathwayplanner.rules;

import java.util.ArrayList;
import java.util.List;
import org.pathwayplanner.rules.Facts.CreditAreaFact;
import org.pathwayplanner.rules.Facts.PathwayCreditFact;
import org.pathwayplanner.rules.Facts.ScoreFact;
import org.pathwayplanner.rules.Facts.StudentFact;

/** One student's facts: who, their scores, their completed pathways and the credit areas their class must earn. */
public record StudentInput(StudentFact student, List<ScoreFact> scores, List<PathwayCreditFact> pathways,
        List<CreditAreaFact> requirements) {

    public StudentInput {
        scores = List.copyOf(scores);
        pathways = List.copyOf(pathways);
        requirements = List.copyOf(requirements);
    }

    /** The same student with hypothetical extra scores and pathways (for a what-if; nothing is saved). */
    public StudentInput with(List<ScoreFact> extraScores, List<PathwayCreditFact> extraPathways) {
        List<ScoreFact> allScores = new ArrayList<>(scores);
        allScores.addAll(extraScores);
        List<PathwayCreditFact> allPathways = new ArrayList<>(pathways);
        allPathways.addAll(extraPathways);
        return new StudentInput(student, allScores, allPathways, requirements);
    }
}
