package org.pathwayplanner.transcript.release;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.GuardianView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.transcript.release.ReleaseRecords.Download;
import org.pathwayplanner.transcript.release.ReleaseRecords.Row;
import org.pathwayplanner.transcript.release.ReleaseViews.DocumentView;
import org.pathwayplanner.transcript.release.ReleaseViews.RecipientView;
import org.pathwayplanner.transcript.release.ReleaseViews.ReleaseView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releasing transcripts to named recipients (processes/transcript-release.bpmn). Who may do what:
 * <ul>
 * <li>ask: the student for themselves, a guardian for a linked student;</li>
 * <li>release or decline: the student's counselor (the task's candidate, whose caseload holds the student) or an
 * administrator; nobody else, whoever they are;</li>
 * <li>read the disclosures: the student, their guardians, their counselor, administrators;</li>
 * <li>revoke the link or send it again: the student's counselor or an administrator.</li>
 * </ul>
 */
@Service
public class TranscriptReleases {

    static final String PROCESS = "TranscriptRelease";
    static final String RELEASE_TASK = "ReleaseTranscript";
    private static final int NEWEST = 200;

    /** The counselor's decision. */
    public enum Decision { RELEASE, DECLINE }

    private final ReleaseRecords records;
    private final StudentAccess access;
    private final PeopleDirectory people;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final List<DocumentForRelease> documentMakers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxDownloads;
    private final String district;

    TranscriptReleases(ReleaseRecords records, StudentAccess access, PeopleDirectory people, RuntimeService runtime,
            TaskService tasks, List<DocumentForRelease> documentMakers, ApplicationEventPublisher events,
            Clock clock, @Value("${pathway-planner.transcript-release.max-downloads:3}") int maxDownloads,
            @Value("${pathway-planner.district.name:}") String district) {
        this.records = records;
        this.access = access;
        this.people = people;
        this.runtime = runtime;
        this.tasks = tasks;
        this.documentMakers = List.copyOf(documentMakers);
        this.events = events;
        this.clock = clock;
        this.maxDownloads = maxDownloads;
        this.district = district;
    }

    // ------------------------------------------------------------------------------------------------ asking

