package org.pathwayplanner.evidence;

import java.time.Clock;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkCatalog.Standing;
import org.pathwayplanner.framework.FrameworkViews.ScaleView;
import org.pathwayplanner.people.PeopleDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records evidence and corrections. Nothing recorded is ever updated or deleted. */
@Service
@Transactional
public class EvidenceRecorder {

    private final EvidenceRepository evidence;
    private final FrameworkCatalog framework;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final AssessmentDates dates;
    private final Clock clock;

    EvidenceRecorder(EvidenceRepository evidence, FrameworkCatalog framework, PeopleDirectory people,
            ApplicationEventPublisher events, AssessmentDates dates, Clock clock) {
        this.evidence = evidence;
        this.framework = framework;
        this.people = people;
        this.events = events;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * Records new evidence. Who may record it is the caller's to check ({@link EvidencePolicy} on the class grid).
     *
     * @throws EvidenceRefused when its date or a level is not acceptable; nothing is saved
     */
    public long record(NewEvidence draft) {
        return save(draft, null);
    }

    /**
     * Records several pieces of evidence (a class grid, one per student) in one transaction: all of them or, when
     * one is refused, none. The students' results are recomputed before it commits.
     *
     * @throws EvidenceRefused when a date or a level is not acceptable; nothing is saved
     */
    public java.util.List<Long> recordAll(java.util.List<NewEvidence> drafts) {
        return drafts.stream().map(draft -> save(draft, null)).toList();
    }

    /**
     * Records {@code correction} in place of {@code originalId}; the original stays in the history. Who may correct
     * it is the caller's to check ({@link EvidencePolicy#mayCorrect}).
     *
     * @throws EvidenceRefused when its date or a level is not acceptable; nothing is saved
     */
    public long correct(long originalId, NewEvidence correction) {
        checkCorrectable(originalId, correction);
        return save(correction, originalId);
    }

    /**
     * Records evidence brought in by a gradebook import: as {@link #record}, naming the import and the key of the file
     * rows it came from.
     *
     * @throws EvidenceRefused when its date or a level is not acceptable; nothing is saved
     */
    public long recordImported(NewEvidence draft, long importId, String sourceKey) {
        validate(draft, true);
        return saved(new Evidence(draft, null, clock.instant(), importId, sourceKey));
    }

    /**
     * Records {@code correction}, brought in by a gradebook import, in place of {@code originalId}: the gradebook
     * scored the same work differently since the last import.
     */
    public long correctImported(long originalId, NewEvidence correction, long importId, String sourceKey) {
        checkCorrectable(originalId, correction);
        validate(correction, false);
        return saved(new Evidence(correction, originalId, clock.instant(), importId, sourceKey));
    }

    /**
     * Withdraws {@code evidenceId} (an undone import): a record without scores supersedes it, so it stays in the
     * history and no longer counts. Nothing is deleted.
     */
    public long withdraw(long evidenceId, String reason) {
        Evidence withdrawn = newest(evidenceId);
        return saved(Evidence.withdrawalOf(withdrawn, reason, clock.instant()));
    }

    /**
     * Brings back the version {@code evidenceId} superseded (an undone import that had corrected it) as a new record
     * superseding {@code evidenceId}, with the reason as its comment.
     */
    public long restorePrevious(long evidenceId, String reason) {
        Evidence current = newest(evidenceId);
        Evidence previous = evidence.findWithScores(current.getSupersedesId())
                .orElseThrow(() -> new IllegalStateException("Evidence " + evidenceId + " corrected nothing"));
        NewEvidence again = new NewEvidence(previous.getStudentId(), previous.getKind(), previous.getTitle(),
                previous.getAssessedOn(), previous.getAssessorId(), reason, previous.getLink(),
                previous.getScores().stream().map(s -> new Score(s.getObjectiveId(), s.getCompetencyId(), s.getLevel()))
                        .toList());
        return saved(new Evidence(again, evidenceId, clock.instant(), previous.getImportId(), current.getSourceKey()));
    }

    /** Why evidence may not carry this date, if it may not: the rule recording applies, for imports to check first. */
    @Transactional(readOnly = true)
    public java.util.Optional<EvidenceRefused> dateRefusal(java.time.LocalDate assessedOn) {
        return dates.refusalOf(assessedOn);
    }

    private Evidence newest(long evidenceId) {
        Evidence found = evidence.findWithScores(evidenceId)
                .orElseThrow(() -> new IllegalArgumentException("No evidence with id " + evidenceId));
        if (evidence.existsBySupersedesId(evidenceId)) {
            throw new IllegalStateException("Evidence " + evidenceId + " was already corrected or withdrawn");
        }
        return found;
    }

    private void checkCorrectable(long originalId, NewEvidence correction) {
        Evidence original = evidence.findById(originalId)
                .orElseThrow(() -> new IllegalArgumentException("No evidence with id " + originalId));
        if (original.getStudentId() != correction.studentId()) {
            throw new IllegalArgumentException("A correction must be for the same student as the evidence it corrects");
        }
        if (evidence.existsBySupersedesId(originalId)) {
            throw new IllegalStateException("Evidence " + originalId + " was already corrected; correct the newest version");
        }
    }

    private long save(NewEvidence draft, Long supersedes) {
        validate(draft, supersedes == null);
        // A correction describes the same work: it keeps the import row key, so a later import finds it.
        String sourceKey = supersedes == null ? null
                : evidence.findById(supersedes).map(Evidence::getSourceKey).orElse(null);
        return saved(new Evidence(draft, supersedes, clock.instant(), null, sourceKey));
    }

    private long saved(Evidence record) {
        Evidence saved = evidence.save(record);
        events.publishEvent(new EvidenceRecorded(saved.getStudentId(), saved.getId()));
        return saved.getId();
    }

    private void validate(NewEvidence draft, boolean isNew) {
        people.checkStillEnrolled(draft.studentId());
        dates.check(draft.assessedOn());
        ScaleView scale = framework.scale();
        for (Score score : draft.scores()) {
            if (score.level() < scale.minLevel() || score.level() > scale.maxLevel()) {
                throw new EvidenceRefused("level-" + score.key(), "evidence.error.levelOffScale",
                        "Level " + score.level() + " is not on the proficiency scale (" + scale.minLevel() + "-"
                                + scale.maxLevel() + ")", score.level(), scale.minLevel(), scale.maxLevel());
            }
            Standing standing = score.objectiveId() != null ? framework.objectiveStanding(score.objectiveId())
                    : framework.competencyStanding(score.competencyId());
            String target = score.objectiveId() != null ? "learning objective " + score.objectiveId()
                    : "competency " + score.competencyId();
            if (standing == Standing.UNKNOWN) {
                throw new IllegalArgumentException("No " + target);
            }
            // A correction may still mend history recorded against what has since been retired.
            if (isNew && standing == Standing.RETIRED) {
                throw new IllegalArgumentException(Character.toUpperCase(target.charAt(0)) + target.substring(1)
                        + " is retired: new evidence is no longer recorded against it");
            }
        }
        if (!people.isStudent(draft.studentId())) {
            throw new IllegalArgumentException("No student with id " + draft.studentId());
        }
    }
}
