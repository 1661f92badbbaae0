package org.gradientlab.engine.expr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * An expression a student typed, read once: its source text, its tree and the variables it was read
 * with. Immutable. Start here: {@code Expression.parse("x^2 + 3x", Variables.of("x"))}, then
 * {@link #evaluate(double...)}, {@link #toLatex()} for the "interpreted as" preview, {@link #toText()},
 * {@link #derivative(String)}.
 */
public final class Expression {

    private final String source;
    private final Expr tree;
    private final Variables variables;

    private Expression(String source, Expr tree, Variables variables) {
        this.source = source;
        this.tree = tree;
        this.variables = variables;
    }

    /**
     * Reads {@code source} with these variables.
     *
     * @throws ExpressionException when it is not an expression (the only exception thrown)
     */
    public static Expression parse(String source, Variables variables) {
        return new Expression(source, ExpressionParser.parse(source, variables), variables);
    }

    /** Reads {@code source} with {@link Variables#DEFAULT}. */
    public static Expression parse(String source) {
        return parse(source, Variables.DEFAULT);
    }

    /** Reads {@code source} without throwing: a {@link ParseResult.Success} or a {@link ParseResult.Failure}. */
    public static ParseResult tryParse(String source, Variables variables) {
        try {
            return new ParseResult.Success(parse(source, variables));
        } catch (ExpressionException e) {
            return ParseResult.Failure.of(e);
        }
    }

    /** An expression for a tree built in code; its source is the tree's text. */
    public static Expression of(Expr tree, Variables variables) {
        return new Expression(TextPrinter.print(tree, variables), tree, variables);
    }

    /** The text as typed (or, for {@link #of}, as printed). */
    public String source() {
        return source;
    }

    public Expr tree() {
        return tree;
    }

    public Variables variables() {
        return variables;
    }

    /** The declared variables that occur in the tree, in declaration order. */
    public List<String> usedVariables() {
        Set<String> used = new LinkedHashSet<>();
        collect(tree, used);
        return variables.names().stream().filter(used::contains).toList();
    }

    private static void collect(Expr e, Set<String> into) {
        switch (e) {
            case Expr.Var v -> into.add(v.name());
            case Expr.Neg n -> collect(n.operand(), into);
            case Expr.Binary b -> {
                collect(b.left(), into);
                collect(b.right(), into);
            }
            case Expr.Call c -> collect(c.argument(), into);
            case Expr.Num n -> {}
            case Expr.Const c -> {}
        }
    }

    /**
     * The value at a point given by name; NaN or ±Infinity where the expression is undefined.
     *
     * @throws IllegalArgumentException when a used variable has no value
     */
    public double evaluate(Map<String, Double> values) {
        return Evaluator.evaluate(tree, values);
    }

    /**
     * The value at a point whose coordinates follow {@link #variables()}.
     *
     * @throws IllegalArgumentException when the point's length is not the number of variables
     */
    public double evaluate(double... point) {
        return Evaluator.evaluate(tree, variables, point);
    }

    /** The expression as a function of a point in {@link #variables()} order, for many evaluations. */
    public ToDoubleFunction<double[]> compile() {
        return Evaluator.compile(tree, variables);
    }

    /**
     * ∂/∂{@code variable}, simplified, over the same variables (see {@link Derivative}).
     *
     * @throws IllegalArgumentException when {@code variable} is not declared
     */
    public Expression derivative(String variable) {
        if (!variables.contains(variable)) {
            throw new IllegalArgumentException("variable " + variable + " is not among " + variables);
        }
        return of(Derivative.of(tree, variable), variables);
    }

    /** The simplified form (see {@link Simplifier}). */
    public Expression simplified() {
        return of(Simplifier.simplify(tree), variables);
    }

    /** Plain text that reads back to the same tree with the same variables. */
    public String toText() {
        return TextPrinter.print(tree, variables);
    }

    /** LaTeX for the "interpreted as" preview. */
    public String toLatex() {
        return LatexPrinter.print(tree);
    }

    /** Equal when the trees and the variables are equal; the source text does not matter. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Expression other && tree.equals(other.tree) && variables.equals(other.variables);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tree, variables);
    }

    @Override
    public String toString() {
        return toText();
    }
}
