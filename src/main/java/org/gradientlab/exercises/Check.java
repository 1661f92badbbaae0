package org.gradientlab.exercises;

/**
 * How the grading module judges one part: a description (the reference, the tolerance, what to run), not code.
 * Each part type has its own kinds of check; the grading module has one grader per kind, chosen by an exhaustive
 * switch, so a new kind of check is a new record here plus its grader there.
 */
public sealed interface Check
        permits ExpressionCheck,
                NumberCheck,
                VectorCheck,
                MatrixCheck,
                ChoiceCheck,
                NumberSetCheck,
                RunCheck,
                StepsCheck,
                LogScaleCheck,
                UnorderedNumbersCheck,
                DivergenceThresholdCheck,
                OptimizerRuleCheck,
                ExperimentCheck {

    /** The answer type this check grades. */
    AnswerType answerType();
}
