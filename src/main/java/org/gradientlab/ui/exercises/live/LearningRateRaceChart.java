package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.Contours;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.engine.calculus.SymmetricEigen;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Outcome;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StepSizeTheory;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.Variant;
import org.gradientlab.grading.Feedback;
import org.gradientlab.grading.Verdict;

/**
 * The learning-rate race: gradient descent's paths on the contours of the variant's quadratic, one per learning
 * rate, and their loss curves on a log scale. Each rate has a slider (add or remove rates); every move reruns the
 * engine (the variant's steps, 80 by default) and redraws live. The divergence threshold 2/λmax is marked on
 * the sliders once the student asks for it or has answered the threshold part correctly.
 */
final class LearningRateRaceChart extends LiveChart {

    static final int MAX_RATES = 6;

    final Chart paths;
    final Chart losses;
    final List<RateRow> rows = new ArrayList<>();
    final Div rowList = new Div();
    final Button addRate = new Button(VaadinIcon.PLUS.create());
    final Checkbox showThreshold = new Checkbox();
    final Span thresholdText = new Span();
    final Landscape landscape;
    final double threshold;
    private final double[] start;
    private final int steps;
    private final PlotWindow window;
    private int nextId;

    /** One learning rate of the race: its slider, the fate of its run, and its series ids. */
    final class RateRow extends Div {
        final int id;
        final Slider slider;
        final Span fate = new Span();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        final Div marker;

        RateRow(int id, double alpha) {
            this.id = id;
            int number = rows.size() + 1;
            slider = new Slider(
                    "α" + (char) ('₀' + Math.min(number, 9)),
                    threshold / 1000,
                    1.5 * threshold,
                    threshold / 1000,
                    p -> p,
                    a -> Samples.format(a));
            slider.input.setAriaLabel(getTranslation("exercise.chart.lr-race.rate", number));
            slider.setPosition(alpha);
            slider.onChange(a -> redraw(this));
            slider.getElement().getStyle().set("--gl-series-colour", colour().hex());
            marker = slider.mark(threshold, thresholdText.getText());
            marker.setVisible(showThreshold.getValue());
            fate.addClassName("gl-fate");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("exercise.chart.lr-race.remove"));
            remove.addClickListener(e -> removeRow(this));
            addClassName("gl-rate-row");
            add(slider, fate, remove);
        }