    /** A student asks for their own transcript, or a guardian for a linked student's; returns the request's id. */
    @Transactional
    public long request(Viewer requester, long studentId, ReleaseRequest form, Locale locale) {
        if (requester.role() != Role.STUDENT && requester.role() != Role.GUARDIAN) {
            throw new AccessDeniedException("Only the student or a guardian asks for a transcript to be released.");
        }
        access.checkMaySee(requester, studentId);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new ReleaseRefused(problems);
        }
        ReleaseRequest request = form.trimmed();
        long id = records.insert(studentId, requester.username(), requester.role().name(), clock.instant(), request,
                locale.getLanguage());
        List<String> deciders = people.counselorUsernameOf(studentId).map(List::of)
                .orElseGet(() -> people.administratorsOf(studentId));
        var instance = runtime.startProcessInstanceByKey(PROCESS, "transcript-release-" + id,
                Map.of("releaseId", id, "studentId", studentId, "counselors", String.join(",", deciders)));
        records.startedProcess(id, instance.getId());
        return id;
    }

    /** The requests and disclosures of a student, for the student, their guardians, counselor or administrators. */
    @Transactional(readOnly = true)
    public List<ReleaseView> ofStudent(Viewer viewer, long studentId) {
        access.checkMaySee(viewer, studentId);
        return views(records.ofStudents(List.of(studentId)));
    }

    // ------------------------------------------------------------------------------------------------ deciding

    /** The requests waiting for the viewer's decision (an administrator: every waiting one), oldest first. */
    @Transactional(readOnly = true)
    public List<ReleaseView> waitingFor(Viewer viewer) {
        if (viewer.role() != Role.COUNSELOR && viewer.role() != Role.ADMIN) {
            return List.of();
        }
        var query = tasks.createTaskQuery().processDefinitionKey(PROCESS).taskDefinitionKey(RELEASE_TASK);
        if (viewer.role() == Role.COUNSELOR) {
            query = query.taskCandidateUser(viewer.username());
        }
        List<Long> ids = query.orderByTaskCreateTime().asc().list().stream()
                .map(t -> ((Number) runtime.getVariable(t.getExecutionId(), "releaseId")).longValue()).toList();
        return views(records.byIds(ids));
    }

    /** The releases a counselor's caseload made (an administrator: the district's newest), newest first. */
    @Transactional(readOnly = true)
    public List<ReleaseView> seenBy(Viewer viewer) {
        return switch (viewer.role()) {
            case ADMIN -> views(records.newest(NEWEST));
            case COUNSELOR -> views(records.ofStudents(people.caseloadOf(viewer.username()).stream()
                    .map(StudentView::id).toList()));
            default -> throw new AccessDeniedException("Only counselors and administrators list releases.");
        };
    }

    /** One release for its counselor or an administrator; opening it opens the student's records. */
    @Transactional(readOnly = true)
    public ReleaseView forDecider(Viewer viewer, long releaseId) {
        Row row = records.find(releaseId).orElseThrow(() -> new NoSuchElementException("No release " + releaseId));
        checkMayDecide(viewer, row.studentId());
        return view(row);
    }

    /** Whether the viewer may decide the request now (it waits, and it waits for them). */
    @Transactional(readOnly = true)
    public boolean waitsFor(Viewer viewer, long releaseId) {
        return records.find(releaseId).filter(r -> r.status() == ReleaseStatus.REQUESTED)
                .flatMap(r -> openTask(r, viewer)).isPresent();
    }

    /**
     * The counselor releases the transcript or declines (a reason is then required). The process snapshots the
     * documents and records the disclosure, or records the decline, in this transaction.
     */
    @Transactional
    public void decide(Viewer viewer, long releaseId, Decision decision, String reason, Locale locale) {
        Row row = records.find(releaseId).orElseThrow(() -> new NoSuchElementException("No release " + releaseId));
        checkMayDecide(viewer, row.studentId());
        if (row.status() != ReleaseStatus.REQUESTED) {
            throw new IllegalStateException("This request was already decided");
        }
        Task task = openTask(row, viewer)
                .orElseThrow(() -> new AccessDeniedException("This request is not yours to decide."));
        String why = reason == null ? "" : reason.trim();
        if (decision == null) {
            throw new ReleaseRefused(Map.of("decision", "release.error.decision"));
        }
        if (decision == Decision.DECLINE && why.isEmpty()) {
            throw new ReleaseRefused(Map.of("reason", "release.error.reason"));
        }
        if (why.length() > ReleaseRequest.NOTE_LENGTH) {
            throw new ReleaseRefused(Map.of("reason", "release.error.tooLong"));
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("decision", decision.name());
        variables.put("decidedBy", viewer.username());
        variables.put("decidedByRole", viewer.role().name());
        variables.put("language", locale.getLanguage());
        variables.put("reason", why);
        tasks.complete(task.getId(), variables);
    }

    /** The counselor ends the recipient's link at once (downloads already made stay recorded). */
    @Transactional
    public void revoke(Viewer viewer, long releaseId) {
        Row row = records.find(releaseId).orElseThrow(() -> new NoSuchElementException("No release " + releaseId));
        checkMayDecide(viewer, row.studentId());
        if (!records.revoke(releaseId, viewer.username(), clock.instant())) {
            throw new IllegalStateException("Only a released transcript's live link can be revoked");
        }
    }

    /** A new e-mail with a new link (the earlier link stops working), e.g. after a mistyped address bounced. */
    @Transactional
    public void sendAgain(Viewer viewer, long releaseId) {
        Row row = records.find(releaseId).orElseThrow(() -> new NoSuchElementException("No release " + releaseId));
        checkMayDecide(viewer, row.studentId());
        if (!records.sendAgain(releaseId)) {
            throw new IllegalStateException("Only a released transcript whose link is not revoked can be sent again");
        }
    }

    // ------------------------------------------------------------------------------------------------ the process

    /** Release: the documents made now and stored, the disclosure recorded, the recipient's e-mail queued. */
    void disclose(long releaseId, Viewer releasedBy, Locale locale) {
        Row row = records.find(releaseId).orElseThrow();
        if (!records.released(releaseId, releasedBy.username(), clock.instant(), maxDownloads)) {
            throw new IllegalStateException("Release " + releaseId + " is not waiting for a decision");
        }
        for (DocumentForRelease maker : documentMakers) {
            records.addDocument(releaseId, maker.make(releasedBy, row.studentId(), locale));
        }
        events.publishEvent(new TranscriptReleaseDecided(releaseId, row.studentId(), ReleaseStatus.RELEASED,
                row.organisation(), toInform(row)));
    }

    void recordDecline(long releaseId, String declinedBy, String reason) {
        Row row = records.find(releaseId).orElseThrow();
        if (!records.declined(releaseId, declinedBy, clock.instant(), reason)) {
            throw new IllegalStateException("Release " + releaseId + " is not waiting for a decision");
        }
        events.publishEvent(new TranscriptReleaseDecided(releaseId, row.studentId(), ReleaseStatus.DECLINED,
                row.organisation(), toInform(row)));
    }

    void overdue(long releaseId, List<String> counselors) {
        Row row = records.find(releaseId).orElseThrow();
        if (row.status() == ReleaseStatus.REQUESTED) {
            events.publishEvent(new ReleaseOverdue(releaseId, studentName(row.studentId()), counselors,
                    people.administratorsOf(row.studentId())));
        }
    }

    // ------------------------------------------------------------------------------------------------ the recipient

    /** What a live link shows; empty when the link is unknown, expired or revoked (the page says no more). */
    @Transactional(readOnly = true)
    public Optional<RecipientView> open(String token) {
        return live(token).map(row -> {
            ReleaseView v = view(row);
            return new RecipientView(row.recipientName(), row.organisation(), v.studentName(), district,
                    row.decidedAt(), row.linkExpiresAt(), row.purpose(), v.documents(), limit(row));
        });
    }

    /** A document through a live link, recorded as downloaded; empty when the link is dead or its downloads used. */
    @Transactional
    public Optional<ReleasedDocument> download(String token, long documentId) {
        return live(token).filter(row -> records.recordDownload(row.id(), documentId, limit(row), clock.instant()))
                .flatMap(row -> records.document(row.id(), documentId));
    }

    private Optional<Row> live(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return records.byTokenHash(LinkTokens.hash(token)).filter(r -> r.status() == ReleaseStatus.RELEASED
                && r.revokedAt() == null && r.linkExpiresAt() != null && r.linkExpiresAt().isAfter(now));
    }

    private int limit(Row row) {
        return row.maxDownloads() == null ? maxDownloads : row.maxDownloads();
    }

    // ------------------------------------------------------------------------------------------------ who may

    /** The student's counselor (their caseload) or an administrator; the check opens the student's records. */
    private void checkMayDecide(Viewer viewer, long studentId) {
        if (viewer.role() != Role.COUNSELOR && viewer.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only the student's counselor or an administrator releases transcripts.");
        }
        access.checkMaySee(viewer, studentId);
    }

    private Optional<Task> openTask(Row row, Viewer viewer) {
        if (row.processInstanceId() == null) {
            return Optional.empty();
        }
        var query = tasks.createTaskQuery().processInstanceId(row.processInstanceId()).taskDefinitionKey(RELEASE_TASK);
        if (viewer.role() == Role.COUNSELOR) {
            query = query.taskCandidateUser(viewer.username());
        } else if (viewer.role() != Role.ADMIN) {
            return Optional.empty();
        }
        return query.list().stream().findFirst();
    }

    /** Who hears of the decision: the requester, the student and their guardians with an account, each once. */
    private List<TranscriptReleaseDecided.Informed> toInform(Row row) {
        Set<String> seen = new LinkedHashSet<>();
        List<TranscriptReleaseDecided.Informed> informed = new ArrayList<>();
        StudentView student = people.student(row.studentId()).orElse(null);
        if (student != null && student.username() != null && seen.add(student.username())) {
            informed.add(new TranscriptReleaseDecided.Informed(student.username(), "/student/transcript-releases"));
        }
        for (GuardianView g : people.guardiansOf(row.studentId())) {
            if (g.username() != null && seen.add(g.username())) {
                informed.add(new TranscriptReleaseDecided.Informed(g.username(),
                        "/guardian/students/" + row.studentId() + "/transcript-releases"));
            }
        }
        return informed;
    }

    private String studentName(long studentId) {
        return people.student(studentId).map(StudentView::fullName).orElse("#" + studentId);
    }

    /** The views of these releases in a fixed number of queries, however many they are. */
    private List<ReleaseView> views(List<Row> rows) {
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<ReleaseRecords.DocumentLine>> documents = records.documentsOf(ids);
        Map<Long, List<Download>> downloads = records.downloadsOf(ids);
        Map<Long, String> names = people.students(rows.stream().map(Row::studentId).distinct().toList()).stream()
                .collect(Collectors.toMap(StudentView::id, StudentView::fullName, (a, b) -> a));
        return rows.stream().map(r -> view(r, names.getOrDefault(r.studentId(), "#" + r.studentId()),
                documents.getOrDefault(r.id(), List.of()), downloads.getOrDefault(r.id(), List.of()))).toList();
    }

    private ReleaseView view(Row r) {
        return view(r, studentName(r.studentId()), records.documents(r.id()), records.downloads(r.id()));
    }

    private static ReleaseView view(Row r, String studentName, List<ReleaseRecords.DocumentLine> lines,
            List<Download> downloads) {
        Map<Long, Long> perDocument = downloads.stream()
                .collect(Collectors.groupingBy(Download::documentId, Collectors.counting()));
        List<DocumentView> documents = lines.stream().map(d -> new DocumentView(d.id(), d.kind(), d.mediaType(),
                d.fileName(), d.size(), perDocument.getOrDefault(d.id(), 0L).intValue())).toList();
        return new ReleaseView(r.id(), r.studentId(), studentName, r.requestedBy(), r.requestedByRole(),
                r.requestedAt(), r.recipientName(), r.organisation(), r.email(), r.purpose(), r.note(), r.status(),
                r.decidedBy(), r.decidedAt(), r.declineReason(), r.linkExpiresAt(), r.maxDownloads(), r.revokedAt(),
                r.mailState(), documents, downloads.stream().map(Download::at).toList());
    }
}
