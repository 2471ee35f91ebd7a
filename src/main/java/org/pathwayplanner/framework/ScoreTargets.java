package org.pathwayplanner.framework;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What a score can be recorded against, as other systems name it: every competency and learning objective with its
 * code and its CASE identifier, retired ones included (so a file naming one is told it is retired, and an export
 * still names what old evidence scored). Two queries, however large the framework.
 */
@Service
public class ScoreTargets {

    /** A competency ({@code objectiveId} null) or a learning objective, with the names other systems know it by. */
    public record Target(Long objectiveId, Long competencyId, String code, String caseIdentifier, boolean retired) {

        public boolean isObjective() {
            return objectiveId != null;
        }
    }

    private final JdbcTemplate jdbc;

    ScoreTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every competency and every learning objective (whose competency id is its competency's). */
    public List<Target> all() {
        List<Target> competencies = jdbc.query("select id, code, case_identifier, retired from competency",
                (rs, i) -> new Target(null, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
        List<Target> objectives = jdbc.query("""
                select o.id, o.competency_id, o.code, o.case_identifier, o.retired or c.retired
                  from learning_objective o join competency c on c.id = o.competency_id""",
                (rs, i) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
        return java.util.stream.Stream.concat(competencies.stream(), objectives.stream()).toList();
    }
}
