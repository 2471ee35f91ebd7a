package org.pathwayplanner.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.pathwayplanner.exchange.CsvTable;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.AreaView;
import org.pathwayplanner.framework.FrameworkViews.CompetencyView;
import org.pathwayplanner.framework.FrameworkViews.ScaleView;
import org.pathwayplanner.framework.ScoreTargets;
import org.pathwayplanner.framework.ScoreTargets.Target;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.SectionView;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.Role;
import org.pathwayplanner.people.RosterKeys;
import org.pathwayplanner.people.StudentAccess;
import org.pathwayplanner.people.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence out, one line per score of the evidence that counts (corrected and withdrawn versions left out): a class's
 * scores in the competencies it covers, and a student's scores — all of them for an administrator or the student's
 * counselor, a teacher's subjects only for a teacher. The first columns are those the gradebook import reads, so a
 * file exported here imports again unchanged.
 */
@Service
@Transactional(readOnly = true)
class EvidenceExports {

    static final List<String> COLUMNS = List.of("student", "competency", "level", "date", "kind", "title", "assessor",
            "comment", "studentName", "code", "levelLabel", "evidenceId");

    /** One score of a student's evidence, with the names it is exported by. */
    record Line(StudentView student, Evidence evidence, EvidenceScore score, Target target, long competencyId) {
    }

    private final EvidenceRepository evidence;
    private final EvidencePolicy policy;
    private final FrameworkCatalog framework;
    private final ScoreTargets targets;
    private final PeopleDirectory people;
    private final RosterKeys keys;
    private final StudentAccess access;

    EvidenceExports(EvidenceRepository evidence, EvidencePolicy policy, FrameworkCatalog framework, ScoreTargets targets,
            PeopleDirectory people, RosterKeys keys, StudentAccess access) {
        this.evidence = evidence;
        this.policy = policy;
        this.framework = framework;
        this.targets = targets;
        this.people = people;
        this.keys = keys;
        this.access = access;
    }

    /** The scores of the class's students in the competencies the class covers. */
    List<Line> ofClass(SectionView section) {
        Set<Long> covered = policy.competenciesCoveredBy(section).stream().map(CompetencyView::id)
                .collect(Collectors.toSet());
        return lines(people.studentsOfSection(section.id()), line -> covered.contains(line.competencyId()));
    }

    /**
     * The student's scores the viewer may export: every one for an administrator or the student's counselor; for a
     * teacher, those in the subjects the teacher teaches the student (cross-curricular competencies with any class).
     */
    List<Line> ofStudent(long studentId, Viewer viewer) {
        StudentView student = people.student(studentId)
                .orElseThrow(() -> new java.util.NoSuchElementException("No student " + studentId));
        if (viewer.role() != Role.TEACHER) {
            return lines(List.of(student), line -> true);
        }
        Map<String, Long> areaIds = new HashMap<>();
        framework.allAreas().forEach((AreaView a) -> areaIds.put(a.code(), a.id()));
        Map<Long, String> areaOf = new HashMap<>();
        framework.competencies().forEach(c -> areaOf.put(c.id(), c.areaCode()));
        Map<String, Boolean> teaches = new HashMap<>();
        return lines(List.of(student), line -> {
            String area = areaOf.computeIfAbsent(line.competencyId(),
                    id -> framework.competency(id).map(CompetencyView::areaCode).orElse("?"));
            return teaches.computeIfAbsent(String.valueOf(area), a -> area == null
                    ? access.maySee(viewer.username(), Role.TEACHER, studentId)
                    : areaIds.containsKey(area) && access.teachesInArea(viewer.username(), studentId, areaIds.get(area)));
        });
    }

    /** The lines as CSV: the import's columns first, then names for a person reading it. */
    CsvTable table(List<Line> lines) {
        ScaleView scale = framework.scale();
        Map<Long, String> assessors = keys.staffUsernames(lines.stream().map(l -> l.evidence().getAssessorId())
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        CsvTable table = CsvTable.withHeaders(COLUMNS);
        for (Line l : lines) {
            Evidence e = l.evidence();
            table.row(studentKey(l.student()), l.target().caseIdentifier(), l.score().getLevel(),
                    e.getAssessedOn().toString(), e.getKind().name(), e.getTitle(),
                    e.getAssessorId() == null ? null : assessors.get(e.getAssessorId()), e.getComment(),
                    l.student().lastName() + ", " + l.student().firstName(), l.target().code(),
                    scale.labelOf(l.score().getLevel()), e.getId());
        }
        return table;
    }

    /** Students by their student number, or their username when they have none: both read back by the import. */
    static String studentKey(StudentView student) {
        return student.studentNumber() != null && !student.studentNumber().isBlank() ? student.studentNumber()
                : student.username();
    }

    private List<Line> lines(List<StudentView> students, Predicate<Line> shown) {
        Map<Long, StudentView> byId = new HashMap<>();
        students.forEach(s -> byId.put(s.id(), s));
        Map<Long, Target> objectives = new HashMap<>();
        Map<Long, Target> competencies = new HashMap<>();
        for (Target t : targets.all()) {
            (t.isObjective() ? objectives : competencies).put(t.isObjective() ? t.objectiveId() : t.competencyId(), t);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Long> chunk : chunks(byId.keySet())) {
            for (Evidence e : evidence.findCurrentWithScores(chunk)) {
                for (EvidenceScore s : e.getScores()) {
                    Target target = s.getObjectiveId() != null ? objectives.get(s.getObjectiveId())
                            : competencies.get(s.getCompetencyId());
                    if (target == null) {
                        continue;
                    }
                    Line line = new Line(byId.get(e.getStudentId()), e, s, target, target.competencyId());
                    if (shown.test(line)) {
                        lines.add(line);
                    }
                }
            }
        }
        lines.sort(java.util.Comparator.comparing((Line l) -> l.student().lastName())
                .thenComparing(l -> l.student().firstName()).thenComparing(l -> l.student().id())
                .thenComparing(l -> l.evidence().getAssessedOn()).thenComparing(l -> l.evidence().getId())
                .thenComparing(l -> l.score().getId()));
        return lines;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new HashSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return chunks;
    }
}
