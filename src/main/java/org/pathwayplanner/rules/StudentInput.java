package org.pathwayplanner.rules;

import java.util.ArrayList;
import java.util.List;
import org.pathwayplanner.rules.Facts.CreditAreaFact;
import org.pathwayplanner.rules.Facts.PathwayCreditFact;
import org.pathwayplanner.rules.Facts.ScoreFact;
import org.pathwayplanner.rules.Facts.StudentFact;

/**
 * One student's facts: who, their scores, their completed pathways and the credit areas their class must earn; and
 * the credit awards they hold from their stored results ({@code awardsHeld}, each with the rule set version that made
 * it), which the district may keep when later rules would not make them ({@link Policies.AwardPolicy}).
 */
public record StudentInput(StudentFact student, List<ScoreFact> scores, List<PathwayCreditFact> pathways,
        List<CreditAreaFact> requirements, List<Conclusions.CreditAward> awardsHeld) {

    public StudentInput {
        scores = List.copyOf(scores);
        pathways = List.copyOf(pathways);
        requirements = List.copyOf(requirements);
        awardsHeld = awardsHeld == null ? List.of() : List.copyOf(awardsHeld);
    }

    /** A student who holds no award yet (or whose awards are not to be kept). */
    public StudentInput(StudentFact student, List<ScoreFact> scores, List<PathwayCreditFact> pathways,
            List<CreditAreaFact> requirements) {
        this(student, scores, pathways, requirements, List.of());
    }

    /** The same student holding {@code awards}. */
    public StudentInput holding(List<Conclusions.CreditAward> awards) {
        return new StudentInput(student, scores, pathways, requirements, awards);
    }

    /** The same student with hypothetical extra scores and pathways (for a what-if; nothing is saved). */
    public StudentInput with(List<ScoreFact> extraScores, List<PathwayCreditFact> extraPathways) {
        List<ScoreFact> allScores = new ArrayList<>(scores);
        allScores.addAll(extraScores);
        List<PathwayCreditFact> allPathways = new ArrayList<>(pathways);
        allPathways.addAll(extraPathways);
        return new StudentInput(student, allScores, allPathways, requirements, awardsHeld);
    }
}
