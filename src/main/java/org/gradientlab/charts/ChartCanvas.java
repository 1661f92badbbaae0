package org.gradientlab.charts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code <gl-chart>} element that owns the Chart.js instance in the browser. The configuration travels as a
 * JSON parameter of a function call, never as script text.
 */
@Tag("gl-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./charts/gl-chart.js")
final class ChartCanvas extends Component {

    ChartCanvas() {
        getElement().setAttribute("role", "img");
    }

    void setSummary(String summary) {
        getElement().setAttribute("aria-label", summary);
    }

    void sendConfig(ObjectNode config) {
        getElement().callJsFunction("setConfig", config);
    }

    void sendUpdate(ObjectNode update) {
        getElement().callJsFunction("updateSeries", update);
    }

    /** Listens for clicks inside the plot area, reported in data coordinates; the cursor becomes a crosshair. */
    Registration addPickListener(SerializableConsumer<Point> listener) {
        getElement().setAttribute("pickable", true);
        return getElement()
                .addEventListener("gl-chart-pick", e -> {
                    double x = e.getEventData().path("event.detail.x").asDouble(Double.NaN);
                    double y = e.getEventData().path("event.detail.y").asDouble(Double.NaN);
                    if (Double.isFinite(x) && Double.isFinite(y)) {
                        listener.accept(new Point(x, y));
                    }
                })
                .addEventData("event.detail.x")
                .addEventData("event.detail.y");
    }
}
