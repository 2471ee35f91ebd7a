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
        Evidence original = evidence.findById(originalId)
                .orElseThrow(() -> new IllegalArgumentException("No evidence with id " + originalId));
        if (original.getStudentId() != correction.studentId()) {
            throw new IllegalArgumentException("A correction must be for the same student as the evidence it corrects");
        }
        if (evidence.existsBySupersedesId(originalId)) {
            throw new IllegalStateException("Evidence " + originalId + " was already corrected; correct the newest version");
        }
        return save(correction, originalId);
    }

    private long save(NewEvidence draft, Long supersedes) {
        validate(draft, supersedes == null);
        Evidence saved = evidence.save(new Evidence(draft, supersedes, clock.instant()));
        events.publishEvent(new EvidenceRecorded(draft.studentId(), saved.getId()));
        return saved.getId();
    }

    private void validate(NewEvidence draft, boolean isNew) {
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
