package org.pathwayplanner.evidence;

/** A level to record for exactly one learning objective or one competency. */
public record Score(Long objectiveId, Long competencyId, int level) {

    public Score {
        if ((objectiveId == null) == (competencyId == null)) {
            throw new IllegalArgumentException("A score is for one learning objective or one competency");
        }
    }

    /** {@code o<objective id>} or {@code c<competency id>}: how forms and refusals name the score's target. */
    public String key() {
        return objectiveId != null ? "o" + objectiveId : "c" + competencyId;
    }

    public static Score forObjective(long objectiveId, int level) {
        return new Score(objectiveId, null, level);
    }

    public static Score forCompetency(long competencyId, int level) {
        return new Score(null, competencyId, level);
    }
}
