package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwayplanner.rules.Facts.BundleFact;
import org.pathwayplanner.rules.Facts.CompetencyFact;
import org.pathwayplanner.rules.Facts.CreditAreaFact;
import org.pathwayplanner.rules.Facts.ObjectiveFact;
import org.pathwayplanner.rules.Facts.PathwayCreditFact;
import org.pathwayplanner.rules.Facts.PrerequisiteFact;
import org.pathwayplanner.rules.Facts.ScaleFact;
import org.pathwayplanner.rules.Facts.ScoreFact;
import org.pathwayplanner.rules.Facts.StudentFact;

/** Named fixtures for rule tests: a small framework and a student with a body of evidence. No Spring. */
final class RuleFixtures {

    /** The shipped rules, compiled once for every rule test in this JVM. */
    static final RuleSet RULES = RuleBook.compile(Path.of("rules"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private RuleFixtures() {
    }

    static FrameworkBuilder aFramework() {
        return new FrameworkBuilder();
    }

    static StudentBuilder aStudent() {
        return new StudentBuilder();
    }

    static final class FrameworkBuilder {
        private int threshold = 3;
        private final Map<Integer, String> labels = new LinkedHashMap<>(
                Map.of(1, "Beginning", 2, "Developing", 3, "Proficient", 4, "Advanced"));
        private final List<CompetencyFact> competencies = new ArrayList<>();
        private final List<ObjectiveFact> objectives = new ArrayList<>();
        private final List<PrerequisiteFact> prerequisites = new ArrayList<>();
        private final List<BundleFact> bundles = new ArrayList<>();
        private final List<Facts.AreaPartOf> areaParts = new ArrayList<>();

        FrameworkBuilder masteryAt(int level) {
            this.threshold = level;
            return this;
        }

        FrameworkBuilder labelling(int level, String label) {
            labels.put(level, label);
            return this;
        }

        FrameworkBuilder competency(long id, String title, String area, int grade) {
            competencies.add(new CompetencyFact(id, "C-" + id, title, area, grade, null, "ALL_OBJECTIVES", null));
            return this;
        }

        FrameworkBuilder competencyUsing(long id, String title, String method) {
            competencies.add(new CompetencyFact(id, "C-" + id, title, "MATH", 9, method, "ALL_OBJECTIVES", null));
            return this;
        }

        FrameworkBuilder competencyByPoints(long id, String title, int pointsNeeded) {
            competencies.add(new CompetencyFact(id, "C-" + id, title, "MATH", 9, null, "POINTS", pointsNeeded));
            return this;
        }

        FrameworkBuilder objective(long id, long competencyId, String title) {
            return objective(id, competencyId, title, 1, true);
        }

        FrameworkBuilder objective(long id, long competencyId, String title, int points, boolean required) {
            objectives.add(new ObjectiveFact(id, competencyId, "O-" + id, title, points, required));
            return this;
        }

        FrameworkBuilder prerequisite(long competencyId, long prerequisiteId) {
            prerequisites.add(new PrerequisiteFact(competencyId, prerequisiteId));
            return this;
        }

        FrameworkBuilder bundle(long id, String name, String area, String credits, Long... competencyIds) {
            bundles.add(new BundleFact(id, "B-" + id, name, area, new BigDecimal(credits), false, false,
                    List.of(competencyIds)));
            return this;
        }

        FrameworkBuilder partialBundle(long id, String name, String area, String credits, Long... competencyIds) {
            bundles.add(new BundleFact(id, "B-" + id, name, area, new BigDecimal(credits), true, false,
                    List.of(competencyIds)));
            return this;
        }

        FrameworkBuilder sharedBundle(long id, String name, String area, String credits, Long... competencyIds) {
            bundles.add(new BundleFact(id, "B-" + id, name, area, new BigDecimal(credits), false, true,
                    List.of(competencyIds)));
            return this;
        }

        /** Credits in {@code area} also count toward {@code partOf} ("humanities, including civics"). */
        FrameworkBuilder areaWithin(String area, String partOf) {
            areaParts.add(new Facts.AreaPartOf(area, partOf));
            return this;
        }

        FrameworkFacts build() {
            return new FrameworkFacts(new ScaleFact(1, 4, threshold, Map.copyOf(labels)), competencies, objectives,
                    prerequisites, bundles, areaParts);
        }
    }

    static final class StudentBuilder {
        private int grade = 10;
        private double elapsed = 0.3;
        private LocalDate asOf = TODAY;
        private long nextEvidence = 1000;
        private final List<ScoreFact> scores = new ArrayList<>();
        private final List<PathwayCreditFact> pathways = new ArrayList<>();
        private final List<CreditAreaFact> requirements = new ArrayList<>();
        private final List<Conclusions.CreditAward> held = new ArrayList<>();

        StudentBuilder inGrade(int grade) {
            this.grade = grade;
            return this;
        }

        /** The day of the evaluation (the fixtures' default is {@link #TODAY}). */
        StudentBuilder on(String date) {
            this.asOf = LocalDate.parse(date);
            return this;
        }

        StudentBuilder yearElapsed(double share) {
            this.elapsed = share;
            return this;
        }

        StudentBuilder scored(long objectiveId, int level, String date) {
            long evidence = nextEvidence++;
            scores.add(new ScoreFact(evidence, evidence, objectiveId, null, level, LocalDate.parse(date), false));
            return this;
        }

        /** One assessment (one evidence record) scored on several objectives at once. */
        StudentBuilder scoredTogether(int level, String date, long... objectiveIds) {
            long evidence = nextEvidence++;
            long score = evidence * 100;
            for (long objectiveId : objectiveIds) {
                scores.add(new ScoreFact(evidence, score++, objectiveId, null, level, LocalDate.parse(date), false));
            }
            return this;
        }

        StudentBuilder scoredSuperseded(long objectiveId, int level, String date) {
            long evidence = nextEvidence++;
            scores.add(new ScoreFact(evidence, evidence, objectiveId, null, level, LocalDate.parse(date), true));
            return this;
        }

        StudentBuilder scoredAsAWhole(long competencyId, int level, String date) {
            long evidence = nextEvidence++;
            scores.add(new ScoreFact(evidence, evidence, null, competencyId, level, LocalDate.parse(date), false));
            return this;
        }

        /** Masters a competency scored as a whole (used to set up prerequisites and bundles). */
        StudentBuilder mastered(long... competencyIds) {
            for (long id : competencyIds) {
                scoredAsAWhole(id, 4, "2026-10-01");
            }
            return this;
        }

        StudentBuilder completedPathway(long proposalId, String title, String area, String credits) {
            pathways.add(new PathwayCreditFact(proposalId, title, area, new BigDecimal(credits),
                    LocalDate.parse("2026-11-01")));
            return this;
        }

        /** A pathway completed after the teacher's assessment, meant to demonstrate the target competencies. */
        StudentBuilder completedPathwayFor(long proposalId, String title, String area, String credits,
                Long... targetCompetencyIds) {
            pathways.add(new PathwayCreditFact(proposalId, title, area, new BigDecimal(credits),
                    LocalDate.parse("2026-11-01"), List.of(targetCompetencyIds)));
            return this;
        }

        StudentBuilder requiring(String area, String credits) {
            requirements.add(new CreditAreaFact(area, area.charAt(0) + area.substring(1).toLowerCase(),
                    new BigDecimal(credits)));
            return this;
        }

        /** A requirement the law leaves to the district. */
        StudentBuilder requiringAsALocalOption(String area, String credits) {
            requirements.add(new CreditAreaFact(area, area.charAt(0) + area.substring(1).toLowerCase(),
                    new BigDecimal(credits), true));
            return this;
        }

        /** A bundle award the student holds from their stored results, made under the rules {@code version}. */
        StudentBuilder holdingBundleAward(long bundleId, String area, String credits, String awardedOn, String version,
                Long... competencyIds) {
            held.add(new Conclusions.CreditAward(area, new BigDecimal(credits), bundleId, null,
                    LocalDate.parse(awardedOn), "earlier rule", Sentence.text("earlier reason"), List.of(competencyIds), version));
            return this;
        }

        StudentInput build() {
            return new StudentInput(new StudentFact(42, grade, 2026 + 12 - grade + 1, asOf, elapsed,
                    LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 15)), scores, pathways, requirements, held);
        }

        Evaluation evaluatedAgainst(FrameworkFacts framework) {
            return StudentEvaluator.evaluate(RULES, framework, build());
        }

        Evaluation evaluatedAgainst(FrameworkFacts framework, RuleSet rules) {
            return StudentEvaluator.evaluate(rules, framework, build());
        }
    }
}
