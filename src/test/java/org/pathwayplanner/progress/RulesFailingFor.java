package org.pathwayplanner.progress;

import java.util.HashMap;
import java.util.Map;
import org.pathwayplanner.rules.RuleBook;
import org.pathwayplanner.rules.RuleSet;
import org.pathwayplanner.rules.StudentEvaluator;

/**
 * A test seam: puts in use the rules in use plus one rule that throws for one student only, and recomputes the
 * district on them as a publish would (without the publish, so no version or gate is involved); closing puts the
 * original rules back and recomputes again, as a publish of good rules would.
 */
public final class RulesFailingFor implements AutoCloseable {

    public static final String REASON = "a rule that fails on purpose for one student";

    private final StudentEvaluator evaluator;
    private final DistrictEvaluation district;
    private final RuleSet original;
    private final DistrictEvaluation.Result recomputed;

    private RulesFailingFor(long studentId, StudentEvaluator evaluator, DistrictEvaluation district) {
        this.evaluator = evaluator;
        this.district = district;
        Map<String, String> files = new HashMap<>(evaluator.ruleSet().sources());
        files.put("fails-on-purpose.drl", """
                package org.pathwayplanner.rules.testing;

                import org.pathwayplanner.rules.Facts.StudentFact;

                rule "Fails on purpose for one student"
                when
                    StudentFact(studentId == %d)
                then
                    throw new IllegalStateException("%s");
                end
                """.formatted(studentId, REASON));
        this.original = evaluator.swap(RuleBook.compile(files, "fails-for-" + studentId));
        this.recomputed = district.evaluateAll(done -> { });
    }

    public static RulesFailingFor student(long studentId, StudentEvaluator evaluator, DistrictEvaluation district) {
        return new RulesFailingFor(studentId, evaluator, district);
    }

    /** The recomputation on the failing rules. */
    public DistrictEvaluation.Result recomputed() {
        return recomputed;
    }

    /** Puts the good rules back and recomputes the district on them. */
    public DistrictEvaluation.Result fixed() {
        evaluator.swap(original).release();
        return district.evaluateAll(done -> { });
    }

    @Override
    public void close() {
        if (evaluator.ruleSet() != original) {
            fixed();
        }
    }
}
