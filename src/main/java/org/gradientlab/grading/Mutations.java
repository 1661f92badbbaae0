package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Tolerance;

/**
 * Misconceptions of differentiation found by mutating the correct derivative of f = g(u(x)) (DESIGN §5), with no
 * distractors written by the exercise's author. The student's values are compared, at the sample points, with
 * each mutant in turn; the first match names the mistake:
 * <ol>
 *   <li>g'(u) alone — the inner derivative u' forgotten ({@code missing-inner-derivative}, with u' as argument);
 *   <li>a wrong g' times u' ({@code wrong-outer-derivative});
 *   <li>f itself ({@code function-not-differentiated});
 *   <li>a wrong g' alone ({@code wrong-outer-derivative} and {@code missing-inner-derivative});
 *   <li>g'(u)·(u' without one of its terms), or f' without the derivative of one of f's terms
 *       ({@code dropped-term});
 *   <li>an answer whose own derivative is f ({@code integrated-instead}).
 * </ol>
 * The constant-factor, sign and extra-constant mistakes are recognised afterwards from the plain relation to the
 * reference ({@link Relations}).
 */
final class Mutations {

    /** A mutant matches when it agrees this closely everywhere: looser than grading, it only picks the hint. */
    private static final Tolerance MATCH = new Tolerance(1e-6, 1e-9);

    /** A mutated derivative, compiled, with the finding it stands for. */
    record Mutant(ToDoubleFunction<double[]> values, Finding finding) {}

    /** A mutant before compiling. */
    private record Draft(Expr tree, Finding finding) {}

    private Mutations() {}

    static Optional<Finding> diagnose(
            PreparedExpression prepared, Expression student, double[] values, SamplePoints.Sample sample) {
        if (prepared.check().derivativeOf().isEmpty()) {
            return Optional.empty();
        }
        for (Mutant m : prepared.mutants()) {
            if (Equivalence.matches(values, Equivalence.values(m.values(), sample), MATCH)) {
                return Optional.of(m.finding());
            }
        }
        return integrated(
                prepared.function().orElseThrow(),
                student,
                prepared.check().derivativeOf().get().variable(),
                sample);
    }

    /** The mutants of f' in the order they are tried, compiled over {@code variables}. */
    static List<Mutant> mutants(Expression f, String x, Variables variables) {
        return drafts(f, x, variables).stream()
                .map(d -> new Mutant(Expression.of(d.tree(), variables).compile(), d.finding()))
                .toList();
    }

    private static List<Draft> drafts(Expression f, String x, Variables variables) {
        List<Draft> out = new ArrayList<>();
        Optional<Composition> composition = Composition.of(f.tree(), x);
        composition.ifPresent(c -> {
            Expr innerDerivative =
                    Expression.of(c.inner(), variables).derivative(x).tree();
            String du = text(innerDerivative, variables);
            Expr outer = c.at(c.derivative());
            Message missingInner = MessageKey.MISSING_INNER_DERIVATIVE.with(du);
            if (!(innerDerivative instanceof Expr.Num n && n.value() == 1)) {
                out.add(new Draft(outer, Finding.of(Note.MISSING_INNER_DERIVATIVE, missingInner)));
            }
            List<Draft> withoutInner = new ArrayList<>();
            for (Expr wrong : c.mistakes()) {
                Message message = MessageKey.WRONG_OUTER_DERIVATIVE.with(
                        text(c.outer(), Variables.of("u")),
                        text(c.derivative(), Variables.of("u")),
                        text(wrong, Variables.of("u")));
                out.add(new Draft(
                        Composition.mul(c.at(wrong), innerDerivative),
                        new Finding(List.of(Note.WRONG_OUTER_DERIVATIVE), List.of(message))));
                withoutInner.add(new Draft(
                        c.at(wrong),
                        new Finding(
                                List.of(Note.WRONG_OUTER_DERIVATIVE, Note.MISSING_INNER_DERIVATIVE),
                                List.of(message, missingInner))));
            }
            // ln' = ln without u' gives f back: "not differentiated" is the likelier reading, so it goes first
            out.add(notDifferentiated(f));
            out.addAll(withoutInner);
            List<Expr> terms = terms(innerDerivative);
            if (terms.size() > 1) {
                for (Expr t : terms) {
                    out.add(new Draft(
                            Composition.mul(outer, Composition.sub(innerDerivative, t)),
                            Finding.of(Note.DROPPED_TERM, MessageKey.DROPPED_TERM.with(text(t, variables)))));
                }
            }
        });
        List<Expr> fTerms = terms(f.tree());
        if (fTerms.size() > 1) {
            Expr whole = f.derivative(x).tree();
            for (Expr t : fTerms) {
                Expr dt = Expression.of(t, variables).derivative(x).tree();
                out.add(new Draft(
                        Composition.sub(whole, dt),
                        Finding.of(Note.DROPPED_TERM, MessageKey.DROPPED_TERM.with(text(dt, variables)))));
            }
        }
        if (composition.isEmpty()) {
            out.add(notDifferentiated(f));
        }
        return out;
    }

    private static Draft notDifferentiated(Expression f) {
        return new Draft(
                f.tree(),
                Finding.of(Note.FUNCTION_NOT_DIFFERENTIATED, MessageKey.FUNCTION_NOT_DIFFERENTIATED.with(f.toText())));
    }

    /**
     * Whether the student's answer is an antiderivative: its derivative, by the engine's automatic
     * differentiation at each sample point, matches f there.
     */
    private static Optional<Finding> integrated(
            Expression f, Expression student, String x, SamplePoints.Sample sample) {
        if (!student.usedVariables().contains(x)) {
            return Optional.empty();
        }
        List<String> names = student.variables().names();
        CompiledFunction compiled = CompiledFunction.compile(student.tree(), names);
        int index = names.indexOf(x);
        double[] gradient = new double[names.size()];
        double[] derivative = new double[sample.points().size()];
        for (int i = 0; i < derivative.length; i++) {
            compiled.valueAndGradient(sample.points().get(i), gradient);
            derivative[i] = gradient[index];
        }
        double[] function = Equivalence.values(f.compile(), sample);
        if (Equivalence.matches(derivative, function, MATCH)) {
            return Optional.of(Finding.of(Note.INTEGRATED_INSTEAD, MessageKey.INTEGRATED_INSTEAD.with(f.toText())));
        }
        return Optional.empty();
    }

    /** The terms of a sum (a difference's subtrahend negated); a single term otherwise. */
    static List<Expr> terms(Expr e) {
        List<Expr> out = new ArrayList<>();
        collect(e, false, out);
        return out;
    }

    private static void collect(Expr e, boolean negate, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.ADD) {
            collect(b.left(), negate, out);
            collect(b.right(), negate, out);
        } else if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.SUB) {
            collect(b.left(), negate, out);
            collect(b.right(), !negate, out);
        } else {
            out.add(negate ? Composition.neg(e) : e);
        }
    }

    private static String text(Expr e, Variables variables) {
        return Expression.of(e, variables).toText();
    }
}
