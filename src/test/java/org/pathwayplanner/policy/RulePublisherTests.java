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
import org.pathwayplanner.progress.DistrictEvaluation;
import org.pathwayplanner.progress.Impact;
import org.pathwayplanner.rules.Evaluation;
import org.pathwayplanner.progress.ProgressSummary;
import org.pathwayplanner.progress.StudentProgress;
import org.pathwayplanner.rules.RuleBuildException;
import org.pathwayplanner.rules.RuleProblem;
import org.pathwayplanner.rules.StudentEvaluator;
import org.springframework.beans.factory.annotation.Autowired;

@PlannerTest
class RulePublisherTests {

    static final String DEFAULT_METHOD = "\"districtMethod\" : \"MOST_RECENT\"";

    @Autowired
    RulePublisher publisher;
    @Autowired
    StudentEvaluator evaluator;
    @Autowired
    StudentProgress progress;
    @Autowired
    PeopleDirectory people;
    @Autowired
    DistrictEvaluation district;
    @Autowired
    RuleSetVersionRepository versions;
    @Autowired
    RulePreviewRepository previews;

    @Test
    void theShippedRulesAreVersionOneOnAFreshInstall() {
        RuleSetVersion first = publisher.version(1);

        assertThat(first.getAuthor()).isEqualTo("system");
        assertThat(first.getFiles()).containsKeys("mastery.drl", "policy.json", "pathway-eligibility.drl");
    }

