package org.gradientlab.ui.exercises.live;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.OptimizerComparisonExercise;
import org.gradientlab.exercises.catalogue.OptimizerComparisonExercise.Race;
import org.gradientlab.exercises.catalogue.OptimizerComparisonExercise.Racer;

/**
 * SGD, momentum, RMSProp and Adam on the variant's two races, run by the engine exactly as the exercise runs them:
 * each optimizer's f(x_k) − f* against the update on a log scale, for the linear regression (f* the least-squares
 * error) and for Rosenbrock (f* = 0). A run's curve stops where it diverges.
 */
final class OptimizerComparisonChart extends LiveChart {

    final Chart regression;
    final Chart rosenbrock;

    OptimizerComparisonChart(Variant variant) {
        regression = chart(
                OptimizerComparisonExercise.regressionRace(variant),
                getTranslation("exercise.chart.optimizer-comparison.regression-title"),
                getTranslation("exercise.chart.optimizer-comparison.regression-summary"),
                getTranslation("exercise.chart.optimizer-comparison.epoch"));
        rosenbrock = chart(
                OptimizerComparisonExercise.rosenbrockRace(variant),
                getTranslation("exercise.chart.optimizer-comparison.rosenbrock-title"),
                getTranslation("exercise.chart.optimizer-comparison.rosenbrock-summary"),
                getTranslation("exercise.chart.step"));
        getContent().add(regression, rosenbrock);
    }

    private Chart chart(Race race, String title, String summary, String xTitle) {
        double[] start = race.start().stream().mapToDouble(Double::doubleValue).toArray();
        List<LineSeries> curves = new ArrayList<>();
        for (int i = 0; i < race.racers().size(); i++) {
            Racer racer = race.racers().get(i);
            RunResult run = Runner.run(
                    racer.spec(),
                    Schedule.constant(),
                    race.function(),
                    start,
                    StopRule.steps(race.updates()),
                    OptionalDouble.empty());
            double[] losses = run.trajectory().losses();
            List<Point> points = new ArrayList<>(losses.length);
            for (int k = 0; k < losses.length; k++) {
                // what a log axis cannot show (a diverged run, an exact minimum) becomes a gap
                double excess = losses[k] - race.minimum();
                points.add(new Point(k, excess > 0 && Double.isFinite(excess) ? excess : Double.NaN));
            }
            curves.add(LineSeries.of(racer.id(), racer.text(), Samples.thin(points))
                    .withColour(Colour.automatic(i)));
        }
        Chart chart = new Chart(ChartConfig.of(
                        summary,
                        Axis.linear(xTitle).withRange(0, race.updates()),
                        Axis.logarithmic(getTranslation("exercise.chart.optimizer-comparison.excess")))
                .withTitle(title)
                .with(curves.toArray(LineSeries[]::new)));
        chart.setChartHeight("16rem");
        return chart;
    }
}
