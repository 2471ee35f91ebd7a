package org.pathwayplanner.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathwayplanner.PlannerTest;
import org.pathwayplanner.people.PeopleDirectory;
import org.pathwayplanner.progress.Impact;
import org.pathwayplanner.progress.ProgressSummary;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.RuleBuildException;
import org.pathwayplanner.rules.RuleProblem;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.beans.factory.annotation.Autowired;

@PlannerTest
class RulePublisherTests {

    static final String DEFAULT_METHOD = "insert(new MasteryPolicy(\"MOST_RECENT\"";

    @Autowired
    RulePublisher publisher;
    @Autowired
    StudentEvaluator evaluator;
    @Autowired
    StudentProgress progress;
    @Autowired
    PeopleDirectory people;

    @Test
    void theShippedRulesAreVersionOneOnAFreshInstall() {
        RuleSetVersion first = publisher.version(1);

        assertThat(first.getAuthor()).isEqualTo("system");
        assertThat(first.getFiles()).containsKeys("mastery.drl", "policy.drl", "pathway-eligibility.drl");
    }

    @Test
    void aDraftWithASyntaxErrorIsRefusedWithItsLineAndTheOldRulesKeepWorking() {
        String inUse = evaluator.ruleSet().version();
        Map<String, String> draft = activeWith("mastery.drl", text -> text.replace(
                "rule \"An objective is mastered when its level reaches the mastery threshold\"",
                "rule \"An objective is mastered when its level reaches the mastery threshold\"\n    salience oops"));

        List<RuleProblem> problems = publisher.validate(draft);

        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("mastery.drl"))
                .anySatisfy(p -> assertThat(p.line()).isPositive());
        assertThatThrownBy(() -> publisher.publish("admin", draft, "broken on purpose"))
                .isInstanceOf(RuleBuildException.class).hasMessageContaining("mastery.drl:");
        assertThat(evaluator.ruleSet().version()).isEqualTo(inUse);
        assertThat(progress.evaluate(studentId("student1")).ruleSetVersion()).isEqualTo(inUse);
    }

    @Test
    void aRuleThatReachesForTheFileSystemIsRefused() {
        Map<String, String> draft = activeWith("flags.drl", text -> text.replace("import java.util.List;",
                "import java.util.List;\nimport java.io.File;"));

        assertThat(publisher.validate(draft)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("flags.drl");
            assertThat(p.message()).contains("may import only").contains("java.io.File");
        });
        Map<String, String> exits = activeWith("flags.drl", text -> text.replace("salience 0\nwhen",
                "salience 0\nwhen\n    eval(System.exit(1) == null)"));
        assertThat(publisher.validate(exits)).anySatisfy(p -> assertThat(p.message()).contains("may not use System"));
    }

    @Test
    void aPolicyChangeShowsInThePreviewThenInTheAuditsAndARollbackRestoresThemExactly() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        Map<Long, ProgressSummary> before = summaries();
        Map<String, String> stricter = activeWith("policy.drl",
                text -> text.replace(DEFAULT_METHOD, "insert(new MasteryPolicy(\"MEAN\""));

        Impact preview = publisher.preview("admin", stricter);

        assertThat(preview.studentsChanged()).isPositive();
        assertThat(preview.loseMastery()).isPositive();
        assertThat(summaries()).isEqualTo(before);   // a preview saves nothing

        RulePublisher.Publication published = publisher.publish("admin", stricter, "Mean of all scores, as the board voted");
        published.recomputed().get(2, TimeUnit.MINUTES);
        Map<Long, ProgressSummary> after = summaries();
        assertThat(after).isNotEqualTo(before);
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(published.versionNo());
        assertThat(publisher.activeVersion().getImpactSummary()).contains("students change");
        assertThat(publisher.auditLog().get(0).getAction()).isEqualTo("PUBLISH");
        assertThat(publisher.auditLog().get(0).getOutcome()).isEqualTo(publisher.activeVersion().getImpactSummary());

        publisher.rollback("admin", original, "The board reconsidered").recomputed().get(2, TimeUnit.MINUTES);

        assertThat(summaries()).isEqualTo(before);
        assertThat(publisher.activeVersion().getComment()).startsWith("Roll back to version " + original);
        assertThat(RuleDiff.between(publisher.version(original).getFiles(), publisher.activeVersion().getFiles(), "a", "b"))
                .allSatisfy(d -> assertThat(d.change()).isEqualTo("unchanged"));
    }

    @Test
    void evaluationsDuringAPublishAllSucceedEachOnOneVersion() throws Exception {
        String before = evaluator.ruleSet().version();
        Map<String, String> draft = activeWith("policy.drl", text -> text.replace("FlagPolicy(2, 2, 6, 0.8, 3, 0.5)",
                "FlagPolicy(2, 2, 6, 0.8, 4, 0.5)"));
        List<Long> students = people.roster().stream().map(r -> r.studentId()).limit(20).toList();
        AtomicBoolean running = new AtomicBoolean(true);
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> evaluations = new java.util.ArrayList<>();
        for (int t = 0; t < 3; t++) {
            evaluations.add(pool.submit(() -> {
                int count = 0;
                while (running.get() || count < 5) {
                    versionsSeen.add(progress.evaluate(students.get(count % students.size())).ruleSetVersion());
                    count++;
                }
                return count;
            }));
        }

        RulePublisher.Publication published = publisher.publish("admin", draft, "Suggest four next competencies");
        published.recomputed().get(2, TimeUnit.MINUTES);
        running.set(false);
        for (Future<Integer> evaluation : evaluations) {
            assertThat(evaluation.get(1, TimeUnit.MINUTES)).isPositive();   // no evaluation failed
        }
        pool.shutdown();

        assertThat(versionsSeen).isSubsetOf(before, evaluator.ruleSet().version());
        publisher.rollback("admin", published.versionNo() - 1, "Back to three").recomputed().get(2, TimeUnit.MINUTES);
    }

    @Test
    void aPublishNeedsAReason() {
        assertThatThrownBy(() -> publisher.publish("admin", publisher.activeVersion().getFiles(), " "))
                .hasMessageContaining("Say why the rules change");
    }

    private Map<String, String> activeWith(String file, Function<String, String> change) {
        Map<String, String> files = new HashMap<>(publisher.activeVersion().getFiles());
        String changed = change.apply(files.get(file));
        assertThat(changed).as("the test's edit applies").isNotEqualTo(files.get(file));
        files.put(file, changed);
        return files;
    }

    private Map<Long, ProgressSummary> summaries() {
        return progress.summaries(people.roster().stream().map(r -> r.studentId()).toList()).stream()
                .collect(Collectors.toMap(ProgressSummary::studentId,
                        s -> new ProgressSummary(s.studentId(), s.auditStatus(), s.creditsEarned(), s.creditsRequired(),
                                s.masteredCompetencies(), s.interventions(), s.readyToAccelerate(), null, s.creditsExpected())));
    }

    private long studentId(String username) {
        return people.studentOfAccount(username).orElseThrow().id();
    }
}
