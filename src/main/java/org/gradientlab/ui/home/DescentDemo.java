package org.gradientlab.ui.home;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.ContourLine;
import org.gradientlab.charts.Contours;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.contour.ContourGrid;
import org.gradientlab.engine.contour.ContourLevel;
import org.gradientlab.engine.contour.MarchingSquares;
import org.gradientlab.engine.contour.Polyline;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.engine.landscape.Landscapes;
import org.gradientlab.engine.landscape.PlotWindow;
import org.gradientlab.engine.optim.OptimizerSpec;
import org.gradientlab.engine.optim.Outcome;
import org.gradientlab.engine.optim.Runner;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.optim.StopRule;
import org.gradientlab.engine.optim.Trajectory;

/**
 * A live taste of the learning-rate race on the home page: a slider for α and the engine's gradient-descent path
 * from (3, 2) on the contours of the ravine x₁² + 10x₂², redrawn as the slider moves, with a sentence saying how
 * the engine judges the run (it converges below 2/λmax = 0.1, oscillates for ever at 0.1 and diverges above).
 */
class DescentDemo extends Composite<Div> {

    /** The slider works in thousandths so that α = 0.100 is exact. */
    private static final int SLIDER_SCALE = 1000;

    static final double INITIAL_ALPHA = 0.085;
    static final Landscape RAVINE = Landscapes.RAVINE;
    static final double[] START = {3, 2};
    /** The iterates drawn. */
    static final int STEPS = 30;
    /**
     * The updates of the run that is judged: enough for the slowest rate on the slider (α = 0.01, where x₁ shrinks
     * by 0.98 a step) to meet the engine's convergence rule.
     */
    static final int JUDGED_STEPS = 2000;

    private static final double[] LEVELS = {0.5, 2, 5, 10, 20, 35, 55, 80};
    private static final int GRID = 81;

    /** How the engine classifies the judged run. */
    enum Fate {
        CONVERGES,
        OSCILLATES,
        DIVERGES
    }

    final RangeInput slider = new RangeInput(ValueChangeMode.EAGER);
    final Span alphaValue = new Span();
    final Span verdict = new Span();
    final Chart chart;

    DescentDemo() {
        PlotWindow w = RAVINE.window();
        ChartConfig config = ChartConfig.of(
                        getTranslation("home.demo.summary"),
                        Axis.linear("x₁").withRange(w.xMin(), w.xMax()),
                        Axis.linear("x₂").withRange(w.yMin(), w.yMax()))
                .with(Contours.of("f", contours(w)), path(INITIAL_ALPHA));
        chart = new Chart(config);
        chart.setChartHeight("17rem");
        chart.addClassName("gl-demo-chart");

        slider.setMin(10);
        slider.setMax(120);
        slider.setStep(5.0);
        slider.setValue(INITIAL_ALPHA * SLIDER_SCALE);
        slider.setId("gl-demo-alpha");
        slider.addClassName("gl-demo-slider");
        slider.setAriaLabel(getTranslation("home.demo.alpha"));
        slider.addValueChangeListener(e -> show(e.getValue() / SLIDER_SCALE));

        NativeLabel label = new NativeLabel(getTranslation("home.demo.alpha"));
        label.setFor(slider);
        alphaValue.addClassName("gl-demo-alpha-value");
        Div controls = new Div(label, slider, alphaValue);
        controls.addClassName("gl-demo-controls");
        verdict.addClassName("gl-demo-verdict");
        verdict.getElement().setAttribute("aria-live", "polite");

        getContent().addClassName("gl-demo");
        getContent().add(chart, controls, verdict);
        describe(INITIAL_ALPHA);
    }

    /** The engine's iterates x₀ … x_STEPS, cut short once they leave the picture by far. */
    private PathSeries path(double alpha) {
        Trajectory t = Runner.run(
                        OptimizerSpec.gradientDescent(alpha),
                        Schedule.constant(),
                        RAVINE,
                        START,
                        StopRule.steps(STEPS),
                        RAVINE.minimumValue())
                .trajectory();
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            double x1 = t.coordinate(k, 0);
            double x2 = t.coordinate(k, 1);
            if (!(Math.abs(x1) + Math.abs(x2) < 1e3)) {
                break;
            }
            points.add(new Point(x1, x2));
        }
        return PathSeries.of("gd", getTranslation("home.demo.path"), points).withColour(Colour.ORANGE);
    }

    /** The engine's verdict on a long run at this rate (DESIGN §3): undecided means it bounces for ever. */
    static Fate fate(double alpha) {
        Outcome outcome = Runner.run(
                        OptimizerSpec.gradientDescent(alpha),
                        Schedule.constant(),
                        RAVINE,
                        START,
                        StopRule.steps(JUDGED_STEPS),
                        RAVINE.minimumValue())
                .outcome();
        return switch (outcome) {
            case CONVERGED -> Fate.CONVERGES;
            case DIVERGED -> Fate.DIVERGES;
            case UNDECIDED -> Fate.OSCILLATES;
        };
    }

    /** The engine's contour lines of the ravine at a few fixed levels. */
    private static List<ContourLine> contours(PlotWindow w) {
        ContourGrid grid = ContourGrid.sample(RAVINE, w.xMin(), w.xMax(), w.yMin(), w.yMax(), GRID, GRID);
        List<ContourLine> lines = new ArrayList<>();
        for (ContourLevel level : MarchingSquares.contours(grid, LEVELS)) {
            for (Polyline p : level.polylines()) {
                lines.add(new ContourLine(level.level(), Point.zip(p.x(), p.y())));
            }
        }
        return lines;
    }

    private void show(double alpha) {
        chart.updateSeries(path(alpha));
        describe(alpha);
    }

    private void describe(double alpha) {
        String alphaText = String.format(Locale.ROOT, "%.3f", alpha);
        alphaValue.setText("α = " + alphaText);
        Fate fate = fate(alpha);
        verdict.setText(getTranslation("home.demo." + fate.name().toLowerCase(Locale.ROOT), alphaText));
        verdict.getElement().setAttribute("data-fate", fate.name().toLowerCase(Locale.ROOT));
    }
}
