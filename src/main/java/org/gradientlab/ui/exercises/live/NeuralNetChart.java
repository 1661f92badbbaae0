package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.function.DifferentiableFunction;
import org.gradientlab.engine.learning.ClassificationData;
import org.gradientlab.engine.learning.Mlp;
import org.gradientlab.engine.learning.MlpTrainer;
import org.gradientlab.engine.learning.SeededRandom;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerState;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.ExperimentCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;

/**
 * The tiny network trained with Adam as the exercise's experiment trains it (same data, split, initial weights and
 * batch order from the variant's seed), for the learning rate and epochs the student types in the training part
 * (the model answer's until then): the training and validation loss per epoch, and Adam's bias-correction factors
 * 1/(1 − β1^t) and 1/(1 − β2^t) read from the optimizer's state after every update t.
 */
final class NeuralNetChart extends LiveChart {

    static final String PART = "training";

    final Chart losses;
    final Chart adamState;
    final Paragraph readout = new Paragraph();
    private final ExperimentCheck check;
    private final ExperimentCheck.Problem.OnNetwork problem;
    private double lr = Double.NaN;
    private int epochs = -1;

    /** Adam's state after every update, as the optimizer reports it. */
    private static final class Recording implements Optimizer {
        private final Optimizer adam;
        final List<OptimizerState.Adam> states = new ArrayList<>();

        Recording(Optimizer adam) {
            this.adam = adam;
        }

        @Override
        public double step(double[] x, DifferentiableFunction objective) {
            double f = adam.step(x, objective);
            adam.state().ifPresent(s -> states.add((OptimizerState.Adam) s));
            return f;
        }

        @Override
        public Optional<OptimizerState> state() {
            return adam.state();
        }
    }

    NeuralNetChart(Variant variant) {
        Part part = variant.part(PART).orElseThrow();
        check = (ExperimentCheck) part.check();
        problem = (ExperimentCheck.Problem.OnNetwork) check.problem();
        losses = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.neural-net.losses-summary"),
                        Axis.linear(getTranslation("exercise.chart.neural-net.epoch")),
                        Axis.logarithmic(getTranslation("exercise.chart.neural-net.loss")))
                .withTitle(getTranslation(
                        "exercise.chart.neural-net.losses-title",
                        String.join(
                                "-",
                                problem.layers().stream().map(String::valueOf).toList()))));
        losses.setChartHeight("15rem");
        adamState = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.neural-net.adam-summary"),
                        Axis.linear(getTranslation("exercise.chart.neural-net.update")),
                        Axis.logarithmic(getTranslation("exercise.chart.neural-net.correction")))
                .withTitle(getTranslation("exercise.chart.neural-net.adam-title")));
        adamState.setChartHeight("13rem");
        readout.addClassName("gl-chart-readout");
        getContent().add(losses, readout, adamState);
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
                || typedEpochs > check.length()
                || (typedLr == lr && (int) typedEpochs == epochs)) {
            return;
        }
        lr = typedLr;
        epochs = (int) typedEpochs;
        train();
    }

    private void train() {
        Map<String, Double> hyperparameters = new LinkedHashMap<>(check.fixed());
        hyperparameters.put("lr", lr);
        Recording adam = new Recording(check.method().spec(hyperparameters).create());
        SeededRandom random = SeededRandom.of(problem.seed());
        ClassificationData.Split split =
                ClassificationData.creditRule(problem.samples(), random).split(problem.trainSize(), random);
        Mlp net = new Mlp(problem.layers().stream().mapToInt(Integer::intValue).toArray());
        MlpTrainer trainer =
                new MlpTrainer(net, net.initialParameters(random), split, adam, problem.batchSize(), random);
        List<MlpTrainer.Epoch> history = trainer.train(epochs);
        List<Point> train = new ArrayList<>();
        List<Point> validation = new ArrayList<>();
        for (MlpTrainer.Epoch e : history) {
            train.add(new Point(e.epoch(), e.trainLoss()));
            validation.add(new Point(e.epoch(), e.validationLoss()));
        }
        String rate = "α = " + Samples.format(lr);
        losses.updateSeries(
                LineSeries.of("train", getTranslation("exercise.chart.neural-net.train", rate), train)
                        .withColour(Colour.BLUE),
                LineSeries.of("validation", getTranslation("exercise.chart.neural-net.validation", rate), validation)
                        .withColour(Colour.ORANGE));
        List<Point> first = new ArrayList<>();
        List<Point> second = new ArrayList<>();
        for (OptimizerState.Adam state : adam.states) {
            first.add(new Point(state.t(), state.firstMomentCorrection()));
            second.add(new Point(state.t(), state.secondMomentCorrection()));
        }
        OptimizerState.Adam start = adam.states.getFirst();
        adamState.updateSeries(
                LineSeries.of(
                                "first-moment",
                                getTranslation("exercise.chart.neural-net.first-moment", Samples.format(start.beta1())),
                                Samples.thin(first))
                        .withColour(Colour.GREEN),
                LineSeries.of(
                                "second-moment",
                                getTranslation(
                                        "exercise.chart.neural-net.second-moment", Samples.format(start.beta2())),
                                Samples.thin(second))
                        .withColour(Colour.PURPLE));
        MlpTrainer.Epoch last = history.getLast();
        readout.setText(getTranslation(
                "exercise.chart.neural-net.readout",
                rate,
                Integer.toString(epochs),
                Samples.format(last.validationLoss()),
                Samples.format(100 * last.validationAccuracy()),
                Samples.format(start.firstMomentCorrection()),
                Samples.format(start.secondMomentCorrection())));
    }
}
