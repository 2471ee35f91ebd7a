package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.rules.Facts.ScaleFact;
import org.pathwayplanner.rules.Facts.ScoreFact;
import org.pathwayplanner.rules.Policies.MasteryPolicy;

/**
 * "Mastered since" is found in one pass over the evidence; it must be exactly the date that replaying the method on
 * the scores known at each evidence date gives (the definition), for every method, policy and scale.
 */
class MasteredSinceInOnePassTest {

    private static final List<MasteryPolicy> POLICIES = List.of(
            new MasteryPolicy("MOST_RECENT", 0.65, 3, 2, MasteryPolicy.TIE_TO_MOST_RECENT),
            new MasteryPolicy("MOST_RECENT", 0.3, 5, 3, MasteryPolicy.TIE_TO_HIGHER),
            new MasteryPolicy("MOST_RECENT", 0.9, 1, 1, MasteryPolicy.TIE_TO_MOST_RECENT));
    private static final List<ScaleFact> SCALES = List.of(
            new ScaleFact(1, 4, 3, Map.of()),
            new ScaleFact(0, 4, 3, Map.of()),
            new ScaleFact(1, 5, 4, Map.of()));

    @Test
    void theOnePassDateIsTheDateThatReplayingTheMethodAtEveryEvidenceDateGives() {
        Random random = new Random(20261207L);
        int compared = 0;
        for (int history = 0; history < 3_000; history++) {
            ScaleFact scale = SCALES.get(random.nextInt(SCALES.size()));
            MasteryPolicy policy = POLICIES.get(random.nextInt(POLICIES.size()));
            List<ScoreFact> ordered = randomHistory(random, scale);
            for (String method : CalculationMethods.ALL) {
                assertThat(CalculationMethods.masteredSince(method, ordered, policy, scale))
                        .as("%s on %s", method, ordered.stream().map(s -> s.assessedOn() + ":" + s.level()).toList())
                        .isEqualTo(replayed(method, ordered, policy, scale));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(3_000 * CalculationMethods.ALL.size());
    }

    /** The definition: the method applied again to the scores known at each evidence date. */
    private static LocalDate replayed(String method, List<ScoreFact> ordered, MasteryPolicy policy, ScaleFact scale) {
        LocalDate since = null;
        int i = 0;
        while (i < ordered.size()) {
            LocalDate day = ordered.get(i).assessedOn();
            while (i < ordered.size() && ordered.get(i).assessedOn().equals(day)) {
                i++;
            }
            List<ScoreFact> known = ordered.subList(0, i);
            boolean mastered = CalculationMethods.N_TIMES.equals(method)
                    ? known.stream().filter(s -> s.level() >= scale.masteryThreshold()).count() >= policy.timesAtMastery()
                    : CalculationMethods.round(CalculationMethods.calculate(method, known, policy, scale))
                            >= scale.masteryThreshold();
            since = mastered ? (since == null ? day : since) : null;
        }
        return since;
    }

    /** Up to 30 scores over a few dates (several on one date now and then), in evidence order. */
    private static List<ScoreFact> randomHistory(Random random, ScaleFact scale) {
        int count = 1 + random.nextInt(30);
        List<ScoreFact> scores = new ArrayList<>();
        LocalDate day = LocalDate.of(2025, 9, 2);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(3) > 0) {
                day = day.plusDays(1 + random.nextInt(20));
            }
            int level = scale.minLevel() + random.nextInt(scale.maxLevel() - scale.minLevel() + 1);
            scores.add(new ScoreFact(i + 1, i + 1, 7L, null, level, day, false));
        }
        return scores;
    }
}
