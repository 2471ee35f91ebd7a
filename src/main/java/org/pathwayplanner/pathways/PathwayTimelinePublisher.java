package org.pathwayplanner.pathways;

import jakarta.persistence.PostPersist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes each step stored on a proposal's timeline as a {@link PathwayStepRecorded}: every change of a proposal
 * goes through its timeline, so listening here misses none, whichever service made it. (A JPA entity listener:
 * Spring Boot lets Hibernate take it from the application context.)
 */
@Component
class PathwayTimelinePublisher {

    private final ApplicationEventPublisher events;

    PathwayTimelinePublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostPersist
    void stored(PathwayEvent step) {
        PathwayProposal proposal = step.proposal();
        events.publishEvent(new PathwayStepRecorded(proposal.getId(), proposal.getStudentId(), proposal.getTitle(),
                step.getAction(), step.getStatusAfter() == null ? null : step.getStatusAfter().name(), step.getActor(),
                step.getOccurredAt()));
    }
}
