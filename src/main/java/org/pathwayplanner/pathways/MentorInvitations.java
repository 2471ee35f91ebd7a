package org.pathwayplanner.pathways;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentors invited to a pathway: the student's teacher, counselor or an administrator invites the mentor by e-mail from
 * the proposal; each link is a random token kept only as its SHA-256, usable once and until it expires
 * ({@code pathway-planner.mentors.link-valid}, 7 days by default); a new link (re-sent) ends the unused ones; revoking
 * the invitation ends its links and the mentor's session at its next request. Every step is on the pathway's timeline
 * with who took it and when; a mentor opening the pathway is in the records of access.
 */
@Service
@Transactional
class MentorInvitations {

    /** The timeline names a mentor {@code mentor:<e-mail>} in a column of 80 characters. */
    static final int EMAIL_MAX = 72;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<ProposalStatus> INVITING = Set.of(ProposalStatus.IN_REVIEW, ProposalStatus.APPROVED,
            ProposalStatus.ACTIVE);
    private static final Set<Role> INVITERS = Set.of(Role.TEACHER, Role.COUNSELOR, Role.ADMIN);

    /** The mentor typed by the inviting teacher, counselor or administrator. */
    record NewMentor(String name, String organisation, String email) {
    }

    /** The proposal's current invitation and its newest link, as the staff's page shows it (never the token). */
    record Invitation(long id, long proposalId, String mentorName, String organisation, String email,
            String invitedBy, Instant invitedAt, Instant linkSentAt, Instant linkExpiresAt, Instant linkUsedAt) {
    }

