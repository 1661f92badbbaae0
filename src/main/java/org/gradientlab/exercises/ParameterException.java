package org.gradientlab.exercises;

import java.util.List;

/** Thrown when a variant is asked for with overrides that the exercise cannot use; lists every problem. */
public class ParameterException extends IllegalArgumentException {

    private final transient List<ParameterProblem> problems;

    public ParameterException(List<ParameterProblem> problems) {
        super(String.join("; ", problems.stream().map(ParameterProblem::text).toList()));
        this.problems = List.copyOf(problems);
    }

    public ParameterException(ParameterProblem problem) {
        this(List.of(problem));
    }

    /** The problems, each with a key. */
    public List<ParameterProblem> problems() {
        return problems;
    }
}
