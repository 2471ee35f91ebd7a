package org.pathwayplanner.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.pathwayplanner.framework.RecordedScores;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells the framework how many scores, superseded ones included, were recorded at a level or for a competency. */
@Component
class ScoresOnTheScale implements RecordedScores {

    private final JdbcTemplate jdbc;

    ScoresOnTheScale(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countAtLevel(int level) {
        Long count = jdbc.queryForObject("select count(*) from evidence_score where level_value = ?", Long.class, level);
        return count == null ? 0 : count;
    }

    @Override
    public long countForCompetency(long competencyId, Collection<Long> objectiveIds) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(competencyId);
        arguments.addAll(objectiveIds);
        String onObjectives = objectiveIds.isEmpty() ? ""
                : " or s.objective_id in (" + String.join(",", objectiveIds.stream().map(id -> "?").toList()) + ")";
        Long count = jdbc.queryForObject("select count(*) from evidence_score s where s.competency_id = ?" + onObjectives,
                Long.class, arguments.toArray());
        return count == null ? 0 : count;
    }
}
