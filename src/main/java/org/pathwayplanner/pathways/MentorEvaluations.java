package org.pathwayplanner.pathways;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.LevelView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentor's own evaluation of the pathway: from the mentor's pages, a level of the district's proficiency scale for
 * each target competency with an optional comment, and a comment on the whole. Only while the mentor's invitation
 * stands and the pathway is under way or waiting for its assessment; the mentor may correct it until the teacher
 * assesses (each submission is kept, the newest counts). The teacher's assessment shows it beside the evidence and
 * decides: the mentor's levels are advice, never the recorded mastery.
 */
@Service
@Transactional
class MentorEvaluations {

    static final int COMMENT_MAX = 4000;
    static final int LEVEL_COMMENT_MAX = 1000;

    /** What the mentor typed: a level (as typed, maybe blank) and a comment per competency id, and a comment. */
    record Submission(Map<Long, String> levels, Map<Long, String> comments, String comment) {
    }

    /** A competency's line: the level the mentor chose, named as the scale names it, and their comment. */
    record Line(long competencyId, String code, String title, int level, String levelLabel, String comment) {
    }

    /** The newest evaluation the mentor submitted. */
    record Evaluation(long id, String mentorName, String mentorIdentity, Instant submittedAt, String comment,
            List<Line> lines) {

        /** The line of a competency, or none when the mentor did not rate it (it was added after). */
        public Line lineOf(long competencyId) {
            return lines.stream().filter(l -> l.competencyId() == competencyId).findFirst().orElse(null);
        }
    }

    /** The fields refused, each with why: the page shows each beside its field. */
    static class Refused extends IllegalArgumentException {
        private final transient List<ProposalFieldException> problems;

        Refused(List<ProposalFieldException> problems) {
            super(problems.get(0).getMessage());
            this.problems = List.copyOf(problems);
        }

        List<ProposalFieldException> problems() {
            return problems;
        }
    }

    private final JdbcTemplate jdbc;
    private final MentorInvitations invitations;
    private final PathwayLifecycle lifecycle;
    private final PathwayService pathways;
    private final FrameworkCatalog framework;
    private final StudentAccess access;
    private final Clock clock;

