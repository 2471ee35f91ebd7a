package org.pathwayplanner.progress;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Test hygiene for the one shared context: a test that publishes rules and rolls back leaves, under the district's
 * AwardPolicy KEEP, the credits its test version awarded kept on students (as it should in a district). After such a
 * test class the stored results are computed afresh on the rules in use, holding nothing, so the next class finds the
 * demo district as the rules make it.
 */
public class AwardsKeptByTestRules implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        ProgressStore store = spring.getBean(ProgressStore.class);
        String inUse = spring.getBean(StudentEvaluator.class).ruleSet().version();
        boolean kept = store.allAwards().values().stream().flatMap(java.util.List::stream)
                .anyMatch(award -> award.madeUnderOtherRulesThan(inUse));
        if (kept) {
            spring.getBean(JdbcTemplate.class).update("delete from student_progress");
            spring.getBean(DistrictEvaluation.class).evaluateAllWithoutImpact(done -> { });
        }
    }
}
