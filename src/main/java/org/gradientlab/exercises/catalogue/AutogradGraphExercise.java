package org.gradientlab.exercises.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.engine.autodiff.Node;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.ParameterException;
import org.gradientlab.exercises.ParameterProblem;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Tolerance;
import org.gradientlab.exercises.Variant;

/**
 * Backpropagation through a computation graph: e = ln(a·b + a²) built from the nodes c = a·b, s = a², d = c + s,
 * e = ln d; the student fills in ∂e/∂d, ∂e/∂c, ∂e/∂a and ∂e/∂b, which the engine's graph computes. The squared
 * variable feeds two nodes (fan-out), so its gradient is the sum of two contributions; a student who overwrote
 * instead of accumulating has only one of them (overwrite-gradient). Variant 0 is the course material's a = 2,
 * b = 3: ∂e/∂a = 0.7, ∂e/∂b = 0.2.
 */
public final class AutogradGraphExercise implements Exercise {

    static final String ID = "autograd-graph";
    static final String A = "a";
    static final String B = "b";
    static final String SQUARED = "squared";
    /** Node gradients typed to four significant figures, or as exact fractions such as 3/10. */
    static final Tolerance TOLERANCE = Tolerance.significantFigures(4);

    /**
     * The graph of one variant, after one backward pass.
     *
     * @param squared the name of the variable that is squared (and so used twice)
     * @param a       the leaf a
     * @param b       the leaf b
     * @param c       c = a·b
     * @param s       s = (squared variable)²
     * @param d       d = c + s
     * @param e       e = ln d, the output
     */
    record Graph(String squared, Node a, Node b, Node c, Node s, Node d, Node e) {

        static Graph of(double a, double b, String squared) {
            Node na = Node.variable(A, a);
            Node nb = Node.variable(B, b);
            Node c = na.mul(nb);
            Node s = (squared.equals(A) ? na : nb).pow(2);
            Node d = c.add(s);
            Node e = d.log();
            e.backward();
            return new Graph(squared, na, nb, c, s, d, e);
        }

        /** The leaf used twice. */
        Node fanOut() {
            return squared.equals(A) ? a : b;
        }

        /** The leaf used once. */
        Node single() {
            return squared.equals(A) ? b : a;
        }

        /** The fan-out leaf's contribution through c: ∂e/∂c · ∂c/∂leaf. */
        double throughProduct() {
            return c.grad() * c.localDerivative(c.parents().indexOf(fanOut()));
        }

        /** The fan-out leaf's contribution through the square: ∂e/∂s · ∂s/∂leaf. */
        double throughSquare() {
            return s.grad() * s.localDerivative(0);
        }

        /** ∂d/∂leaf for a leaf: the local derivatives along its paths to d, without the upstream 1/d. */
        double withoutUpstream(Node leaf) {
            return leaf == fanOut()
                    ? c.localDerivative(c.parents().indexOf(leaf)) + s.localDerivative(0)
                    : c.localDerivative(c.parents().indexOf(leaf));
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Computation graph";
    }

    @Override
    public String unit() {
        return "Automatic differentiation";
    }

    @Override
    public String summary() {
        return "Backpropagate by hand through the graph of ln(ab + a²), including a variable used twice.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter(A, "2", "The value of a, positive."),
                new Parameter(B, "3", "The value of b, positive."),
                new Parameter(SQUARED, "a", "Which variable is squared (and so used twice): a or b."));
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        if (number < 0) {
            throw new IllegalArgumentException("variant numbers start at 0");
        }
        ParameterValues.requireKnown(overrides, List.of(A, B, SQUARED));
        VariantRandom r = VariantRandom.of(ID, number);
        double a = r.pickInt(1, 2, 3, 4, 5);
        double b = r.pickInt(1, 2, 3, 4, 5);
        String squared = r.pick(A, B);
        if (number == 0) {
            a = 2;
            b = 3;
            squared = A;
        }
        if (overrides.containsKey(A)) {
            a = positive(A, overrides.get(A));
        }
        if (overrides.containsKey(B)) {
            b = positive(B, overrides.get(B));
        }
        if (overrides.containsKey(SQUARED)) {
            squared = overrides.get(SQUARED).strip();
            if (!squared.equals(A) && !squared.equals(B)) {
                throw new ParameterException(ParameterProblem.of(
                        SQUARED, ParameterProblem.Key.UNSUITABLE, overrides.get(SQUARED), "write a or b"));
            }
        }
        return variantOf(number, Graph.of(a, b, squared));
    }

