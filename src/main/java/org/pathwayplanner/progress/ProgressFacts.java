package org.pathwayplanner.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.pathwayplanner.credits.CreditCatalog;
import org.pathwayplanner.evidence.EvidenceHistory;
import org.pathwayplanner.evidence.EvidenceHistory.ScoreRow;
import org.pathwayplanner.framework.FrameworkCatalog;
import org.pathwayplanner.framework.FrameworkViews.Snapshot;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.rules.Facts.BundleFact;
import org.pathwayplanner.rules.Facts.CompetencyFact;
import org.pathwayplanner.rules.Facts.CreditAreaFact;
import org.pathwayplanner.rules.Facts.ObjectiveFact;
import org.pathwayplanner.rules.Facts.PathwayCreditFact;
import org.pathwayplanner.rules.Facts.PrerequisiteFact;
import org.pathwayplanner.rules.Facts.ScaleFact;
import org.pathwayplanner.rules.Facts.ScoreFact;
import org.pathwayplanner.rules.Facts.StudentFact;
import org.pathwayplanner.rules.FrameworkFacts;
import org.pathwayplanner.rules.StudentInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns the district's records into the facts the rules read. The framework part is built once and
 * kept until the framework changes; a student's part is read per evaluation.
 */
@Component
class ProgressFacts {

    private final FrameworkCatalog framework;
    private final CreditCatalog credits;
    private final PeopleDirectory people;
    private final EvidenceHistory evidence;
    private final ObjectProvider<CompletedPathways> pathways;
    private final SchoolCalendar calendar;
    private final ProgressStore store;
    private final Clock clock;
    private final AtomicReference<FrameworkFacts> frameworkFacts = new AtomicReference<>();
    private final Map<Integer, List<CreditAreaFact>> requirementsByClass = new ConcurrentHashMap<>();

    ProgressFacts(FrameworkCatalog framework, CreditCatalog credits, PeopleDirectory people, EvidenceHistory evidence,
            ObjectProvider<CompletedPathways> pathways, SchoolCalendar calendar, Clock clock, ProgressStore store) {
        this.store = store;
        this.framework = framework;
        this.credits = credits;
        this.people = people;
        this.evidence = evidence;
        this.pathways = pathways;
        this.calendar = calendar;
        this.clock = clock;
    }

    FrameworkFacts framework() {
        FrameworkFacts facts = frameworkFacts.get();
        if (facts == null) {
            facts = build(framework.snapshot());
            frameworkFacts.set(facts);
        }
        return facts;
    }

    /** Forget the cached framework and requirements; the next evaluation reads them again. */
    void forgetFramework() {
        frameworkFacts.set(null);
        requirementsByClass.clear();
    }

    StudentInput student(StudentView student) {
        List<ScoreFact> scores = evidence.scoresOf(student.id()).stream().map(ProgressFacts::score).toList();
        return input(student.id(), student.gradeLevel(), student.graduationYear(), scores, completedPathwaysOf(student.id()))
                .holding(store.awardsOf(student.id()));
    }

    StudentInput student(org.pathwayplanner.people.PeopleViews.RosterEntry student) {
        List<ScoreFact> scores = evidence.scoresOf(student.studentId()).stream().map(ProgressFacts::score).toList();
        return input(student.studentId(), student.gradeLevel(), student.graduationYear(), scores,
                completedPathwaysOf(student.studentId())).holding(store.awardsOf(student.studentId()));
    }

    StudentInput input(long studentId, int grade, int graduationYear, List<ScoreFact> scores,
            List<PathwayCreditFact> completed) {
        LocalDate today = LocalDate.now(clock);
        return new StudentInput(new StudentFact(studentId, grade, graduationYear, today, calendar.elapsed(today),
                calendar.firstDayOf(today), calendar.lastDayOf(today)),
                scores, completed, requirementsFor(graduationYear));
    }

    /** The codes of every credit area the district has. */
    java.util.Set<String> creditAreaCodes() {
        return credits.areas().stream().map(a -> a.code()).collect(java.util.stream.Collectors.toSet());
    }

    Map<Long, List<PathwayCreditFact>> allCompletedPathways() {
        CompletedPathways source = pathways.getIfAvailable();
        return source == null ? new HashMap<>() : source.all();
    }

    static ScoreFact score(ScoreRow row) {
        return new ScoreFact(row.evidenceId(), row.scoreId(), row.objectiveId(), row.competencyId(), row.level(),
                row.assessedOn(), row.superseded());
    }

    private List<PathwayCreditFact> completedPathwaysOf(long studentId) {
        CompletedPathways source = pathways.getIfAvailable();
        return source == null ? List.of() : source.of(studentId);
    }

    private List<CreditAreaFact> requirementsFor(int classYear) {
        return requirementsByClass.computeIfAbsent(classYear, year -> credits.requirementsForClassOf(year).stream()
                .map(r -> new CreditAreaFact(r.areaCode(), r.areaName(), r.credits().stripTrailingZeros(),
                        r.localOption())).toList());
    }

    private FrameworkFacts build(Snapshot snapshot) {
        Map<Integer, String> labels = new HashMap<>();
        snapshot.scale().levels().forEach(l -> labels.put(l.value(), l.label()));
        return new FrameworkFacts(
                new ScaleFact(snapshot.scale().minLevel(), snapshot.scale().maxLevel(),
                        snapshot.scale().masteryThreshold(), labels),
                snapshot.competencies().stream().map(c -> new CompetencyFact(c.id(), c.code(), c.title(), c.areaCode(),
                        c.expectedGrade(), c.calculationMethod(), c.rollUp(), c.pointsThreshold())).toList(),
                snapshot.objectives().stream().map(o -> new ObjectiveFact(o.id(), o.competencyId(), o.code(), o.title(),
                        o.points(), o.required())).toList(),
                snapshot.prerequisites().stream().map(p -> new PrerequisiteFact(p.competencyId(), p.prerequisiteId()))
                        .toList(),
                credits.bundles().stream().map(b -> new BundleFact(b.id(), b.code(), b.name(), b.areaCode(),
                        b.credits().stripTrailingZeros(),
                        b.partialAllowed(), b.shareable(), b.competencyIds())).toList(),
                credits.includedAreas().stream()
                        .map(a -> new org.pathwayplanner.rules.Facts.AreaPartOf(a.code(), a.partOfCode())).toList());
    }
}
