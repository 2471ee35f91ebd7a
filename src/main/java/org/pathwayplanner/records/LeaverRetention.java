package org.pathwayplanner.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.people.StudentRecordsKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of students who left the district: archived (read-only, see
 * {@link PeopleDirectory#checkStillEnrolled}) from the day they left, and deleted once {@code pathway-planner.leavers
 * .keep-for} has passed — first as a dry run that counts what would go, per kind and per student, then for the
 * students the administrator confirms. Every feature deletes its own part ({@link StudentRecordsKeeper}), in one
 * transaction: all of it or nothing.
 */
@Service
class LeaverRetention {

    private static final Logger LOG = LoggerFactory.getLogger(LeaverRetention.class);

    /** A student who left, when, and from when their records may be deleted. */
    record Leaver(StudentView student, LocalDate leftOn, LocalDate deletableOn, boolean due) {
    }

    /** What deleting a student's records would delete, by kind (zero kinds left out). */
    record WouldGo(StudentView student, LocalDate leftOn, Map<String, Long> counts) {
    }

    private final PeopleDirectory people;
    private final List<StudentRecordsKeeper> keepers;
    private final LeaverSettings settings;
    private final Clock clock;

    LeaverRetention(PeopleDirectory people, List<StudentRecordsKeeper> keepers, LeaverSettings settings, Clock clock) {
        this.people = people;
        this.keepers = keepers.stream().sorted(Comparator.comparingInt(StudentRecordsKeeper::deletionOrder)).toList();
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Leaver> leavers() {
        Map<Long, LocalDate> leftOn = people.leavers();
        LocalDate today = LocalDate.now(clock);
        return people.students(List.copyOf(leftOn.keySet())).stream()
                .map(s -> {
                    LocalDate deletable = leftOn.get(s.id()).plus(settings.keepFor());
                    return new Leaver(s, leftOn.get(s.id()), deletable, !deletable.isAfter(today));
                })
                .sorted(Comparator.comparing(Leaver::leftOn).thenComparing(l -> l.student().id()))
                .toList();
    }

    /** The dry run: what would go for every student whose retention has ended. Nothing is changed. */
    @Transactional(readOnly = true)
    List<WouldGo> dryRun() {
        return leavers().stream().filter(Leaver::due).map(l -> new WouldGo(l.student(), l.leftOn(), countsOf(l.student())))
                .toList();
    }

    /**
     * Deletes the records of these students, all or none: a student still enrolled, or whose retention has not ended,
     * refuses the whole request before anything is deleted.
     *
     * @return what went, per student
     * @throws IllegalStateException (409) naming the first student who may not be deleted; nothing is deleted
     */
    @Transactional
    List<WouldGo> delete(List<Long> studentIds, String administrator) {
        Map<Long, Leaver> due = new LinkedHashMap<>();
        leavers().stream().filter(Leaver::due).forEach(l -> due.put(l.student().id(), l));
        for (Long id : studentIds) {
            if (!due.containsKey(id)) {
                throw new IllegalStateException(people.leftOn(id).isPresent()
                        ? "The records of student " + id + " are kept until their retention period ends: nothing was deleted."
                        : "Student " + id + " has not left the district: nothing was deleted.");
            }
        }
        List<WouldGo> gone = new ArrayList<>();
        for (Long id : studentIds.stream().distinct().toList()) {
            Leaver leaver = due.get(id);
            gone.add(new WouldGo(leaver.student(), leaver.leftOn(), countsOf(leaver.student())));
            keepers.forEach(k -> k.deleteRecordsOf(leaver.student()));
        }
        LOG.info("Retention: {} deleted the records of {} student(s) who left the district: {}", administrator,
                gone.size(), gone.stream().map(g -> g.student().studentNumber() + " " + g.counts()).toList());
        return gone;
    }

    private Map<String, Long> countsOf(StudentView student) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StudentRecordsKeeper keeper : keepers) {
            keeper.countsOf(student).forEach((kind, n) -> {
                if (n != null && n > 0) {
                    counts.merge(kind, n, Long::sum);
                }
            });
        }
        return counts;
    }
}
