package org.pathwayplanner.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Facts and conclusions of {@code rules/plan.drl}: does a student's plan to graduation (their Student Success Plan)
 * meet the graduation requirements in time, in an order the prerequisites allow, within the district's load limits?
 * The plan is checked in a session with the student's own facts, where every item planned for a term that has not
 * ended is assumed done by the end of its term (the what-if of the whole plan): the audit then says what the plan
 * would earn by graduation, and the plan rules read it.
 */
public final class PlanFacts {

    private PlanFacts() {
    }

    /** The district's limits on a plan (the {@code plans} section of {@code policy.json}). */
    public record PlanPolicy(BigDecimal maxCreditsPerTerm, BigDecimal minCreditsPerTerm, int termsPerYear) {
    }

    /**
     * One term of the plan, in order ({@code sequence} 1 is the first): its school year ("2026-2027"), its number in
     * that year, its dates, and whether it has ended.
     */
    public record PlanTerm(int sequence, String schoolYear, int termOfYear, LocalDate startsOn, LocalDate endsOn,
            boolean ended) {
    }

    /**
     * One planned item: a competency to master, a credit bundle to complete (its credits), or a flexible pathway of a
     * kind the student intends to propose (the credits they hope for, in an area).
     */
    public record PlannedItem(long itemId, int termSequence, String kind, Long competencyId, Long bundleId,
            String pathwayKind, String title, String areaCode, BigDecimal credits) {

        public static final String COMPETENCY = "COMPETENCY";
        public static final String BUNDLE = "BUNDLE";
        public static final String PATHWAY = "PATHWAY";
        public static final Set<String> KINDS = Set.of(COMPETENCY, BUNDLE, PATHWAY);

        public PlannedItem {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("A planned item is a COMPETENCY, BUNDLE or PATHWAY, not " + kind);
            }
            credits = credits == null ? BigDecimal.ZERO : credits;
        }

        /** What the item is, whatever its term: the same competency, bundle, or kind of pathway with its title. */
        public String ref() {
            return refOf(kind, competencyId, bundleId, pathwayKind, title);
        }

        public static String refOf(String kind, Long competencyId, Long bundleId, String pathwayKind, String title) {
            return switch (kind) {
                case COMPETENCY -> "competency:" + competencyId;
                case BUNDLE -> "bundle:" + bundleId;
                default -> "pathway:" + pathwayKind + ":" + title;
            };
        }
    }

    /** An item of the plan's approved version, in its school year (when the student edits the next version). */
    public record ApprovedItem(String ref, String schoolYear) {
    }

    /** What the check of the approved version found: a finding's key and arguments. */
    public record ApprovedFinding(String key, List<String> args) {

        public ApprovedFinding {
            args = List.copyOf(args);
        }
    }

    /** A planned item in the school year of its term. */
    public record PlannedInYear(String ref, String schoolYear, long itemId) {
    }

    /** A competency the plan means to master in a term: planned itself, or listed by a planned bundle. */
    public record PlannedCompetency(long competencyId, int termSequence, long itemId) {
    }

    /** A competency mastered on or before the day of the check: done, whatever the plan says. */
    public record MasteredBeforePlan(long competencyId) {
    }

    /**
     * What a plan rule found: the rule's name, how serious ({@link #ERROR} the plan does not work, {@link #WARNING}
     * worth a look, {@link #OK} a requirement the plan meets), a message key and its arguments (the reader's language
     * chooses the words), the term it is about (null: the whole plan) and the planned items concerned.
     */
    public record PlanFinding(String rule, String severity, String key, List<String> args, Integer termSequence,
            List<Long> itemIds) {

        public static final String ERROR = "ERROR";
        public static final String WARNING = "WARNING";
        public static final String OK = "OK";

        public PlanFinding {
            args = args == null ? List.of() : List.copyOf(args);
            itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
        }

        public boolean isError() {
            return ERROR.equals(severity);
        }
    }

    /**
     * The plan to check: its terms in order and its items; when the student edits the next version of an approved
     * plan, the approved version's items and what its check found (empty otherwise).
     */
    public record PlanInput(List<PlanTerm> terms, List<PlannedItem> items, List<ApprovedItem> approved,
            List<ApprovedFinding> approvedFindings) {

        public PlanInput {
            terms = List.copyOf(terms);
            items = List.copyOf(items);
            approved = List.copyOf(approved);
            approvedFindings = List.copyOf(approvedFindings);
        }

        public PlanInput(List<PlanTerm> terms, List<PlannedItem> items) {
            this(terms, items, List.of(), List.of());
        }

        PlanTerm term(int sequence) {
            return terms.stream().filter(t -> t.sequence() == sequence).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The plan has no term " + sequence));
        }

        /**
         * The student as if every item of a term that has not ended were done by the term's last day: each competency
         * to master (and each competency of a planned bundle) scored at the top of the scale, as many times as the
         * district's methods need to count it mastered; each intended pathway completed with its credits. Hypothetical
         * evidence and pathways take negative ids. Competencies already mastered get no score.
         */
        StudentInput projectedOnto(StudentInput student, FrameworkFacts framework, PolicyDocument policy,
                Set<Long> masteredNow) {
            int times = Math.max(1, Math.max(policy.mastery().timesAtMastery(), policy.mastery().modeOfLastScores()));
            int top = framework.scale().maxLevel();
            List<Facts.ScoreFact> scores = new ArrayList<>();
            List<Facts.PathwayCreditFact> pathways = new ArrayList<>();
            long nextId = -1;
            for (PlannedItem item : items) {
                PlanTerm term = term(item.termSequence());
                if (term.ended()) {
                    continue;
                }
                List<Long> competencies = switch (item.kind()) {
                    case PlannedItem.COMPETENCY -> item.competencyId() == null ? List.of() : List.of(item.competencyId());
                    case PlannedItem.BUNDLE -> framework.bundles().stream().filter(b -> b.id() == item.bundleId())
                            .findFirst().map(Facts.BundleFact::competencyIds).orElse(List.of());
                    default -> List.of();
                };
                for (Long competency : competencies) {
                    if (masteredNow.contains(competency)) {
                        continue;
                    }
                    for (int i = 0; i < times; i++) {
                        scores.add(new Facts.ScoreFact(nextId, nextId, null, competency, top, term.endsOn(), false));
                        nextId--;
                    }
                }
                if (PlannedItem.PATHWAY.equals(item.kind()) && item.areaCode() != null && item.credits().signum() > 0) {
                    pathways.add(new Facts.PathwayCreditFact(nextId--, item.title(), item.areaCode(), item.credits(),
                            term.endsOn()));
                }
            }
            return student.with(scores, pathways);
        }
    }

    /** The check of a plan: what the plan rules found, and the audit as it would stand at graduation. */
    public record PlanCheck(List<PlanFinding> findings, Evaluation projected) {

        public PlanCheck {
            findings = List.copyOf(findings);
        }

        public boolean hasErrors() {
            return findings.stream().anyMatch(PlanFinding::isError);
        }
    }
}
