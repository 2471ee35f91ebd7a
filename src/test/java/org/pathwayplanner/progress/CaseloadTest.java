package org.pathwayplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.people.PeopleViews.StudentView;
import org.pathwayplanner.progress.StaffPagesController.StudentLine;
import org.springframework.beans.factory.annotation.Autowired;

/** The caseload as the database filters, sorts and counts it, checked against the demo counselor's whole list. */
@PlannerTest
class CaseloadTest {

    @Autowired
    StudentLists lists;
    @Autowired
    PeopleDirectory people;
    @Autowired
    StudentProgress progress;

    StudentLists.Scope mine() {
        return lists.caseloadOf("counselor1");
    }

    @Test
    void anAccountWithoutAStaffRecordHasNoCaseload() {
        assertThat(lists.count(lists.caseloadOf("student1"))).isZero();
        assertThat(lists.count(lists.caseloadOf("counselor1"))).isEqualTo(people.countCaseload("counselor1")).isPositive();
    }

    @Test
    void byDefaultTheStudentsFurthestBehindThePaceComeFirst() {
        List<StudentLine> shown = lists.all(mine(), new Caseload.Filter(null, null, null, null, true));

        assertThat(shown).hasSize(people.caseloadOf("counselor1").size());
        assertThat(shown).isSortedAccordingTo(Comparator.comparing((StudentLine l) -> behind(l)).reversed()
                .thenComparing(l -> l.student().lastName()).thenComparing(l -> l.student().firstName()));
        assertThat(behind(shown.get(0))).isGreaterThan(BigDecimal.ZERO);
    }

    @Test
    void filtersCombineStatusGradeAndSchool() {
        List<StudentView> all = people.caseloadOf("counselor1");
        Map<Long, ProgressSummary> summaries = summariesOf(all);
        StudentView someone = all.get(all.size() / 3);
        String status = summaries.get(someone.id()).auditStatus();

        List<StudentLine> shown = lists.all(mine(), new Caseload.Filter(status, someone.gradeLevel(), someone.schoolName(),
                "name", false));

        assertThat(shown).extracting(l -> l.student().id()).contains(someone.id())
                .containsExactlyInAnyOrderElementsOf(all.stream().filter(s -> s.gradeLevel() == someone.gradeLevel()
                        && s.schoolName().equals(someone.schoolName())
                        && status.equals(summaries.get(s.id()).auditStatus())).map(StudentView::id).toList());
        assertThat(lists.count(mine(), new Caseload.Filter(status, someone.gradeLevel(), someone.schoolName(), "name",
                false))).isEqualTo(shown.size());
    }

    @Test
    void unknownFilterValuesAreIgnoredRatherThanHidingEveryone() {
        Caseload.Filter odd = new Caseload.Filter("SOMETHING", null, " ", "password", false);

        assertThat(lists.count(mine(), odd)).isEqualTo(lists.count(mine())).isEqualTo(people.caseloadOf("counselor1").size());
        assertThat(odd.sort()).isEqualTo("behind");
    }

    @Test
    void aSearchWithLikeWildcardsFindsOnlyWhatWasTyped() {
        assertThat(lists.count(mine(), new Caseload.Filter(null, null, null, null, true, "%"))).isZero();
        assertThat(lists.count(mine(), new Caseload.Filter(null, null, null, null, true, "_"))).isZero();
    }

    @Test
    void sortsByTheColumnChosenEitherWay() {
        Comparator<StudentLine> byName = Comparator.comparing((StudentLine l) -> l.student().lastName())
                .thenComparing(l -> l.student().firstName());
        assertThat(lists.all(mine(), new Caseload.Filter(null, null, null, "name", false))).isSortedAccordingTo(byName);
        assertThat(lists.all(mine(), new Caseload.Filter(null, null, null, "name", true)))
                .isSortedAccordingTo(byName.reversed());
        assertThat(lists.all(mine(), new Caseload.Filter(null, null, null, "grade", true))).isSortedAccordingTo(
                Comparator.comparingInt((StudentLine l) -> l.student().gradeLevel()).reversed().thenComparing(byName));
        assertThat(lists.all(mine(), new Caseload.Filter(null, null, null, "status", false))).isSortedAccordingTo(
                Comparator.comparingInt((StudentLine l) -> l.summary() == null ? 4
                        : Caseload.STATUSES.indexOf(l.summary().auditStatus())).thenComparing(byName));
        assertThat(lists.all(mine(), new Caseload.Filter(null, null, null, "earned", true))).isSortedAccordingTo(
                Comparator.comparing((StudentLine l) -> l.summary().creditsEarned()).reversed().thenComparing(byName));
    }

    @Test
    void pagesFollowEachOtherWithoutOverlapInTheWholeOrder() {
        Caseload.Filter byStatus = new Caseload.Filter(null, null, null, "status", false);
        List<Long> whole = lists.all(mine(), byStatus).stream().map(l -> l.student().id()).toList();

        List<Long> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 10) {
            paged.addAll(lists.lines(mine(), byStatus, offset, 10).stream().map(l -> l.student().id()).toList());
        }

        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void theChartCountsTheWholeCaseloadWhateverTheFilter() {
        List<StudentView> all = people.caseloadOf("counselor1");
        Map<String, Long> expected = summariesOf(all).values().stream()
                .collect(Collectors.groupingBy(ProgressSummary::auditStatus, Collectors.counting()));

        Map<String, Long> counted = lists.byStatus(mine());

        assertThat(counted.keySet()).containsExactlyElementsOf(Caseload.STATUSES);
        Caseload.STATUSES.forEach(st -> assertThat(counted.get(st)).isEqualTo(expected.getOrDefault(st, 0L)));
        assertThat(lists.grades(mine())).isSorted()
                .containsExactlyElementsOf(all.stream().map(StudentView::gradeLevel).distinct().sorted().toList());
        assertThat(lists.schools(mine()))
                .containsExactlyElementsOf(all.stream().map(StudentView::schoolName).distinct().sorted().toList());
    }

    @Test
    void aHeaderLinkReversesTheSortedColumnAndStartsOthersInTheirNaturalDirection() {
        Caseload.Filter byName = new Caseload.Filter(null, null, null, "name", false);

        assertThat(byName.descendingIfSortedBy("name")).isTrue();
        assertThat(byName.descendingIfSortedBy("grade")).isFalse();
        assertThat(byName.descendingIfSortedBy("behind")).isTrue();
    }

    private Map<Long, ProgressSummary> summariesOf(List<StudentView> students) {
        return progress.summaries(students.stream().map(StudentView::id).toList()).stream()
                .collect(Collectors.toMap(ProgressSummary::studentId, s -> s));
    }

    private static BigDecimal behind(StudentLine l) {
        return l.summary() == null ? BigDecimal.ZERO : l.summary().creditsBehind();
    }
}
