package org.pathwayplanner.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rules that do not compile, leave the safe subset, or hit an evaluation limit on the sample of students. Nothing
 * was swapped: the rules in use stay in use.
 */
public class RuleBuildException extends RuntimeException {

    private final List<RuleProblem> problems;

    public RuleBuildException(List<RuleProblem> problems) {
        super("The rules are refused:\n" + problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