        Colour colour() {
            return Colour.automatic(id);
        }
    }

    LearningRateRaceChart(Variant variant) {
        Map<String, String> p = variant.parameters();
        landscape = Landscapes.byId(p.get("landscape")).orElseThrow();
        start = numbers(p.get("start"));
        steps = Integer.parseInt(p.get("steps").strip());
        double[][] h = new double[2][2];
        landscape.hessian(start, h);
        threshold = StepSizeTheory.gradientDescentThreshold(SymmetricEigen.eigenvalues(h));
        window = Landscapes2D.including(landscape.window(), start);
        String x = landscape.variables().get(0);
        String y = landscape.variables().get(1);
        paths = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.lr-race.paths-summary", Integer.toString(steps)),
                        Axis.linear(pretty(x)).withRange(window.xMin(), window.xMax()),
                        Axis.linear(pretty(y)).withRange(window.yMin(), window.yMax()))
                .withTitle(getTranslation("exercise.chart.lr-race.paths-title"))
                .with(Contours.of("f", Landscapes2D.logContours(landscape, window, 12, 4))));
        paths.setChartHeight("20rem");
        paths.addClassName("gl-race-paths");
        losses = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.lr-race.losses-summary"),
                        Axis.linear(getTranslation("exercise.chart.step")).withRange(0, steps),
                        Axis.logarithmic(getTranslation("exercise.chart.loss")))
                .withTitle(getTranslation("exercise.chart.lr-race.losses-title")));
        losses.setChartHeight("14rem");
        losses.addClassName("gl-race-losses");

        thresholdText.setText(getTranslation("exercise.chart.lr-race.threshold", Samples.format(threshold)));
        thresholdText.addClassName("gl-threshold-text");
        thresholdText.setVisible(false);
        showThreshold.setLabel(getTranslation("exercise.chart.lr-race.show-threshold"));
        showThreshold.addValueChangeListener(e -> revealThreshold(e.getValue()));
        addRate.setText(getTranslation("exercise.chart.lr-race.add"));
        addRate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        addRate.addClickListener(e ->
                addRow(rows.isEmpty() ? threshold / 2 : rows.getLast().slider.value() * 0.8));
        rowList.addClassName("gl-rate-rows");
        Div thresholdRow = new Div(showThreshold, thresholdText);
        thresholdRow.addClassName("gl-threshold-row");
        getContent().add(paths, rowList, addRate, thresholdRow, losses);
        for (double alpha : numbers(p.get("rates"))) {
            addRow(alpha);
        }
    }

    void addRow(double alpha) {
        if (rows.size() >= MAX_RATES) {
            return;
        }
        RateRow row = new RateRow(nextId++, alpha);
        rows.add(row);
        rowList.add(row);
        refreshButtons();
        redraw(row);
    }

    void removeRow(RateRow row) {
        if (rows.size() <= 1) {
            return;
        }
        rows.remove(row);
        rowList.remove(row);
        paths.removeSeries("path-" + row.id);
        losses.removeSeries("loss-" + row.id);
        refreshButtons();
    }

    private void refreshButtons() {
        addRate.setEnabled(rows.size() < MAX_RATES);
        rows.forEach(r -> r.remove.setEnabled(rows.size() > 1));
    }

    /** Reruns the engine for this row's rate and replaces its path and loss curve. */
    void redraw(RateRow row) {
        double alpha = row.slider.value();
        RunResult run = Runner.run(
                OptimizerSpec.gradientDescent(alpha),
                Schedule.constant(),
                landscape,
                start,
                StopRule.steps(steps),
                landscape.minimumValue());
        String label = "α = " + Samples.format(alpha);
        paths.updateSeries(PathSeries.of("path-" + row.id, label, Landscapes2D.path(run.trajectory(), window))
                .withColour(row.colour())
                .withMarkers(2.5, 5));
        losses.updateSeries(LineSeries.of("loss-" + row.id, label, Landscapes2D.losses(run.trajectory()))
                .withColour(row.colour()));
        String fate;
        if (run.outcome() == Outcome.DIVERGED) {
            fate = "diverges";
            row.fate.setText(getTranslation("exercise.chart.lr-race.diverges", Integer.toString(run.step())));
        } else if (run.finalLoss() < run.trajectory().loss(0)) {
            fate = "converges";
            row.fate.setText(getTranslation(
                    "exercise.chart.lr-race.converges", Integer.toString(steps), Samples.format(run.finalLoss())));
        } else {
            fate = "stalls";
            row.fate.setText(getTranslation("exercise.chart.lr-race.stalls", Integer.toString(steps)));
        }
        row.fate.getElement().setAttribute("data-fate", fate);
    }

    private void revealThreshold(boolean shown) {
        thresholdText.setVisible(shown);
        rows.forEach(r -> r.marker.setVisible(shown));
    }

    @Override
    public void graded(Feedback feedback, Map<String, Answer> answers) {
        var part = feedback.parts().get("threshold");
        if (part != null && part.verdict() == Verdict.CORRECT) {
            showThreshold.setValue(true);
        }
    }

    private static String pretty(String variable) {
        return variable.length() == 2 && Character.isDigit(variable.charAt(1))
                ? variable.charAt(0) + String.valueOf((char) ('₀' + (variable.charAt(1) - '0')))
                : variable;
    }

    static double[] numbers(String text) {
        String[] parts = text.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].strip());
        }
        return out;
    }
}
