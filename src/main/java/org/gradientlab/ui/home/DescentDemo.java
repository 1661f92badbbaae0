package org.gradientlab.ui.home;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.Contours;
import org.gradientlab.charts.PathSeries;

/**
 * A live taste of the learning-rate race on the home page: a slider for α and gradient descent's path on the
 * contours of x₁² + 10x₂², redrawn as the slider moves, with a sentence saying whether the run converges.
 */
class DescentDemo extends Composite<Div> {

    /** The slider works in thousandths so that α = 0.100 is exact. */
    private static final int SLIDER_SCALE = 1000;

    static final double INITIAL_ALPHA = 0.085;

    final RangeInput slider = new RangeInput(ValueChangeMode.EAGER);
    final Span alphaValue = new Span();
    final Span verdict = new Span();
    final Chart chart;

    DescentDemo() {
        ChartConfig config = ChartConfig.of(
                        getTranslation("home.demo.summary"),
                        Axis.linear("x₁").withRange(-4, 4),
                        Axis.linear("x₂").withRange(-3, 3))
                .with(Contours.of("f", QuadraticBowl.contours()), path(INITIAL_ALPHA));
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

    private PathSeries path(double alpha) {
        return PathSeries.of("gd", getTranslation("home.demo.path"), QuadraticBowl.path(alpha))
                .withColour(Colour.ORANGE);
    }

    private void show(double alpha) {
        chart.updateSeries(path(alpha));
        describe(alpha);
    }

    private void describe(double alpha) {
        String alphaText = String.format(Locale.ROOT, "%.3f", alpha);
        alphaValue.setText("α = " + alphaText);
        QuadraticBowl.Fate fate = QuadraticBowl.fate(alpha);
        verdict.setText(getTranslation("home.demo." + fate.name().toLowerCase(Locale.ROOT), alphaText));
        verdict.getElement().setAttribute("data-fate", fate.name().toLowerCase(Locale.ROOT));
    }
}
