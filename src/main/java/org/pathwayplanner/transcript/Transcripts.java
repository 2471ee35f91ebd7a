package org.pathwayplanner.transcript;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.evidence.EvidenceHistory.EvidenceView;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.ScaleView;
import org.pathwayplanner.pathways.PathwayService;
import org.pathwayplanner.pathways.PathwayViews.MentorEvaluationView;
import org.pathwayplanner.pathways.PathwayViews.ProposalView;
import org.pathwayplanner.pathways.PathwayViews.TargetView;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.pathwayplanner.progress.ProgressViews.AuditLineView;
import org.pathwayplanner.progress.ProgressViews.CompetencyProgress;
import org.pathwayplanner.progress.ProgressViews.StudentProgressView;
import org.pathwayplanner.progress.Sentences;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.RuleVersionNumbers;
import org.pathwayplanner.transcript.TranscriptDocument.AreaCredits;
import org.pathwayplanner.transcript.TranscriptDocument.AreaSection;
import org.pathwayplanner.transcript.TranscriptDocument.CompetencyLine;
import org.pathwayplanner.transcript.TranscriptDocument.Credits;
import org.pathwayplanner.transcript.TranscriptDocument.EvidenceLine;
import org.pathwayplanner.transcript.TranscriptDocument.Learner;
import org.pathwayplanner.transcript.TranscriptDocument.PathwayLine;
import org.pathwayplanner.transcript.TranscriptDocument.ScaleLevel;
import org.springframework.stereotype.Service;

/**
 * Assembles a student's transcript from the stored results of the rules (never a new evaluation: the transcript says
 * what the district's records say), for whoever may see the student.
 */
@Service
public class Transcripts {

    private static final String COMPLETED = "COMPLETED";

    private final StudentAccess access;
    private final PeopleDirectory people;
    private final StudentProgress progress;
    private final EvidenceHistory evidence;
    private final PathwayService pathways;
    private final FrameworkCatalog framework;
    private final Sentences sentences;
    private final TranscriptIssuer issuer;
    private final RuleVersionNumbers versionNumbers;
    private final Clock clock;

    Transcripts(StudentAccess access, PeopleDirectory people, StudentProgress progress, EvidenceHistory evidence,
            PathwayService pathways, FrameworkCatalog framework, Sentences sentences, TranscriptIssuer issuer,
            RuleVersionNumbers versionNumbers, Clock clock) {
        this.versionNumbers = versionNumbers;
        this.access = access;
        this.people = people;
        this.progress = progress;
        this.evidence = evidence;
        this.pathways = pathways;
        this.framework = framework;
        this.sentences = sentences;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** The transcript of a student the viewer may see (refused otherwise, as every student record). */
    public TranscriptDocument of(Viewer viewer, long studentId) {
        access.checkMaySee(viewer, studentId);
        StudentView student = people.student(studentId).orElseThrow(
                () -> new java.util.NoSuchElementException("No student " + studentId));
        StudentProgressView view = progress.progressOf(studentId);
        return new TranscriptDocument(issuer.of(student.schoolName()), learner(student), LocalDate.now(clock),
                versionNumbers.numberOf(view.ruleSetVersion()).orElse(null), credits(view), areas(view, studentId),
                inProgress(view),
                pathways(viewer, studentId), scale(), methods(view));
    }

    private static Learner learner(StudentView s) {
        return new Learner(s.id(), s.firstName() + " " + s.lastName(), s.studentNumber(), s.dateOfBirth(),
                s.gradeLevel(), s.graduationYear());
    }

    private Credits credits(StudentProgressView view) {
        var audit = view.audit();
        List<AreaCredits> lines = audit.lines().stream().map(this::areaCredits).toList();
        return new Credits(audit.earned(), audit.required(), audit.status(), lines);
    }

    private AreaCredits areaCredits(AuditLineView l) {
        return new AreaCredits(l.areaCode(), sentences.areaName(l.areaCode()), l.earned(), l.required(),
                l.includedInCode() == null ? null : sentences.areaName(l.includedInCode()));
    }

    /** The mastered competencies grouped by content area in the district's order, the cross-curricular ones last. */
    private List<AreaSection> areas(StudentProgressView view, long studentId) {
        Map<Long, EvidenceView> pieces = evidence.historyOf(studentId).stream()
                .collect(Collectors.toMap(EvidenceView::id, Function.identity(), (a, b) -> a));
        Map<String, List<CompetencyLine>> byArea = new LinkedHashMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        framework.areas().forEach(a -> {
            byArea.put(a.code(), new java.util.ArrayList<>());
            names.put(a.code(), a.name());
        });
        view.competencies().stream().filter(CompetencyProgress::mastered)
                .sorted(Comparator.comparing(CompetencyProgress::code))
                .forEach(c -> byArea.computeIfAbsent(c.areaCode() == null ? "" : c.areaCode(),
                        k -> new java.util.ArrayList<>()).add(line(c, pieces)));
        return byArea.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .sorted(Comparator.comparing(e -> e.getKey().isEmpty()))
                .map(e -> new AreaSection(e.getKey().isEmpty() ? null : e.getKey(),
                        e.getKey().isEmpty() ? null : names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
    }

    private static CompetencyLine line(CompetencyProgress c, Map<Long, EvidenceView> pieces) {
        List<EvidenceLine> shown = c.evidenceIds().stream().map(pieces::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(EvidenceView::assessedOn))
                .map(e -> new EvidenceLine(e.title(), e.kind(), e.assessedOn())).toList();
        return new CompetencyLine(c.id(), c.code(), c.title(), c.levelLabel(), c.masteredOn(), c.method(), shown);
    }

    private static int inProgress(StudentProgressView view) {
        return (int) view.competencies().stream().filter(c -> "IN_PROGRESS".equals(c.status())).count();
    }

    private List<PathwayLine> pathways(Viewer viewer, long studentId) {
        return pathways.ofStudent(viewer, studentId).stream().filter(p -> COMPLETED.equals(p.status()))
                .sorted(Comparator.comparing(ProposalView::startDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(Transcripts::pathway).toList();
    }

    private static PathwayLine pathway(ProposalView p) {
        MentorEvaluationView mentor = p.mentorEvaluations().isEmpty() ? null
                : p.mentorEvaluations().get(p.mentorEvaluations().size() - 1);
        return new PathwayLine(p.title(), p.type(), p.provider(), p.startDate(), p.endDate(),
                p.loggedHours() != null && p.loggedHours().signum() > 0 ? p.loggedHours() : p.plannedHours(),
                p.awardedCredits(), p.creditAreaName(), mentor == null ? p.mentorName() : mentor.mentorName(),
                mentor == null ? null : mentor.rating(), mentor == null ? null : mentor.comment(),
                p.competencies().stream().map(TargetView::title).toList());
    }

    private List<ScaleLevel> scale() {
        ScaleView scale = framework.scale();
        return scale.levels().stream().sorted(Comparator.comparingInt(l -> l.value()))
                .map(l -> new ScaleLevel(l.value(), l.label(), l.description(), l.value() >= scale.masteryThreshold()))
                .toList();
    }

    /** The calculation methods that decided the competencies shown, for the key. */
    private static List<String> methods(StudentProgressView view) {
        Set<String> used = new java.util.TreeSet<>();
        view.competencies().stream().filter(CompetencyProgress::mastered).map(CompetencyProgress::method)
                .filter(java.util.Objects::nonNull).forEach(used::add);
        return List.copyOf(used);
    }
}
