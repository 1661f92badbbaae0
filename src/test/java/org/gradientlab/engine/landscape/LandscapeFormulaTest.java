package org.gradientlab.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.gradientlab.engine.autodiff.CompiledFunction;
import org.gradientlab.engine.autodiff.ExpressionGraph;
import org.gradientlab.engine.calculus.FiniteDifference;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every landscape's formula, read by the expression language, is the function the landscape computes: the
 * compiled autodiff gradient, the graph's gradient, the symbolic derivative, the landscape's closed-form gradient
 * and a central difference agree at seeded points of its plot window.
 */
class LandscapeFormulaTest {

    static List<Landscape> landscapes() {
        return Landscapes.all();
    }

    @ParameterizedTest
    @MethodSource("landscapes")
    void formula_value_and_gradient_agree_with_autodiff_symbolic_and_central_differences(Landscape landscape) {
        List<String> names = landscape.variables();
        Expression f = Expression.parse(landscape.formula(), Variables.of(names.toArray(String[]::new)));
        CompiledFunction compiled = CompiledFunction.compile(f.tree(), names);
        List<Expression> symbolic = names.stream().map(f::derivative).toList();
        SplittableRandom random = new SplittableRandom(20261123L);
        PlotWindow w = landscape.window();
        int n = names.size();

        for (int trial = 0; trial < 50; trial++) {
            double[] x = new double[n];
            x[0] = w.xMin() + (w.xMax() - w.xMin()) * random.nextDouble();
            if (n > 1) {
                x[1] = w.yMin() + (w.yMax() - w.yMin()) * random.nextDouble();
            }
            double[] closedForm = new double[n];
            double value = landscape.valueAndGradient(x, closedForm);
            double[] autodiff = new double[n];
            double compiledValue = compiled.valueAndGradient(x, autodiff);
            java.util.Map<String, Double> at = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                at.put(names.get(i), x[i]);
            }
            ExpressionGraph graph = ExpressionGraph.of(f.tree(), at);
            graph.backward();
            double[] central = FiniteDifference.CENTRAL.gradient(compiled::value, x, 1e-6);

            // Same formula evaluated in a different order: agreement to 1e-12 relative to the size of f.
            assertThat(compiledValue)
                    .isCloseTo(value, org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(value))));
            for (int i = 0; i < n; i++) {
                double scale = 1 + Math.abs(closedForm[i]) + Math.abs(value);
                double exactTolerance = 1e-11 * scale;
                assertThat(autodiff[i])
                        .as("compiled ∂/∂%s", names.get(i))
                        .isCloseTo(closedForm[i], org.assertj.core.data.Offset.offset(exactTolerance));
                assertThat(graph.gradient(names.get(i)))
                        .as("graph ∂/∂%s", names.get(i))
                        .isCloseTo(closedForm[i], org.assertj.core.data.Offset.offset(exactTolerance));
                assertThat(symbolic.get(i).evaluate(x))
                        .as("symbolic ∂/∂%s", names.get(i))
                        .isCloseTo(closedForm[i], org.assertj.core.data.Offset.offset(exactTolerance));
                // Central difference with h = 1e-6: truncation ~h²·f''' plus round-off ~ε·|f|/h.
                assertThat(central[i])
                        .as("central ∂/∂%s", names.get(i))
                        .isCloseTo(closedForm[i], org.assertj.core.data.Offset.offset(1e-5 * scale));
            }
        }
    }
}