    /** A link just made: its token exists only here and in the e-mail. */
    record IssuedLink(long invitationId, String token, Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;
    private final PathwayLifecycle lifecycle;
    private final PathwayService pathways;
    private final PeopleDirectory people;
    private final StudentAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration linkValid;
    private final SecureRandom random = new SecureRandom();

    MentorInvitations(JdbcTemplate jdbc, PathwayLifecycle lifecycle, PathwayService pathways, PeopleDirectory people, StudentAccess access,
            ApplicationEventPublisher events, Clock clock,
            @Value("${pathway-planner.mentors.link-valid:P7D}") Duration linkValid) {
        this.jdbc = jdbc;
        this.lifecycle = lifecycle;
        this.pathways = pathways;
        this.people = people;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.linkValid = linkValid;
    }

    // ------------------------------------------------------------------------------------- the school's side

    /** Invites the proposal's mentor, replacing an invitation before (its links end), and e-mails them a link. */
    IssuedLink invite(Viewer staff, long studentId, long proposalId, NewMentor mentor) {
        PathwayProposal proposal = proposalOf(staff, studentId, proposalId);
        check(mentor);
        if (!INVITING.contains(proposal.getStatus())) {
            throw new IllegalStateException("A mentor is invited to a proposal in review, approved or under way,"
                    + " not to one that is " + proposal.getStatus().name().toLowerCase().replace('_', ' '));
        }
        Instant now = clock.instant();
        revokeCurrent(proposalId, staff.username(), now);
        jdbc.update("insert into mentor_invitation (proposal_id, mentor_name, organisation, email, invited_by,"
                + " invited_at) values (?, ?, ?, ?, ?, ?)", proposalId, mentor.name().trim(),
                mentor.organisation().trim(), mentor.email().trim(), staff.username(), Timestamp.from(now));
        long invitationId = currentId(proposalId).orElseThrow();
        proposal.hoursConfirmedByMentor(true);
        proposal.note(staff.username(), "MENTOR_INVITED", mentor.name().trim() + " (" + mentor.organisation().trim()
                + ", " + mentor.email().trim() + ")", now);
        events.publishEvent(new MentorChanged(proposalId));
        return issue(invitationId, proposal);
    }

    /** A new link for the current invitation; the links sent before and not used are ended. */
    IssuedLink resend(Viewer staff, long studentId, long proposalId) {
        PathwayProposal proposal = proposalOf(staff, studentId, proposalId);
        long invitationId = currentId(proposalId)
                .orElseThrow(() -> new NoSuchElementException("No mentor is invited to this pathway"));
        Instant now = clock.instant();
        jdbc.update("update mentor_link set revoked_at = ? where invitation_id = ? and used_at is null"
                + " and revoked_at is null", Timestamp.from(now), invitationId);
        proposal.note(staff.username(), "MENTOR_LINK_SENT", emailOf(invitationId), now);
        return issue(invitationId, proposal);
    }

    /** Ends the invitation: its links stop working and the mentor's session ends at their next request. */
    void revoke(Viewer staff, long studentId, long proposalId) {
        PathwayProposal proposal = proposalOf(staff, studentId, proposalId);
        Instant now = clock.instant();
        String email = currentId(proposalId).map(this::emailOf)
                .orElseThrow(() -> new NoSuchElementException("No mentor is invited to this pathway"));
        revokeCurrent(proposalId, staff.username(), now);
        proposal.note(staff.username(), "MENTOR_REVOKED", email, now);
        proposal.hoursConfirmedByMentor(false);
        events.publishEvent(new MentorChanged(proposalId));
    }

    /** The proposal's current invitation, its inviter named as people know them. */
    @Transactional(readOnly = true)
    Optional<Invitation> current(Viewer staff, long studentId, long proposalId) {
        proposalOf(staff, studentId, proposalId);
        return invitation(proposalId).map(i -> new Invitation(i.id(), i.proposalId(), i.mentorName(), i.organisation(),
                i.email(), people.displayNames(List.of(i.invitedBy())).getOrDefault(i.invitedBy(), i.invitedBy()),
                i.invitedAt(), i.linkSentAt(), i.linkExpiresAt(), i.linkUsedAt()));
    }

    /** The mentor's e-mail address when the proposal's contact for the mentor is one (the invitation form starts with it). */
    static String emailIn(String contact) {
        return contact != null && EMAIL.matcher(contact.trim()).matches() && contact.trim().length() <= EMAIL_MAX
                ? contact.trim() : "";
    }

    /** The staff's view of the proposal the invitation page is about. */
    @Transactional(readOnly = true)
    PathwayViews.ProposalView proposal(Viewer staff, long studentId, long proposalId) {
        return pathways.view(proposalOf(staff, studentId, proposalId));
    }

    // ------------------------------------------------------------------------------------- the mentor's side

    /** Whether the token names a link that may still be used (opening the link's page uses nothing). */
    @Transactional(readOnly = true)
    boolean usable(String token) {
        return linkOf(token).isPresent();
    }

    /**
     * Uses the link up: the mentor it names, once; nothing when it is unknown, used, expired or revoked (or someone
     * used it a moment before).
     */
    Optional<Mentor> use(String token) {
        Optional<Long> link = linkOf(token);
        Instant now = clock.instant();
        if (link.isEmpty() || jdbc.update("update mentor_link set used_at = ? where id = ? and used_at is null"
                + " and revoked_at is null", Timestamp.from(now), link.get()) != 1) {
            return Optional.empty();
        }
        Mentor mentor = jdbc.queryForObject("select i.id, i.mentor_name, i.email from mentor_invitation i"
                + " join mentor_link l on l.invitation_id = i.id where l.id = ?",
                (rs, n) -> new Mentor(rs.getLong(1), rs.getString(2), rs.getString(3)), link.get());
        PathwayProposal proposal = lifecycle.find(proposalIdOf(mentor));
        proposal.note(mentor.identity(), "MENTOR_SIGNED_IN", mentor.name(), now);
        return Optional.of(mentor);
    }

    /**
     * The one pathway the mentor was invited to, while the invitation stands; the opening of the student's records is
     * in the records of access under the mentor's identity.
     * @throws AccessDeniedException when the invitation was revoked or replaced
     */
    @Transactional(readOnly = true)
    PathwayViews.ProposalView pathwayOf(Mentor mentor) {
        PathwayProposal proposal = lifecycle.find(proposalIdOf(mentor));
        access.opened(new Viewer(mentor.identity(), Role.MENTOR), List.of(proposal.getStudentId()));
        return pathways.view(proposal);
    }

    /** The proposal of a mentor's invitation while it stands. */
    long proposalIdOf(Mentor mentor) {
        List<Long> found = jdbc.queryForList("select proposal_id from mentor_invitation where id = ?"
                + " and revoked_at is null", Long.class, mentor.invitationId());
        if (found.isEmpty()) {
            throw new AccessDeniedException("This mentor invitation was revoked: ask the school for a new one.");
        }
        return found.get(0);
    }

    // ------------------------------------------------------------------------------------- the rest

    private IssuedLink issue(long invitationId, PathwayProposal proposal) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(linkValid);
        jdbc.update("insert into mentor_link (invitation_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)",
                invitationId, hash(token), Timestamp.from(now), Timestamp.from(expires));
        Invitation invitation = invitation(proposal.getId()).orElseThrow();
        String student = people.student(proposal.getStudentId()).map(s -> s.fullName()).orElse("");
        events.publishEvent(new MentorLinkIssued(invitation.email(), invitation.mentorName(), student,
                proposal.getTitle(), token, expires));
        return new IssuedLink(invitationId, token, expires);
    }

