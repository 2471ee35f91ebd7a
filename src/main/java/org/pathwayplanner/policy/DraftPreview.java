package org.pathwayplanner.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pathwayplanner.progress.DistrictEvaluation;
import org.pathwayplanner.progress.Impact;
import org.pathwayplanner.rules.Conclusions;

/**
 * What a preview of a draft found over every student, against the version in use: the impact, the students the
 * draft fails to evaluate (with the error), and the students who would lose a credit or a met status. Publishing
 * the draft is allowed only when no student failed; revocations need a confirmation naming how many students.
 */
public record DraftPreview(String draftHash, int activeVersionNo, int students, Impact impact,
        List<StudentFailure> failures, List<Revocation> revocations) {

    /** A student the draft cannot evaluate, and why. */
    public record StudentFailure(long studentId, String name, String error) {
    }

    /** A student who would lose credits already earned, or the status "met", under the draft. */
    public record Revocation(long studentId, String name, BigDecimal creditsBefore, BigDecimal creditsAfter,
            String statusBefore, String statusAfter) {

        public boolean losesCredits() {
            return creditsBefore != null && creditsAfter.compareTo(creditsBefore) < 0;
        }

        public boolean losesMet() {
            return Conclusions.AuditStatus.MET.equals(statusBefore) && !Conclusions.AuditStatus.MET.equals(statusAfter);
        }
    }

    /** Names the students of {@code run} through {@code names} (student id → full name). */
    static DraftPreview of(String draftHash, int activeVersionNo, DistrictEvaluation.Preview run,
            Function<List<Long>, Map<Long, String>> names) {
        List<Impact.StudentChange> revoking = run.result().impact().students().stream()
                .filter(DraftPreview::revokes).toList();
        List<Long> ids = new ArrayList<>(run.failures().stream().map(DistrictEvaluation.StudentFailure::studentId).toList());
        revoking.forEach(change -> ids.add(change.studentId()));
        Map<Long, String> named = names.apply(ids);
        return new DraftPreview(draftHash, activeVersionNo, run.result().students(), run.result().impact(),
                run.failures().stream().map(f -> new StudentFailure(f.studentId(),
                        named.getOrDefault(f.studentId(), "#" + f.studentId()), f.error())).toList(),
                revoking.stream().map(c -> new Revocation(c.studentId(), named.getOrDefault(c.studentId(),
                        "#" + c.studentId()), c.creditsBefore(), c.creditsAfter(), c.statusBefore(), c.statusAfter()))
                        .toList());
    }

    /** Credits fewer than before, or "met" no longer: what a student already had is taken back. */
    static boolean revokes(Impact.StudentChange change) {
        boolean losesCredits = change.creditsBefore() != null && change.creditsDelta().signum() < 0;
        boolean losesMet = Conclusions.AuditStatus.MET.equals(change.statusBefore())
                && !Conclusions.AuditStatus.MET.equals(change.statusAfter());
        return losesCredits || losesMet;
    }

    /** Publishing is allowed when every student was evaluated. */
    public boolean passed() {
        return failures.isEmpty();
    }

    public int revokedStudents() {
        return revocations.size();
    }
}
