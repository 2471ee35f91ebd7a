package org.pathwayplanner.pathways;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two people approve every proposal: whoever decided one of its two approvals — the teacher review or the
 * counselor approval, in any round of review — never decides the other. The one home of this rule: routing
 * and escalation pick reviewers through {@link #route}, and a decision is checked by {@link #refusal}.
 * (The teacher who reviewed may still assess the completed pathway: that is the teacher of record's job.)
 */
final class TwoPersonApproval {

    private final Map<String, Set<String>> decidersByStep;

    private TwoPersonApproval(Map<String, Set<String>> decidersByStep) {
        this.decidersByStep = decidersByStep;
    }

    static TwoPersonApproval of(PathwayProposal proposal) {
        return of(proposal.getDecisions());
    }

    static TwoPersonApproval of(List<ProposalDecision> decisions) {
        Map<String, Set<String>> deciders = Map.of(PathwayStep.TEACHER_REVIEW.id(), new LinkedHashSet<>(),
                PathwayStep.COUNSELOR_APPROVAL.id(), new LinkedHashSet<>());
        decisions.stream().filter(d -> deciders.containsKey(d.getStep()))
                .forEach(d -> deciders.get(d.getStep()).add(d.getDecidedBy()));
        return new TwoPersonApproval(deciders);
    }

    static boolean isApproval(String step) {
        return PathwayStep.byId(step).filter(PathwayStep::isApproval).isPresent();
    }

    /** The people who decided the other approval of this step: they may not decide this one. */
    Set<String> excludedFrom(String step) {
        return PathwayStep.byId(step).flatMap(PathwayStep::otherApproval)
                .map(other -> Set.copyOf(decidersByStep.get(other.id()))).orElseGet(Set::of);
    }

    /** Why this person may not decide this step of the proposal, or nothing when they may. */
    Optional<String> refusal(String step, String username) {
        if (!excludedFrom(step).contains(username)) {
            return Optional.empty();
        }
        PathwayStep approval = PathwayStep.of(step);
        return Optional.of("You decided the " + approval.otherApproval().orElseThrow().label() + " of this proposal,"
                + " so its " + approval.label() + " needs someone else: two different people approve every proposal.");
    }

    /**
     * The reviewers of a step: the first group, in order of preference, with someone in it who may decide the
     * step; nobody when no group has anyone (the caller says so).
     */
    Routing route(String step, List<List<String>> groupsInOrder) {
        Set<String> excluded = excludedFrom(step);
        for (int i = 0; i < groupsInOrder.size(); i++) {
            List<String> eligible = groupsInOrder.get(i).stream().filter(u -> !excluded.contains(u)).distinct().toList();
            if (!eligible.isEmpty()) {
                boolean someoneLeftOut = groupsInOrder.subList(0, i + 1).stream().flatMap(List::stream)
                        .anyMatch(excluded::contains);
                return new Routing(eligible, i, someoneLeftOut ? List.copyOf(excluded) : List.of());
            }
        }
        List<String> leftOut = new ArrayList<>(groupsInOrder.stream().flatMap(List::stream)
                .filter(excluded::contains).distinct().toList());
        return new Routing(List.of(), -1, leftOut);
    }

    /**
     * Who a step goes to: {@code group} is the index of the group chosen (-1: none), {@code leftOut} the people
     * this rule kept from it because they decided the other approval.
     */
    record Routing(List<String> reviewers, int group, List<String> leftOut) {

        boolean nobody() {
            return reviewers.isEmpty();
        }

        /** Someone who would have had the step was left out for this rule. */
        boolean secondPerson() {
            return !leftOut.isEmpty();
        }
    }
}
