package org.pathwayplanner.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.ObjectiveView;
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
    private final Clock clock;

    EvidenceRecorder(EvidenceRepository evidence, FrameworkCatalog framework, PeopleDirectory people,
            ApplicationEventPublisher events, Clock clock) {
        this.evidence = evidence;
        this.framework = framework;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    public long record(NewEvidence draft) {
        return save(draft, null);
    }

    /** Records {@code correction} in place of {@code originalId}; the original stays in the history. */
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
        if (draft.assessedOn().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("The assessment date " + draft.assessedOn() + " is in the future");
        }
        ScaleView scale = framework.scale();
        for (Score score : draft.scores()) {
            if (score.level() < scale.minLevel() || score.level() > scale.maxLevel()) {
                throw new IllegalArgumentException("Level " + score.level() + " is not on the proficiency scale ("
                        + scale.minLevel() + "-" + scale.maxLevel() + ")");
            }
            boolean known = score.objectiveId() != null
                    ? framework.objective(score.objectiveId()).isPresent()
                    : framework.competency(score.competencyId()).isPresent();
            if (!known) {
                throw new IllegalArgumentException("No " + (score.objectiveId() != null ? "learning objective " + score.objectiveId()
                        : "competency " + score.competencyId()));
            }
        }
        if (isNew) {
            refuseRetiredTargets(draft);
        }
        if (!people.isStudent(draft.studentId())) {
            throw new IllegalArgumentException("No student with id " + draft.studentId());
        }
    }

    /** New evidence only: a correction may still mend history recorded against what has since been retired. */
    private void refuseRetiredTargets(NewEvidence draft) {
        Set<Long> objectivesInUse = framework.objectives().stream().map(ObjectiveView::id).collect(Collectors.toSet());
        Set<Long> competenciesInUse = framework.competencyIdsInUse();
        for (Score score : draft.scores()) {
            if (score.objectiveId() != null && !objectivesInUse.contains(score.objectiveId())) {
                throw new IllegalArgumentException("Learning objective " + score.objectiveId()
                        + " is retired: new evidence is no longer recorded against it");
            }
            if (score.objectiveId() == null && !competenciesInUse.contains(score.competencyId())) {
                throw new IllegalArgumentException("Competency " + score.competencyId()
                        + " is retired: new evidence is no longer recorded against it");
            }
        }
    }
}