    MentorEvaluations(JdbcTemplate jdbc, MentorInvitations invitations, PathwayLifecycle lifecycle,
            PathwayService pathways, FrameworkCatalog framework, StudentAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.lifecycle = lifecycle;
        this.pathways = pathways;
        this.framework = framework;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Records the mentor's evaluation under the mentor's identity, on the timeline and in the records of access.
     * @throws AccessDeniedException when the invitation was revoked or replaced
     * @throws IllegalStateException when the pathway is not under way or waiting for its assessment
     * @throws Refused when a competency has no level of the scale or a comment is too long
     */
    Evaluation submit(Mentor mentor, Submission submission) {
        PathwayProposal proposal = lifecycle.find(invitations.proposalIdOf(mentor));
        if (proposal.getStatus() != ProposalStatus.ACTIVE) {
            throw new IllegalStateException(proposal.getStatus() == ProposalStatus.COMPLETED
                    ? "The teacher has assessed this pathway: the evaluation is closed."
                    : "The evaluation opens once the pathway is under way.");
        }
        access.opened(new Viewer(mentor.identity(), Role.MENTOR), List.of(proposal.getStudentId()));
        Map<Integer, String> scale = scale();
        List<ProposalFieldException> problems = new ArrayList<>();
        Map<Long, Integer> levels = new LinkedHashMap<>();
        for (Long competency : proposal.getCompetencyIds()) {
            String typed = submission.levels().getOrDefault(competency, "");
            Integer level = parse(typed);
            if (level == null || !scale.containsKey(level)) {
                problems.add(new ProposalFieldException("level-" + competency, "mentorLevel",
                        "Choose a level of the scale"));
            } else {
                levels.put(competency, level);
            }
            String comment = submission.comments().get(competency);
            if (comment != null && comment.strip().length() > LEVEL_COMMENT_MAX) {
                problems.add(new ProposalFieldException("comment-" + competency, "mentorCommentTooLong",
                        "Up to " + LEVEL_COMMENT_MAX + " characters", LEVEL_COMMENT_MAX));
            }
        }
        if (submission.comment() != null && submission.comment().strip().length() > COMMENT_MAX) {
            problems.add(new ProposalFieldException("comment", "mentorCommentTooLong",
                    "Up to " + COMMENT_MAX + " characters", COMMENT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Instant now = clock.instant();
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            java.sql.PreparedStatement insert = connection.prepareStatement("insert into mentor_evaluation"
                    + " (proposal_id, invitation_id, mentor_identity, mentor_name, comment, submitted_at)"
                    + " values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, proposal.getId());
            insert.setLong(2, mentor.invitationId());
            insert.setString(3, mentor.identity());
            insert.setString(4, mentor.name());
            insert.setString(5, blankless(submission.comment()));
            insert.setTimestamp(6, Timestamp.from(now));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        levels.forEach((competency, level) -> jdbc.update("insert into mentor_evaluation_level (evaluation_id,"
                + " competency_id, level_value, comment) values (?, ?, ?, ?)", id, competency, level,
                blankless(submission.comments().get(competency))));
        proposal.note(mentor.identity(), "MENTOR_EVALUATED", mentor.name() + ": " + summary(proposal, levels, scale),
                now);
        return latest(proposal.getId()).orElseThrow();
    }

    /** The mentor's newest evaluation of the pathway of their invitation (the form starts from it). */
    @Transactional(readOnly = true)
    Optional<Evaluation> ofMentor(Mentor mentor) {
        return latest(invitations.proposalIdOf(mentor));
    }

    /**
     * The mentor's newest evaluation for those who may see the proposal (the teacher assessing it among them): the
     * same check as the proposal itself.
     */
    @Transactional(readOnly = true)
    Optional<Evaluation> ofProposal(Viewer viewer, long proposalId) {
        pathways.proposal(viewer, proposalId);
        return latest(proposalId);
    }

    /** The scale's levels, in order: the choices of the mentor's form. */
    @Transactional(readOnly = true)
    List<LevelView> levels() {
        return framework.scale().levels();
    }

    private Optional<Evaluation> latest(long proposalId) {
        Map<Integer, String> scale = scale();
        Map<Long, PathwayViews.TargetView> targets = new LinkedHashMap<>();
        pathways.view(lifecycle.find(proposalId)).competencies().forEach(t -> targets.put(t.id(), t));
        return jdbc.query("select id, mentor_name, mentor_identity, submitted_at, comment from mentor_evaluation"
                + " where proposal_id = ? order by id desc", (rs, n) -> new Evaluation(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5), List.of()), proposalId)
                .stream().findFirst()
                .map(e -> new Evaluation(e.id(), e.mentorName(), e.mentorIdentity(), e.submittedAt(), e.comment(),
                        jdbc.query("select competency_id, level_value, comment from mentor_evaluation_level"
                                + " where evaluation_id = ?", (rs, n) -> {
                                    PathwayViews.TargetView target = targets.get(rs.getLong(1));
                                    return new Line(rs.getLong(1), target == null ? "" : target.code(),
                                            target == null ? "" : target.title(), rs.getInt(2),
                                            scale.getOrDefault(rs.getInt(2), ""), rs.getString(3));
                                }, e.id()).stream()
                                .sorted(java.util.Comparator.comparing(Line::code)).toList()));
    }

    private Map<Integer, String> scale() {
        Map<Integer, String> scale = new LinkedHashMap<>();
        framework.scale().levels().forEach(l -> scale.put(l.value(), l.label()));
        return scale;
    }

    private String summary(PathwayProposal proposal, Map<Long, Integer> levels, Map<Integer, String> scale) {
        Map<Long, String> codes = new LinkedHashMap<>();
        pathways.view(proposal).competencies().forEach(t -> codes.put(t.id(), t.code()));
        List<String> parts = new ArrayList<>();
        levels.forEach((competency, level) -> parts.add(codes.getOrDefault(competency, "#" + competency) + " " + level
                + " " + scale.get(level)));
        String summary = String.join(", ", parts);
        return summary.length() > 900 ? summary.substring(0, 900) + "…" : summary;
    }

    private static Integer parse(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
