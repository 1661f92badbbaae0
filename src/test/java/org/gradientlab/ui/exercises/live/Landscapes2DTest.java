package org.gradientlab.ui.exercises.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.charts.ContourLine;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.landscape.PlotWindow;
import org.junit.jupiter.api.Test;

class Landscapes2DTest {

    private static final PlotWindow WINDOW = new PlotWindow(-2, 2, -1, 3);

    @Test
    void a_catalogue_landscape_s_contours_are_computed_once_and_shared() {
        List<ContourLine> first = Landscapes2D.logContours(Landscapes.ROSENBROCK, WINDOW, 10, 4);
        List<ContourLine> again = Landscapes2D.logContours(Landscapes.ROSENBROCK, WINDOW, 10, 4);
        List<ContourLine> otherLevels = Landscapes2D.logContours(Landscapes.ROSENBROCK, WINDOW, 9, 4);

        assertThat(again).isSameAs(first);
        assertThat(otherLevels).isNotSameAs(first).isNotEqualTo(first);
    }

    @Test
    void shared_contours_are_the_ones_a_fresh_computation_gives() {
        // the same function, but not as a catalogue landscape: never taken from the shared ones
        DifferentiableFunction typed = new DifferentiableFunction() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double value(double[] x) {
                return Landscapes.ROSENBROCK.value(x);
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                return Landscapes.ROSENBROCK.valueAndGradient(x, gradient);
            }
        };

        List<ContourLine> shared = Landscapes2D.logContours(Landscapes.ROSENBROCK, WINDOW, 8, 3);
        List<ContourLine> fresh = Landscapes2D.logContours(typed, WINDOW, 8, 3);

        assertThat(fresh).isNotSameAs(shared).isEqualTo(shared);
        assertThat(shared).isNotEmpty();
    }
}