    private static double positive(String name, String text) {
        double v = ParameterValues.number(name, text);
        if (!(v > 0)) {
            throw new ParameterException(ParameterProblem.of(
                    name,
                    ParameterProblem.Key.UNSUITABLE,
                    text,
                    "it must be positive so that ab + " + name + "² > 0 and the logarithm is defined"));
        }
        return v;
    }

    private static Variant variantOf(int number, Graph g) {
        String fan = g.squared();
        String one = fan.equals(A) ? B : A;
        List<Part> parts = List.of(
                node("grad-d", "$\\partial e/\\partial d$", g.d().grad())
                        .mistake(
                                "e = ln d itself",
                                g.e().value(),
                                Note.FUNCTION_NOT_DIFFERENTIATED,
                                "e = ln d itself; its derivative 1/d is asked for")
                        .wrong("the start of backpropagation, ∂e/∂e", 1)
                        .invalid("a name, not a number", "d", Note.UNKNOWN_VARIABLE)
                        .build(),
                node("grad-c", "$\\partial e/\\partial c$", g.c().grad())
                        .mistake(
                                "the local derivative ∂d/∂c alone",
                                g.d().localDerivative(g.d().parents().indexOf(g.c())),
                                Note.MISSING_UPSTREAM_GRADIENT,
                                "∂d/∂c alone; multiply by the gradient ∂e/∂d arriving from above")
                        .invalid("an unfinished fraction", "1/")
                        .build(),
                node(
                                "grad-" + fan,
                                "$\\partial e/\\partial " + fan + "$",
                                g.fanOut().grad())
                        .weight(2)
                        .mistake(
                                "only the path through c (gradient overwritten)",
                                g.throughProduct(),
                                Note.OVERWROTE_GRADIENT,
                                "only the contribution through c = ab: " + fan
                                        + " is used twice, so both contributions must be added (+=, not =)")
                        .mistake(
                                "only the path through the square (gradient overwritten)",
                                g.throughSquare(),
                                Note.OVERWROTE_GRADIENT,
                                "only the contribution through " + fan + "²: " + fan
                                        + " is used twice, so both contributions must be added (+=, not =)")
                        .mistake(
                                "the local derivatives without ∂e/∂d",
                                g.withoutUpstream(g.fanOut()),
                                Note.MISSING_UPSTREAM_GRADIENT,
                                "the sum of the local derivatives; multiply by the gradient ∂e/∂d arriving from above")
                        .invalid("a name, not a number", fan, Note.UNKNOWN_VARIABLE)
                        .build(),
                node(
                                "grad-" + one,
                                "$\\partial e/\\partial " + one + "$",
                                g.single().grad())
                        .mistake(
                                "the local derivative ∂c/∂" + one + " alone",
                                g.withoutUpstream(g.single()),
                                Note.MISSING_UPSTREAM_GRADIENT,
                                "∂c/∂" + one + " alone; multiply by the gradient ∂e/∂c arriving from above")
                        .wrong("the other variable's gradient", g.fanOut().grad())
                        .invalid("left empty", "")
                        .build());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(A, ParameterValues.text(g.a().value()));
        parameters.put(B, ParameterValues.text(g.b().value()));
        parameters.put(SQUARED, fan);
        return new Variant(
                ID,
                number,
                "Computation graph of $" + AutogradGraphTexts.function(g) + "$",
                AutogradGraphTexts.explanation(g),
                parameters,
                parts,
                AutogradGraphTexts.hints(g),
                AutogradGraphTexts.solution(g));
    }

    private static NumberPart node(String id, String what, double value) {
        return NumberPart.of(
                id,
                "Give " + what + " at this point, as a number or fraction (four significant " + "figures are enough).",
                value,
                TOLERANCE);
    }
}