    private Optional<Long> linkOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.queryForList("select l.id from mentor_link l join mentor_invitation i on i.id = l.invitation_id"
                + " where l.token_hash = ? and l.used_at is null and l.revoked_at is null and l.expires_at > ?"
                + " and i.revoked_at is null", Long.class, hash(token), Timestamp.from(clock.instant()))
                .stream().findFirst();
    }

    private void revokeCurrent(long proposalId, String by, Instant now) {
        currentId(proposalId).ifPresent(id -> {
            jdbc.update("update mentor_invitation set revoked_at = ?, revoked_by = ? where id = ?",
                    Timestamp.from(now), by, id);
            jdbc.update("update mentor_link set revoked_at = ? where invitation_id = ? and revoked_at is null",
                    Timestamp.from(now), id);
        });
    }

    private Optional<Long> currentId(long proposalId) {
        return jdbc.queryForList("select id from mentor_invitation where proposal_id = ? and revoked_at is null"
                + " order by id desc", Long.class, proposalId).stream().findFirst();
    }

    private String emailOf(long invitationId) {
        return jdbc.queryForObject("select email from mentor_invitation where id = ?", String.class, invitationId);
    }

    private Optional<Invitation> invitation(long proposalId) {
        return jdbc.query("""
                select i.id, i.proposal_id, i.mentor_name, i.organisation, i.email, i.invited_by, i.invited_at,
                       l.created_at, l.expires_at, l.used_at
                  from mentor_invitation i
                  left join mentor_link l on l.invitation_id = i.id
                   and l.id = (select max(x.id) from mentor_link x where x.invitation_id = i.id)
                 where i.proposal_id = ? and i.revoked_at is null
                 order by i.id desc""", (rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10))), proposalId)
                .stream().findFirst();
    }

    /** The student's teacher, counselor or an administrator, and a proposal of that student. */
    private PathwayProposal proposalOf(Viewer staff, long studentId, long proposalId) {
        if (!INVITERS.contains(staff.role())) {
            throw new AccessDeniedException("Mentors are invited by the student's teacher, counselor or an"
                    + " administrator.");
        }
        access.checkMaySee(staff, studentId);
        PathwayProposal proposal = lifecycle.find(proposalId);
        if (!proposal.getStudentId().equals(studentId)) {
            throw new NoSuchElementException("No pathway proposal " + proposalId + " of this student");
        }
        return proposal;
    }

    private static void check(NewMentor mentor) {
        if (mentor.name() == null || mentor.name().isBlank() || mentor.name().trim().length() > 160) {
            throw new ProposalFieldException("mentorName", "mentorName", "Give the mentor's name (up to 160 characters)");
        }
        if (mentor.organisation() == null || mentor.organisation().isBlank()
                || mentor.organisation().trim().length() > 200) {
            throw new ProposalFieldException("organisation", "mentorOrganisation",
                    "Give the mentor's organisation (up to 200 characters)");
        }
        if (mentor.email() == null || !EMAIL.matcher(mentor.email().trim()).matches()
                || mentor.email().trim().length() > EMAIL_MAX) {
            throw new ProposalFieldException("email", "mentorEmail",
                    "Give the mentor's e-mail address (up to " + EMAIL_MAX + " characters)", EMAIL_MAX);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
