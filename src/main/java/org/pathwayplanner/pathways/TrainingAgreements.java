package org.pathwayplanner.pathways;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.pathwayplanner.pathways.TrainingAgreement.Party;
import org.pathwayplanner.pathways.TrainingAgreement.Signer;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.GuardianView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.rules.StudentEvaluator;
import org.pathwayplanner.security.MentorSessions.Mentor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training agreements: a pathway whose mentor is invited by the time it is approved (and consented to) needs one before
 * it becomes active. The workflow generates it ({@link #prepare}) and waits at "Sign the training agreement" until
 * every required party has signed as themselves: the student, a guardian when the student is a minor at the pathway's
 * start (the age of majority of the district's policy, as for the guardian's consent), the mentor for their
 * organisation, and the school's coordinator (the student's counselor; an administrator over the student when there
 * is none). The last signature moves the workflow on and the pathway becomes active.
 */
@Service
@Transactional
public class TrainingAgreements {

    static final String SIGNED_MESSAGE = "TrainingAgreementSigned";
    private static final Set<Role> DISTRICT_PARTIES = Set.of(Role.STUDENT, Role.GUARDIAN, Role.COUNSELOR, Role.ADMIN);

    /** What a party sends to sign: the name they typed, their "I agree", and the hash of the text they were shown. */
    public record Signing(String typedName, boolean agreed, String seenSha256) {
    }

    /** A party as the agreement's page shows it. */
    public record SignerView(String party, String nameOnRecord, String typedName, String signedBy, Instant signedAt) {

        public boolean signed() {
            return signedAt != null;
        }
    }

    /**
     * The agreement as a page shows it to one reader: its text and hash, who signed and when, and {@code yours}: the
     * party the reader may sign as now (null when none), with the name they must type.
     */
    public record AgreementView(long proposalId, long studentId, String proposalTitle, String studentName, String text,
            String sha256, Instant generatedAt, boolean waiting, List<SignerView> parties, String yours,
            String yourName, boolean signedByYou) {

        public boolean complete() {
            return parties.stream().allMatch(SignerView::signed);
        }
    }

    /** An agreement waiting for the reader's signature, for their home page. */
    public record Waiting(long proposalId, String proposalTitle, String studentName, Instant since) {
    }

    private record CurrentMentor(long invitationId, String name, String organisation, String email) {

        String identity() {
            return "mentor:" + email;
        }
    }

    private final JdbcTemplate jdbc;
    private final PathwayLifecycle lifecycle;
    private final MentorInvitations invitations;
    private final PeopleDirectory people;
    private final StudentAccess access;
    private final StudentEvaluator rules;
    private final TrainingAgreementText texts;
    private final AgreementReminders reminders;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingAgreements(JdbcTemplate jdbc, PathwayLifecycle lifecycle, MentorInvitations invitations,
            PeopleDirectory people, StudentAccess access, StudentEvaluator rules, TrainingAgreementText texts,
            AgreementReminders reminders, RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.lifecycle = lifecycle;
        this.invitations = invitations;
        this.people = people;
        this.access = access;
        this.rules = rules;
        this.texts = texts;
        this.reminders = reminders;
        this.runtime = runtime;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------- the workflow's side

    /**
     * As the approved pathway is about to start: whether it needs a training agreement (a mentor is invited), and if
     * so the agreement, generated now from the proposal; its parties are told it waits for them.
     */
    boolean prepare(long proposalId) {
        PathwayProposal proposal = lifecycle.find(proposalId);
        Optional<CurrentMentor> mentor = currentMentor(proposalId);
        mentor.ifPresent(m -> generate(proposal, m));
        return mentor.isPresent();
    }

    /** The parties who have not signed are reminded, once enough school days passed since the last time. */
    void remind(long proposalId) {
        Optional<TrainingAgreement> agreement = current(proposalId);
        if (agreement.isEmpty() || agreement.get().allSigned()) {
            return;
        }
        Instant now = clock.instant();
        Timestamp last = jdbc.queryForObject("select coalesce(last_reminded_at, generated_at) from training_agreement"
                + " where id = ?", Timestamp.class, agreement.get().id());
        if (!reminders.due(last.toInstant(), now)) {
            return;
        }
        jdbc.update("update training_agreement set last_reminded_at = ? where id = ?", Timestamp.from(now),
                agreement.get().id());
        PathwayProposal proposal = lifecycle.find(proposalId);
        proposal.note(PathwayLifecycle.SYSTEM, "AGREEMENT_REMINDER", "Reminded to sign: " + String.join(", ",
                agreement.get().unsigned().stream().map(Signer::nameOnRecord).toList()), now);
        events.publishEvent(awaits(proposal, agreement.get(), true));
    }

    /**
     * The mentor was replaced or revoked while the agreement awaits signatures: its parties changed, so it is
     * superseded, and a new one (naming the new mentor) is generated for everyone to sign.
     */
    @EventListener
    void mentorChanged(MentorChanged change) {
        PathwayProposal proposal = lifecycle.find(change.proposalId());
        Optional<TrainingAgreement> agreement = current(change.proposalId());
        if (agreement.isEmpty() || !isWaiting(proposal)) {
            return;
        }
        Optional<CurrentMentor> mentor = currentMentor(change.proposalId());
        if (mentor.isPresent() && agreement.get().party(Party.MENTOR)
                .map(m -> m.identity().equals(mentor.get().identity())
                        && m.nameOnRecord().equals(mentor.get().name())).orElse(false)) {
            return;
        }
        Instant now = clock.instant();
        jdbc.update("update training_agreement set superseded_at = ? where id = ?", Timestamp.from(now),
                agreement.get().id());
        proposal.note(PathwayLifecycle.SYSTEM, "AGREEMENT_SUPERSEDED", "The mentor changed: the training agreement"
                + " is to be signed again", now);
        mentor.ifPresent(m -> generate(proposal, m));
    }

    // ------------------------------------------------------------------------------------- the parties' side

    /** The pathway's agreement for whoever may see the student (the opening is in the records of access). */
    @Transactional(readOnly = true)
    public AgreementView of(Viewer viewer, long proposalId) {
        PathwayProposal proposal = lifecycle.find(proposalId);
        access.checkMaySee(viewer, proposal.getStudentId());
        TrainingAgreement agreement = current(proposalId).orElseThrow(
                () -> new NoSuchElementException("This pathway has no training agreement"));
        List<Signer> mine = agreement.parties().stream().filter(p -> mayActAs(p, viewer, proposal)).toList();
        Optional<Signer> toSign = mine.stream().filter(p -> !p.signed()).findFirst();
        return view(proposal, agreement, toSign.map(p -> p.party().name()).orElse(null),
                toSign.map(p -> nameToType(p, viewer.username())).orElse(null),
                mine.stream().anyMatch(Signer::signed));
    }

    /** The agreement of the pathway the mentor was invited to (the opening is in the records of access). */
    @Transactional(readOnly = true)
    public AgreementView ofMentor(Mentor mentor) {
        long proposalId = invitations.proposalIdOf(mentor);
        PathwayProposal proposal = lifecycle.find(proposalId);
        access.opened(new Viewer(mentor.identity(), Role.MENTOR), List.of(proposal.getStudentId()));
        TrainingAgreement agreement = current(proposalId).orElseThrow(
                () -> new NoSuchElementException("This pathway has no training agreement"));
        Optional<Signer> party = mentorParty(agreement, mentor);
        boolean toSign = party.filter(p -> !p.signed()).isPresent();
        return view(proposal, agreement, toSign ? Party.MENTOR.name() : null,
                toSign ? party.get().nameOnRecord() : null, party.filter(Signer::signed).isPresent());
    }

    /**
     * A district account signs as the party it is: the student, a guardian of the student, the coordinator.
     * @throws AccessDeniedException when the account is no party of the agreement
     * @throws AgreementNotSignable when the party signed already, the text is not the one shown, or nothing waits
     * @throws ProposalFieldException when the name typed is not the name on record, or "I agree" is not ticked
     */
    public void sign(Viewer viewer, long proposalId, Signing signing) {
        if (!DISTRICT_PARTIES.contains(viewer.role())) {
            throw new AccessDeniedException("Only the parties of a training agreement sign it.");
        }
        PathwayProposal proposal = lifecycle.find(proposalId);
        access.checkMaySee(viewer, proposal.getStudentId());
        TrainingAgreement agreement = current(proposalId).orElseThrow(
                () -> new NoSuchElementException("This pathway has no training agreement"));
        List<Signer> mine = agreement.parties().stream().filter(p -> mayActAs(p, viewer, proposal)).toList();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("Only the parties of this training agreement sign it, each as themselves.");
        }
        Signer party = mine.stream().filter(p -> !p.signed()).findFirst().orElse(mine.get(0));
        record(proposal, agreement, party, viewer.username(), nameToType(party, viewer.username()), signing);
    }

    /** The invited mentor signs for their organisation. */
    public void sign(Mentor mentor, Signing signing) {
        long proposalId = invitations.proposalIdOf(mentor);
        PathwayProposal proposal = lifecycle.find(proposalId);
        TrainingAgreement agreement = current(proposalId).orElseThrow(
                () -> new NoSuchElementException("This pathway has no training agreement"));
        Signer party = mentorParty(agreement, mentor).orElseThrow(() -> new AccessDeniedException(
                "Only the mentor this training agreement names signs it as the mentor."));
        record(proposal, agreement, party, mentor.identity(), party.nameOnRecord(), signing);
    }

    /** The agreements waiting for the account's own signature, oldest first. */
    @Transactional(readOnly = true)
    public List<Waiting> waitingFor(Viewer viewer) {
        if (!DISTRICT_PARTIES.contains(viewer.role())) {
            return List.of();
        }
        String select = """
                select a.proposal_id, p.title, p.student_id, a.generated_at
                  from training_agreement a
                  join training_agreement_party t on t.agreement_id = a.id
                  join pathway_proposal p on p.id = a.proposal_id
                 where a.superseded_at is null and t.signed_at is null and p.status = 'APPROVED'
                """;
        List<Object[]> rows = new ArrayList<>();
        org.springframework.jdbc.core.RowCallbackHandler collect = rs -> rows.add(new Object[] {rs.getLong(1),
                rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant()});
        if (viewer.role() == Role.GUARDIAN) {
            for (StudentView child : people.studentsOfGuardian(viewer.username())) {
                jdbc.query(select + " and t.party = 'GUARDIAN' and p.student_id = ?", collect, child.id());
            }
        } else {
            jdbc.query(select + " and t.party_identity = ?", collect, viewer.username());
        }
        return rows.stream().map(r -> new Waiting((Long) r[0], (String) r[1],
                people.student((Long) r[2]).map(StudentView::fullName).orElse(""), (Instant) r[3]))
                .sorted(Comparator.comparing(Waiting::since)).toList();
    }

    // ------------------------------------------------------------------------------------- the rest

    private void record(PathwayProposal proposal, TrainingAgreement agreement, Signer party, String signedBy,
            String nameOnRecord, Signing signing) {
        if (!isWaiting(proposal)) {
            throw new AgreementNotSignable(AgreementNotSignable.Reason.NOT_WAITING,
                    "This pathway no longer waits for signatures of its training agreement");
        }
        if (party.signed()) {
            throw new AgreementNotSignable(AgreementNotSignable.Reason.ALREADY_SIGNED,
                    "The training agreement is already signed as " + words(party.party()));
        }
        if (signing.seenSha256() == null || !signing.seenSha256().equals(agreement.sha256())
                || !agreement.textIntact()) {
            throw new AgreementNotSignable(AgreementNotSignable.Reason.TEXT_CHANGED,
                    "The text of the training agreement is not the text you were shown: read it again and sign");
        }
        if (!TrainingAgreement.sameName(signing.typedName(), nameOnRecord)) {
            throw new ProposalFieldException("fullName", "agreementName",
                    "Type your full name as the school has it: " + nameOnRecord, nameOnRecord);
        }
        if (!signing.agreed()) {
            throw new ProposalFieldException("agree", "agreementAgree", "Tick “I agree” to sign");
        }
        Instant now = clock.instant();
        String typed = signing.typedName().strip();
        if (jdbc.update("update training_agreement_party set signed_by = ?, typed_name = ?, signed_at = ?,"
                + " signed_text_sha256 = ? where agreement_id = ? and party = ? and signed_at is null", signedBy, typed,
                Timestamp.from(now), signing.seenSha256(), agreement.id(), party.party().name()) != 1) {
            throw new AgreementNotSignable(AgreementNotSignable.Reason.ALREADY_SIGNED,
                    "The training agreement is already signed as " + words(party.party()));
        }
        proposal.note(signedBy, "AGREEMENT_SIGNED", "Signed the training agreement as " + words(party.party())
                + ": “" + typed + "” (text SHA-256 " + agreement.sha256() + ")", now);
        if (current(proposal.getId()).orElseThrow().allSigned()) {
            runtime.createMessageCorrelation(SIGNED_MESSAGE).processInstanceId(proposal.getProcessInstanceId())
                    .correlate();
        }
    }

    private void generate(PathwayProposal proposal, CurrentMentor mentor) {
        StudentView student = people.student(proposal.getStudentId()).orElseThrow();
        List<GuardianView> guardians = isMinor(student, proposal) ? people.guardiansOf(student.id()) : List.of();
        String coordinator = people.counselorUsernameOf(student.id())
                .or(() -> people.administratorsOf(student.id()).stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("Student " + student.id() + " has no counselor and no"
                        + " administrator to coordinate the training agreement"));
        String coordinatorName = people.displayNames(List.of(coordinator)).get(coordinator);
        List<String> guardianNames = guardians.stream().map(GuardianView::fullName).toList();
        String text = texts.of(proposal, new TrainingAgreementText.Named(student, guardianNames, mentor.name(),
                mentor.organisation(), mentor.email(), coordinatorName, student.schoolName()));
        String sha256 = TrainingAgreement.sha256Of(text);
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into training_agreement (proposal_id,"
                    + " agreement_text, text_sha256, generated_at) values (?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, proposal.getId());
            insert.setString(2, text);
            insert.setString(3, sha256);
            insert.setTimestamp(4, Timestamp.from(now));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        int order = 0;
        party(id, Party.STUDENT, order++, student.username(), student.fullName());
        if (!guardians.isEmpty()) {
            party(id, Party.GUARDIAN, order++, null, String.join(" / ", guardianNames));
        }
        party(id, Party.MENTOR, order++, mentor.identity(), mentor.name());
        party(id, Party.COORDINATOR, order, coordinator, coordinatorName);
        TrainingAgreement agreement = current(proposal.getId()).orElseThrow();
        proposal.note(PathwayLifecycle.SYSTEM, "AGREEMENT_PREPARED", "Training agreement generated (text SHA-256 "
                + sha256 + ") for the signatures of: " + String.join(", ", agreement.parties().stream()
                        .map(Signer::nameOnRecord).toList()), now);
        events.publishEvent(awaits(proposal, agreement, false));
    }

    private void party(long agreementId, Party party, int order, String identity, String name) {
        jdbc.update("insert into training_agreement_party (agreement_id, party, shown_order, party_identity,"
                + " name_on_record) values (?, ?, ?, ?, ?)", agreementId, party.name(), order, identity, name);
    }

    /** A minor at the pathway's start, by the district's age of majority (as the guardian's consent decides). */
    private boolean isMinor(StudentView student, PathwayProposal proposal) {
        LocalDate start = proposal.getStartDate() != null ? proposal.getStartDate() : LocalDate.now(clock);
        int majority = rules.ruleSet().policy().pathways().ageOfMajority();
        return student.dateOfBirth() != null && Period.between(student.dateOfBirth(), start).getYears() < majority;
    }

    private TrainingAgreementAwaits awaits(PathwayProposal proposal, TrainingAgreement agreement, boolean reminder) {
        Set<String> signers = new LinkedHashSet<>();
        String mentorName = null;
        String mentorEmail = null;
        for (Signer party : agreement.unsigned()) {
            switch (party.party()) {
                case GUARDIAN -> people.guardiansOf(proposal.getStudentId()).stream().map(GuardianView::username)
                        .filter(u -> u != null && !u.isBlank()).forEach(signers::add);
                case MENTOR -> {
                    mentorName = party.nameOnRecord();
                    mentorEmail = party.identity().substring("mentor:".length());
                }
                default -> signers.add(party.identity());
            }
        }
        String studentName = people.student(proposal.getStudentId()).map(StudentView::fullName).orElse("");
        return new TrainingAgreementAwaits(proposal.getId(), proposal.getStudentId(), proposal.getTitle(), studentName,
                List.copyOf(signers), mentorName, mentorEmail, reminder);
    }

    private boolean mayActAs(Signer party, Viewer viewer, PathwayProposal proposal) {
        return switch (party.party()) {
            case STUDENT -> viewer.role() == Role.STUDENT && viewer.username().equals(party.identity());
            case GUARDIAN -> viewer.role() == Role.GUARDIAN && people.guardiansOf(proposal.getStudentId()).stream()
                    .anyMatch(g -> viewer.username().equals(g.username()));
            case COORDINATOR -> (viewer.role() == Role.COUNSELOR || viewer.role() == Role.ADMIN)
                    && viewer.username().equals(party.identity());
            case MENTOR -> false;
        };
    }

    private static Optional<Signer> mentorParty(TrainingAgreement agreement, Mentor mentor) {
        return agreement.party(Party.MENTOR).filter(p -> mentor.identity().equals(p.identity()));
    }

    /** The name a party types: their own (a guardian's among the guardians), as the school has it. */
    private String nameToType(Signer party, String username) {
        return party.party() == Party.GUARDIAN ? people.displayNames(List.of(username)).get(username)
                : party.nameOnRecord();
    }

    private boolean isWaiting(PathwayProposal proposal) {
        return proposal.getProcessInstanceId() != null && runtime.createExecutionQuery()
                .processInstanceId(proposal.getProcessInstanceId())
                .activityId(PathwayStep.SIGN_TRAINING_AGREEMENT.id()).count() > 0;
    }

    private AgreementView view(PathwayProposal proposal, TrainingAgreement agreement, String yours, String yourName,
            boolean signedByYou) {
        Map<String, String> names = people.displayNames(agreement.parties().stream().map(Signer::signedBy)
                .filter(s -> s != null && !s.startsWith("mentor:")).toList());
        List<SignerView> parties = agreement.parties().stream().map(p -> new SignerView(p.party().name(),
                p.nameOnRecord(), p.typedName(), p.signedBy() == null ? null : names.getOrDefault(p.signedBy(),
                        p.nameOnRecord()), p.signedAt())).toList();
        String studentName = people.student(proposal.getStudentId()).map(StudentView::fullName).orElse("");
        return new AgreementView(proposal.getId(), proposal.getStudentId(), proposal.getTitle(), studentName,
                agreement.text(), agreement.sha256(), agreement.generatedAt(), isWaiting(proposal), parties, yours,
                yourName, signedByYou);
    }

    /** The pathway's agreement in force (the newest not superseded), with its parties in the agreement's order. */
    Optional<TrainingAgreement> current(long proposalId) {
        return jdbc.query("select id, agreement_text, text_sha256, generated_at from training_agreement"
                + " where proposal_id = ? and superseded_at is null order by id desc", (rs, n) -> new Object[] {
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()}, proposalId)
                .stream().findFirst().map(row -> new TrainingAgreement((Long) row[0], proposalId, (String) row[1],
                        (String) row[2], (Instant) row[3], parties((Long) row[0])));
    }

    private List<Signer> parties(long agreementId) {
        return jdbc.query("select party, party_identity, name_on_record, signed_by, typed_name, signed_at,"
                + " signed_text_sha256 from training_agreement_party where agreement_id = ? order by shown_order",
                (rs, n) -> new Signer(Party.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6) == null ? null
                                : rs.getTimestamp(6).toInstant(), rs.getString(7)), agreementId);
    }

    private Optional<CurrentMentor> currentMentor(long proposalId) {
        return jdbc.query("select id, mentor_name, organisation, email from mentor_invitation where proposal_id = ?"
                + " and revoked_at is null order by id desc", (rs, n) -> new CurrentMentor(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4)), proposalId).stream().findFirst();
    }

    private static String words(Party party) {
        return party.name().toLowerCase(java.util.Locale.ROOT);
    }
}