    @Test
    void aDraftWithASyntaxErrorIsRefusedWithItsLineAndTheOldRulesKeepWorking() {
        String inUse = evaluator.ruleSet().version();
        Map<String, String> draft = activeWith("mastery.drl", text -> text.replace(
                "    $l : LevelResult(objectiveId != null, method != \"N_TIMES\", $level : level)",
                "    $l : LevelResult(objectiveId != null, method != \"N_TIMES\", $level : level)\n"
                        + "    ScaleFact(masteryThreshold >>= $level)"));
        int oopsLine = lineOf(draft.get("mastery.drl"), ">>=");

        List<RuleProblem> problems = publisher.validate(draft);

        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("mastery.drl"))
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(oopsLine));
        assertThatThrownBy(() -> publisher.publish("admin", draft, "broken on purpose"))
                .isInstanceOf(RuleBuildException.class).hasMessageContaining("mastery.drl:" + oopsLine);
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
        Map<String, String> qualified = activeWith("flags.drl", text -> text.replace("salience 0\nwhen",
                "salience 0\nwhen\n    eval(new org.springframework.core.io.FileSystemResource(\"/etc/passwd\").exists())"));
        assertThat(publisher.validate(qualified)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("flags.drl");
            assertThat(p.line()).isEqualTo(lineOf(qualified.get("flags.drl"), "FileSystemResource"));
            assertThat(p.message()).contains("may not name org.springframework.core.io.FileSystemResource");
        });
    }

    @Test
    void theRecomputationAfterAPublishIsTheImpactThePreviewPredictedAndARollbackRestoresEveryResultExactly()
            throws Exception {
        district.evaluateAll(done -> { });   // stored results are those of the rules in use
        int original = publisher.activeVersion().getVersionNo();
        Map<Long, Evaluation> before = storedEvaluations();
        Map<String, String> stricter = activeWith("policy.json",
                text -> text.replace(DEFAULT_METHOD, "\"districtMethod\" : \"MEAN\""));

        DraftPreview preview = publisher.preview("admin", stricter);
        Impact predicted = preview.impact();
        RulePublisher.Publication published = publisher.publish("admin", stricter, "Mean of all scores",
                preview.revokedStudents());
        Impact actual = published.recomputed().get(2, TimeUnit.MINUTES).impact();
        Map<Long, Evaluation> after = storedEvaluations();

        assertThat(actual).isEqualTo(predicted);
        assertThat(predicted.students()).isNotEmpty();
        assertThat(predicted.competencies()).isNotEmpty().allSatisfy(c -> assertThat(c.title()).doesNotStartWith("#"));
        Map<Long, Impact.StudentChange> changes = predicted.students().stream()
                .collect(Collectors.toMap(Impact.StudentChange::studentId, c -> c));
        for (Long student : after.keySet()) {
            Evaluation was = before.get(student);
            Evaluation is = after.get(student);
            Impact.StudentChange change = changes.get(student);
            List<Long> expectedMastered = new java.util.ArrayList<>(was.masteredCompetencyIds());
            if (change != null) {
                expectedMastered.removeAll(change.masteryLost());
                expectedMastered.addAll(change.masteryGained());
                assertThat(is.totalEarned()).isEqualByComparingTo(change.creditsAfter());
                assertThat(is.status() == null ? null : is.status().status()).isEqualTo(change.statusAfter());
            } else {
                assertThat(is.totalEarned()).isEqualByComparingTo(was.totalEarned());
                assertThat(is.status().status()).isEqualTo(was.status().status());
                assertThat(is.flags()).extracting(f -> f.type()).containsExactlyInAnyOrderElementsOf(
                        was.flags().stream().map(f -> f.type()).toList());
            }
            assertThat(is.masteredCompetencyIds()).as("student %d", student)
                    .containsExactlyInAnyOrderElementsOf(expectedMastered);
        }
        assertThat(publisher.recomputation().state()).isEqualTo(RulePublisher.Recomputation.DONE);
        assertThat(publisher.recomputation().done()).isEqualTo(publisher.recomputation().total()).isPositive();
        assertThat(publisher.auditLog().get(0).getFilesChanged()).isEqualTo("policy.json changed");

        publisher.rollback("admin", original, "Back to the most recent score").recomputed().get(2, TimeUnit.MINUTES);

        assertThat(storedEvaluations()).isEqualTo(before);
    }

    @Test
    void aRecomputationGoesOnPastStudentsTheRulesCannotEvaluateAndCountsThemInItsOutcome() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        Map<String, String> failing = activeWith("mastery.drl", text -> text + """

                rule "Fails on purpose"
                when
                    StudentFact()
                then
                    throw new IllegalStateException("a rule that fails on purpose");
                end
                """.replace("StudentFact()", "org.pathwayplanner.rules.Facts.StudentFact()"));
        previewedCleanBeforeTheDataChanged(failing);

        RulePublisher.Publication published = publisher.publish("admin", failing, "Breaks every evaluation");

        DistrictEvaluation.Result result = published.recomputed().get(2, TimeUnit.MINUTES);
        assertThat(result.failed()).isEqualTo(people.roster().size());
        RuleAuditEntry entry = publisher.auditLog().stream().filter(a -> a.getVersionNo() != null
                && a.getVersionNo() == published.versionNo()).findFirst().orElseThrow();
        assertThat(entry.getOutcome()).contains(people.roster().size() + " students could not be evaluated")
                .contains("a rule that fails on purpose");
        assertThat(publisher.recomputation().state()).isEqualTo(RulePublisher.Recomputation.DONE);
        assertThat(publisher.recomputation().message()).contains("a rule that fails on purpose");
        assertThat(progress.staleReason(studentId("student1"))).hasValueSatisfying(
                reason -> assertThat(reason).contains("a rule that fails on purpose"));

        publisher.rollback("admin", original, "Undo the failing rule").recomputed().get(2, TimeUnit.MINUTES);
        assertThat(publisher.recomputation().state()).isEqualTo(RulePublisher.Recomputation.DONE);
        assertThat(progress.staleReason(studentId("student1"))).isEmpty();

        RuleSetVersion failed = publisher.version(published.versionNo());
        assertThat(publisher.rollbackRefusal(failed)).as("a version that could not evaluate students is no rollback target")
                .hasValueSatisfying(r -> assertThat(r.getMessageKey()).isEqualTo("rules.rollback.studentsFailed"));
        int inUse = publisher.activeVersion().getVersionNo();
        assertThatThrownBy(() -> publisher.rollback("admin", failed.getVersionNo(), "try it"))
                .isInstanceOf(PublishRefused.class);
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
    }

    @Test
    void aPreviewDoesNotPassForTheRecomputation() throws Exception {
        Map<String, String> stricter = activeWith("policy.json",
                text -> text.replace(DEFAULT_METHOD, "\"districtMethod\" : \"HIGHEST\""));
        int[] before = district.progress();
        RulePublisher.Recomputation shown = publisher.recomputation();

        publisher.preview("admin", stricter);

        assertThat(district.progress()).containsExactly(before);
        assertThat(publisher.recomputation()).isEqualTo(shown);
    }

    @Test
    void aRollbackToAVersionThatNoLongerCompilesIsRefusedAndChangesNothing() {
        int inUse = publisher.activeVersion().getVersionNo();
        Map<String, String> broken = new HashMap<>(publisher.activeVersion().getFiles());
        broken.put("mastery.drl", broken.get("mastery.drl").replace("MasteryPolicy(", "RetiredPolicy("));
        RuleSetVersion stale = versions.save(new RuleSetVersion(versions.lastVersionNo() + 1, broken, "sha256:stale",
                "admin", "A version from before a fact was renamed", inUse, java.time.Instant.now()));

        assertThatThrownBy(() -> publisher.rollback("admin", stale.getVersionNo(), "try it"))
                .isInstanceOf(RuleBuildException.class).hasMessageContaining("mastery.drl");
        assertThat(publisher.activeVersion().getVersionNo()).isEqualTo(inUse);
        assertThat(publisher.rollbackRefusal(stale)).as("no longer offered")
                .hasValueSatisfying(r -> assertThat(r.getMessageKey()).isEqualTo("rules.rollback.doesNotCompile"));
    }

    @Test
    void storedVersionsThatNoLongerCompileAreFoundWithoutAnAttemptAndNotOffered() {
        Map<String, String> broken = new HashMap<>(publisher.activeVersion().getFiles());
        broken.put("flags.drl", broken.get("flags.drl").replace("FlagPolicy(", "FormerFlagPolicy("));
        RuleSetVersion stale = versions.save(new RuleSetVersion(versions.lastVersionNo() + 1, broken, "sha256:older",
                "admin", "A version of an older release", publisher.activeVersion().getVersionNo(),
                java.time.Instant.now()));
        assertThat(publisher.rollbackRefusal(stale)).isEmpty();

        publisher.checkRollbackTargets();

        assertThat(publisher.rollbackRefusal(stale)).hasValueSatisfying(r -> {
            assertThat(r.getMessageKey()).isEqualTo("rules.rollback.doesNotCompile");
            assertThat(r.getArguments()[1].toString()).contains("flags.drl");
        });
        assertThat(publisher.rollbackRefusal(publisher.version(1)).map(PublishRefused::getMessageKey))
                .as("the shipped rules still compile").isNotEqualTo(java.util.Optional.of("rules.rollback.doesNotCompile"));
    }

    @Test
    void aPolicyChangeShowsInThePreviewThenInTheAuditsAndARollbackRestoresThemExactly() throws Exception {
        int original = publisher.activeVersion().getVersionNo();
        Map<Long, ProgressSummary> before = summaries();
        Map<String, String> stricter = activeWith("policy.json",
                text -> text.replace(DEFAULT_METHOD, "\"districtMethod\" : \"MEAN\""));

        DraftPreview previewed = publisher.preview("admin", stricter);
        Impact preview = previewed.impact();

        assertThat(preview.studentsChanged()).isPositive();
        assertThat(preview.loseMastery()).isPositive();
        assertThat(summaries()).isEqualTo(before);   // a preview saves nothing

        RulePublisher.Publication published = publisher.publish("admin", stricter, "Mean of all scores, as the board voted",
                previewed.revokedStudents());
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
        int original = publisher.activeVersion().getVersionNo();
        String before = evaluator.ruleSet().version();
        Map<String, String> draft = activeWith("policy.json", text -> text.replace(DEFAULT_METHOD,
                "\"districtMethod\" : \"MEAN\""));
        String next = org.pathwayplanner.rules.RuleVersions.of(draft);
        int revoked = publisher.preview("admin", draft).revokedStudents();
        List<Long> students = people.roster().stream().map(r -> r.studentId()).limit(20).toList();
        // what each version concludes for each student, evaluated alone (before the publish and after it)
        Map<String, Map<Long, List<Long>>> expected = new ConcurrentHashMap<>();
        expected.put(before, mastered(students));
        List<Object[]> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean publishing = new AtomicBoolean(false);
        java.util.concurrent.atomic.AtomicInteger duringPublish = new java.util.concurrent.atomic.AtomicInteger();
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        List<String> inconsistent = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> evaluations = new java.util.ArrayList<>();
        for (int t = 0; t < 3; t++) {
            evaluations.add(pool.submit(() -> {
                int count = 0;
                while (running.get() || count < 5) {
                    long student = students.get(count % students.size());
                    boolean started = publishing.get();
                    Evaluation evaluation = progress.evaluate(student);
                    if (started) {
                        duringPublish.incrementAndGet();
                    }
                    versionsSeen.add(evaluation.ruleSetVersion());
                    seen.add(new Object[] {student, evaluation.ruleSetVersion(), evaluation.masteredCompetencyIds()});
                    count++;
                }
                return count;
            }));
        }
        Thread.sleep(200);

        publishing.set(true);
        RulePublisher.Publication published = publisher.publish("admin", draft, "Mean of all scores", revoked);
        publishing.set(false);
        published.recomputed().get(2, TimeUnit.MINUTES);
        Thread.sleep(200);
        running.set(false);
        for (Future<Integer> evaluation : evaluations) {
            assertThat(evaluation.get(1, TimeUnit.MINUTES)).isPositive();   // no evaluation failed
        }
        pool.shutdown();
        expected.put(next, mastered(students));
        assertThat(expected.get(next)).as("the change shows in the results").isNotEqualTo(expected.get(before));
        for (Object[] evaluation : seen) {
            Map<Long, List<Long>> ofVersion = expected.get((String) evaluation[1]);
            if (ofVersion == null || !ofVersion.get((Long) evaluation[0]).equals(evaluation[2])) {
                inconsistent.add(evaluation[0] + " on " + evaluation[1]);
            }
        }

        assertThat(versionsSeen).isSubsetOf(before, evaluator.ruleSet().version());
        assertThat(versionsSeen).as("evaluations ran on the old rules and on the new").containsExactlyInAnyOrder(before, next);
        assertThat(duringPublish.get()).as("evaluations started while the publish was under way").isPositive();
        assertThat(inconsistent).as("every evaluation is wholly one version's").isEmpty();
        assertThat(publisher.versions()).filteredOn(RuleSetVersion::isActive).hasSize(1);
        publisher.rollback("admin", original, "Back to the most recent score").recomputed().get(2, TimeUnit.MINUTES);
    }

    @Test
    void aPublishThatCannotBeSavedReleasesItsCompiledRules() {
        Map<String, String> draft = activeWith("policy.json", text -> text.replace("\"suggestions\" : 3",
                "\"suggestions\" : 4"));
        String unsavable = "a".repeat(200);   // the author column holds 80 characters: the transaction fails
        int revoked = publisher.preview("admin", draft).revokedStudents();
        String inUse = evaluator.ruleSet().version();
        int live = org.pathwayplanner.rules.RuleSet.live();

        assertThatThrownBy(() -> publisher.publish(unsavable, draft, "Four suggestions", revoked))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);

        assertThat(evaluator.ruleSet().version()).isEqualTo(inUse);
        assertThat(org.pathwayplanner.rules.RuleSet.live()).as("rule sets not disposed").isEqualTo(live);
    }

    @Test
    void aPublishNeedsAReason() {
        assertThatThrownBy(() -> publisher.publish("admin", publisher.activeVersion().getFiles(), " "))
                .hasMessageContaining("Say why the rules change");
    }

    /**
     * The gate's record of a clean preview of {@code draft}, as if the district's data had changed since (a rule that
     * fails on every student never passes a preview): lets a test reach the recomputation of a failing version.
     */
    private void previewedCleanBeforeTheDataChanged(Map<String, String> draft) {
        Impact nothing = new Impact(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), Map.of(), List.of());
        previews.save(new RulePreview(new DraftPreview(org.pathwayplanner.rules.RuleVersions.of(draft),
                publisher.activeVersion().getVersionNo(), people.roster().size(), nothing, List.of(), List.of()),
                "admin", java.time.Instant.now()));
    }

    private Map<Long, List<Long>> mastered(List<Long> students) {
        Map<Long, List<Long>> mastered = new HashMap<>();
        for (Long student : students) {
            mastered.put(student, progress.evaluate(student).masteredCompetencyIds());
        }
        return mastered;
    }

    private Map<Long, Evaluation> storedEvaluations() {
        Map<Long, Evaluation> stored = new HashMap<>();
        people.roster().forEach(r -> progress.storedEvaluation(r.studentId()).ifPresent(e -> stored.put(r.studentId(), e)));
        return stored;
    }

    private static int lineOf(String text, String fragment) {
        return text.substring(0, text.indexOf(fragment)).split("\n", -1).length;
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
