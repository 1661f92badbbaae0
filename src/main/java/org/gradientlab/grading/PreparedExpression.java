package org.gradientlab.grading;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.ExpressionCheck;

/**
 * What an expression check needs before any answer arrives: the reference compiled, and (for derivatives) the
 * function and its compiled mutants. Built once per check and kept in a small shared cache, since every answer
 * to the same part needs the same ones; all of it is immutable and safe to share between threads.
 */
final class PreparedExpression {

    private static final int CAPACITY = 256;
    private static final Map<ExpressionCheck, PreparedExpression> CACHE =
            Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ExpressionCheck, PreparedExpression> eldest) {
                    return size() > CAPACITY;
                }
            });

    private final ExpressionCheck check;
    private final Variables variables;
    private final ToDoubleFunction<double[]> reference;
    private List<Mutations.Mutant> mutants;

    private PreparedExpression(ExpressionCheck check) {
        this.check = check;
        this.variables = new Variables(check.domain().variables());
        this.reference = Expression.parse(check.reference(), variables).compile();
    }

    static PreparedExpression of(ExpressionCheck check) {
        return CACHE.computeIfAbsent(check, PreparedExpression::new);
    }

    ExpressionCheck check() {
        return check;
    }

    Variables variables() {
        return variables;
    }

    ToDoubleFunction<double[]> reference() {
        return reference;
    }

    /** The function the answer is the derivative of, when it is one. */
    Optional<Expression> function() {
        return check.derivativeOf().map(d -> Expression.parse(d.function(), variables));
    }

    /** The mutants of the correct derivative, in the order they are tried (empty for plain expressions). */
    synchronized List<Mutations.Mutant> mutants() {
        if (mutants == null) {
            mutants = check.derivativeOf()
                    .map(d -> Mutations.mutants(Expression.parse(d.function(), variables), d.variable(), variables))
                    .orElse(List.of());
        }
        return mutants;
    }
}
