package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.rules.Conclusions.CreditAward;
import org.pathwayplanner.rules.Evaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registrar's invariant over the whole demo district: a mastered competency counts toward one award at most. */
@PlannerTest
class CreditsCountedOnceTests {

    @Autowired
    StudentProgress progress;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoDistrictHasBundlesThatListTheSameCompetency() {
        Integer overlapping = jdbc.queryForObject("""
                select count(*) from (select competency_id from credit_bundle_competency
                                       group by competency_id having count(*) > 1) shared""", Integer.class);

        assertThat(overlapping).isPositive();
    }

    @Test
    void noStudentHasACompetencyInTwoAwards() {
        Set<Long> shareable = new HashSet<>(jdbc.queryForList("select id from credit_bundle where shareable",
                Long.class));
        List<String> doubleCounted = new ArrayList<>();
        int awards = 0;
        for (Long studentId : jdbc.queryForList("select id from student order by id", Long.class)) {
            Evaluation evaluation = progress.storedEvaluation(studentId).orElseGet(() -> progress.evaluate(studentId));
            Map<Long, String> countedBy = new HashMap<>();
            for (CreditAward award : evaluation.credits()) {
                awards++;
                if (award.bundleId() != null && shareable.contains(award.bundleId())) {
                    continue;
                }
                for (Long competencyId : award.competencyIds()) {
                    String earlier = countedBy.putIfAbsent(competencyId, award.awardId());
                    if (earlier != null) {
                        doubleCounted.add("student " + studentId + ": competency " + competencyId + " in " + earlier
                                + " and " + award.awardId());
                    }
                }
            }
        }

        assertThat(awards).as("awards in the district").isPositive();
        assertThat(doubleCounted).isEmpty();
    }
}
