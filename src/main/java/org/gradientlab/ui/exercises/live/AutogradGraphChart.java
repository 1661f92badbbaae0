package org.gradientlab.ui.exercises.live;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.LineSeries;
import org.gradientlab.charts.PathSeries;
import org.gradientlab.charts.Point;
import org.gradientlab.engine.autodiff.ExpressionGraph;
import org.gradientlab.engine.autodiff.GraphView;
import org.gradientlab.engine.autodiff.Operation;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.NumberCheck;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;

/**
 * The computation graph of e = ln(ab + a²) (or with b squared) as the engine builds it, after one backward pass:
 * the nodes laid out by depth from the inputs to the output, the edges between them, and a table of every node's
 * forward value and gradient ∂e/∂node. The nodes the exercise asks about are marked right or wrong as the student's
 * answers change, by the part's own tolerance.
 */
final class AutogradGraphChart extends LiveChart {

    /** The exercise's names of the inner nodes: c = a·b, s = (squared variable)², d = c + s, e = ln d. */
    private static final Map<Operation, String> NAMES =
            Map.of(Operation.MUL, "c", Operation.POW_CONSTANT, "s", Operation.ADD, "d", Operation.LOG, "e");

    /** How a node is marked. */
    enum Mark {
        /** Not asked: the output and the square. */
        GIVEN,
        /** Asked, not answered yet (or not readable as a number). */
        OPEN,
        RIGHT,
        WRONG
    }

    final Chart chart;
    final Div table = new Div();
    final Map<String, Mark> marks = new LinkedHashMap<>();
    private final GraphView graph;
    private final List<Point> positions = new ArrayList<>();
    private final Map<String, NumberCheck> asked = new HashMap<>();

    AutogradGraphChart(Variant variant) {
        Map<String, String> p = variant.parameters();
        String squared = p.get("squared").strip();
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("a", Double.parseDouble(p.get("a").strip()));
        values.put("b", Double.parseDouble(p.get("b").strip()));
        ExpressionGraph built = ExpressionGraph.of(
                Expression.parse("log(a*b + " + squared + "^2)", Variables.of("a", "b"))
                        .tree(),
                values);
        built.backward();
        graph = built.output().graph();
        for (Part part : variant.parts()) {
            if (part.id().startsWith("grad-") && part.check() instanceof NumberCheck check) {
                asked.put(part.id().substring("grad-".length()), check);
            }
        }
        layOut();
        chart = new Chart(ChartConfig.of(
                        getTranslation("exercise.chart.autograd-graph.summary"),
                        Axis.linear(getTranslation("exercise.chart.autograd-graph.depth"))
                                .withRange(-0.5, depth(graph.output().id()) + 0.5),
                        Axis.linear(getTranslation("exercise.chart.autograd-graph.row"))
                                .withRange(-1.5, 1.5))
                .withTitle(getTranslation("exercise.chart.autograd-graph.title"))
                .with(edges()));
        chart.setChartHeight("16rem");
        table.addClassName("gl-fd-table");
        getContent().add(chart, table);
        answersChanged(Map.of());
    }

    /** The node's name in the exercise: the variable for a leaf, c, s, d or e for an operation. */
    String name(GraphView.GraphNode node) {
        return node.operation() == Operation.VARIABLE ? node.label() : NAMES.getOrDefault(node.operation(), "?");
    }

    /** The node's x (its depth) and y (its place among the nodes of that depth, centred on 0). */
    private void layOut() {
        Map<Integer, Integer> perDepth = new HashMap<>();
        int[] row = new int[graph.nodes().size()];
        for (GraphView.GraphNode node : graph.nodes()) {
            row[node.id()] = perDepth.merge(depth(node.id()), 1, Integer::sum) - 1;
        }
        for (GraphView.GraphNode node : graph.nodes()) {
            int d = depth(node.id());
            positions.add(new Point(d, row[node.id()] - (perDepth.get(d) - 1) / 2.0));
        }
    }

    /** The longest path from an input to this node. */
    private int depth(int id) {
        int depth = 0;
        for (GraphView.Edge e : graph.edges()) {
            if (e.to() == id) {
                depth = Math.max(depth, depth(e.from()) + 1);
            }
        }
        return depth;
    }

    /** Every edge as a segment, the segments separated by gaps. */
    private LineSeries edges() {
        List<Point> points = new ArrayList<>();
        for (GraphView.Edge e : graph.edges()) {
            points.add(positions.get(e.from()));
            points.add(positions.get(e.to()));
            points.add(new Point(Double.NaN, Double.NaN));
        }
        return LineSeries.of("edges", getTranslation("exercise.chart.autograd-graph.edges"), points)
                .withColour(Colour.GREY)
                .withWidth(1.5);
    }

    @Override
    public void answersChanged(Map<String, Answer> answers) {
        marks.clear();
        List<PathSeries> nodes = new ArrayList<>();
        table.removeAll();
        table.add(
                cell("gl-fd-head", getTranslation("exercise.chart.autograd-graph.node")),
                cell("gl-fd-head", getTranslation("exercise.chart.autograd-graph.value")),
                cell("gl-fd-head", getTranslation("exercise.chart.autograd-graph.grad")),
                cell("gl-fd-head", getTranslation("exercise.chart.autograd-graph.yours")));
        for (GraphView.GraphNode node : graph.nodes()) {
            String name = name(node);
            NumberCheck check = asked.get(name);
            double typed = check != null && answers.get("grad-" + name) instanceof Answer.Text t
                    ? Plane.value(t.text(), List.of(), new double[0])
                    : Double.NaN;
            Mark mark = check == null
                    ? Mark.GIVEN
                    : !Double.isFinite(typed)
                            ? Mark.OPEN
                            : check.tolerance().accepts(typed, node.grad()) ? Mark.RIGHT : Mark.WRONG;
            marks.put(name, mark);
            nodes.add(PathSeries.of(
                            "node-" + name,
                            getTranslation(
                                    "exercise.chart.autograd-graph.node-label",
                                    name,
                                    Samples.format(node.value()),
                                    Samples.format(node.grad())),
                            List.of(positions.get(node.id())))
                    .withColour(colour(mark))
                    .withMarkers(0, 9));
            table.add(
                    cell("gl-fd-name", name),
                    cell("gl-fd-value", Samples.format(node.value())),
                    cell("gl-fd-value", Samples.format(node.grad())),
                    yours(check == null ? "" : Double.isFinite(typed) ? Samples.format(typed) : "—", mark));
        }
        chart.updateSeries(nodes.toArray(PathSeries[]::new));
    }

    private static Span yours(String text, Mark mark) {
        String sign = mark == Mark.RIGHT ? " ✓" : mark == Mark.WRONG ? " ✗" : "";
        Span span = cell("gl-fd-value", text + sign);
        span.getElement().setAttribute("data-mark", mark.name().toLowerCase(Locale.ROOT));
        return span;
    }

    private static Colour colour(Mark mark) {
        return switch (mark) {
            case GIVEN -> Colour.GREY;
            case OPEN -> Colour.BLUE;
            case RIGHT -> Colour.GREEN;
            case WRONG -> Colour.VERMILION;
        };
    }

    private static Span cell(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
