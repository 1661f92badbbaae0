package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.Contours;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;

/**
 * Linear regression by gradient descent: the path of (w, b) on the contours of the mean squared error, the
 * least-squares solution it heads for, and the loss curve (log scale), for the learning rate and epochs the
 * student types in the training part (the model answer's until then).
 */
final class LinearRegressionChart extends LiveChart {

    static final String PART = "training";

    final Chart paths;
    final Chart losses;
    final Paragraph readout = new Paragraph();
    private final MeanSquaredError loss;
    private final double[] start;
    private final double[] best;
    private final PlotWindow window;
    private final int budget;
    private double lr = Double.NaN;
    private int epochs = -1;

    /** The mean squared error of y = w·x + b on the data, with its gradient in (w, b). */
    private record MeanSquaredError(List<Double> x, List<Double> y) implements DifferentiableFunction {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] p) {
            return valueAndGradient(p, new double[2]);
        }

        @Override
        public double valueAndGradient(double[] p, double[] gradient) {
            double sum = 0;
            double dw = 0;
            double db = 0;
            for (int i = 0; i < x.size(); i++) {
                double r = p[0] * x.get(i) + p[1] - y.get(i);
                sum += r * r;
                dw += 2 * r * x.get(i);
                db += 2 * r;
            }
            int n = x.size();
            gradient[0] = dw / n;
            gradient[1] = db / n;
            return sum / n;
        }
    }

    LinearRegressionChart(Variant variant) {
        Part part = variant.part(PART).orElseThrow();
        ExperimentCheck check = (ExperimentCheck) part.check();
        var problem = (ExperimentCheck.Problem.OnRegression) check.problem();
        var goal = (ExperimentCheck.Goal.Near) check.goal();
        loss = new MeanSquaredError(problem.x(), problem.y());
        start = new double[] {problem.start().get(0), problem.start().get(1)};
        best = new double[] {goal.point().get(0), goal.point().get(1)};
        budget = check.length();
        window = Plane.around(2, start, best);
        paths = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.linear-regression.paths-summary"),
                        Axis.linear("w").withRange(window.xMin(), window.xMax()),
                        Axis.linear("b").withRange(window.yMin(), window.yMax()))
                .withTitle(getTranslation("exercise.chart.linear-regression.paths-title"))
                .with(
                        Contours.of("f", Landscapes2D.logContours(loss, window, 12, 3)),
                        PathSeries.of(
                                        "least-squares",
                                        getTranslation("exercise.chart.linear-regression.best"),
                                        List.of(new Point(best[0], best[1])))
                                .withColour(Colour.GREEN)
                                .withMarkers(0, 6)));
        paths.setChartHeight("19rem");
        losses = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.linear-regression.losses-summary"),
                        Axis.linear(getTranslation("exercise.chart.linear-regression.epoch")),
                        Axis.logarithmic(getTranslation("exercise.chart.linear-regression.mse")))
                .withTitle(getTranslation("exercise.chart.linear-regression.losses-title")));
        losses.setChartHeight("13rem");
        readout.addClassName("gl-chart-readout");
        getContent().add(paths, readout, losses);
        answersChanged(Map.of(PART, part.modelAnswer()));
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        if (!(answers.get(PART) instanceof Answer.Settings s)) {
            return;
        }
        double typedLr = Plane.value(s.values().getOrDefault("lr", ""), List.of(), new double[0]);
        double typedEpochs = Plane.value(s.values().getOrDefault("epochs", ""), List.of(), new double[0]);
        if (!(typedLr > 0)
                || !(typedEpochs >= 1)
                || typedEpochs > budget
                || (typedLr == lr && (int) typedEpochs == epochs)) {
            return;
        }
        lr = typedLr;
        epochs = (int) typedEpochs;
        RunResult run = Runner.run(
                OptimizerSpec.gradientDescent(lr),
                Schedule.constant(),
                loss,
                start,
                StopRule.steps(epochs),
                OptionalDouble.empty());
        String label = "α = " + Samples.format(lr);
        paths.updateSeries(PathSeries.of("path", label, Samples.thin(Landscapes2D.path(run.trajectory(), window)))
                .withColour(Colour.ORANGE)
                .withMarkers(1.5, 5));
        losses.updateSeries(LineSeries.of("loss", label, Samples.thin(Landscapes2D.losses(run.trajectory())))
                .withColour(Colour.ORANGE));
        double[] end = run.finalPoint();
        readout.setText(getTranslation(
                "exercise.chart.linear-regression.readout",
                Integer.toString(run.step()),
                Samples.format(end[0]),
                Samples.format(end[1]),
                Samples.format(best[0]),
                Samples.format(best[1])));
    }
}
