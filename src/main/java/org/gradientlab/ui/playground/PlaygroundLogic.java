package org.gradientlab.ui.playground;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Colour;
import org.gradientlab.charts.ContourLine;
import org.gradientlab.charts.Point;
import org.gradientlab.charts.Series;
import org.gradientlab.engine.expr.Expression;

/**
 * The playground's presenter: it holds the race ({@link PlaygroundState}), the compiled function and every
 * racer's last run, and on each change does only the work that change needs. A racer's settings re-run that racer
 * and send its two series; the start, the budget or the function re-run everyone; contours are traced again only
 * when f or the window changes. An f that cannot be read leaves the last good race on screen. After every change
 * the address bar gets the link of the race.
 */
final class PlaygroundLogic {

    /** The racers a new one cycles through, each with a learning rate that suits most presets. */
    private static final List<Method> NEW_RACERS = List.of(
            Method.GD,
            Method.MOMENTUM,
            Method.ADAM,
            Method.NESTEROV,
            Method.RMSPROP,
            Method.ADAGRAD,
            Method.LBFGS,
            Method.NEWTON);

    private final PlaygroundView view;
    private PlaygroundState state = PlaygroundState.DEFAULT;
    private Surface surface;
    private Optional<Preset> preset = Optional.empty();
    private List<ContourLine> contours = List.of();
    private final Map<Integer, Lap> laps = new LinkedHashMap<>();
    private int minimumSeries;
    private Axis lossAxis;
    private int nextKey = 1;

    PlaygroundLogic(PlaygroundView view) {
        this.view = view;
    }

    PlaygroundState state() {
        return state;
    }

    /** Every racer's last run, in racing order. */
    List<Lap> laps() {
        return List.copyOf(laps.values());
    }

    /** Opens the race a link describes (the default race for none), telling what in it could not be used. */
    void enter(Map<String, List<String>> query) {
        PlaygroundState.Decoded decoded = PlaygroundState.fromQuery(query);
        start(decoded.state());
        view.showNotices(decoded.notices());
    }

    /** Back to the default race. */
    void reset() {
        start(PlaygroundState.DEFAULT);
        view.showNotices(List.of());
    }

    private void start(PlaygroundState newState) {
        state = newState;
        readFunction(Expression.parse(state.function(), Surface.VARIABLES));
        view.showSetup(state, preset);
        view.removeEditors();
        laps.clear();
        for (Racer racer : state.racers()) {
            int key = nextKey++;
            laps.put(key, run(racer));
            view.addEditor(key, racer);
        }
        contours = ContourPlot.lines(surface, state.window());
        redrawAll();
    }

    void functionChanged(String text, Optional<Expression> parsed) {
        if (parsed.isEmpty()) {
            view.showFunctionKept(true);
            return;
        }
        view.showFunctionKept(false);
        state = state.withFunction(text);
        readFunction(parsed.get());
        view.showPreset(preset);
        contours = ContourPlot.lines(surface, state.window());
        rerunAll();
        List<Series> changed = new ArrayList<>();
        changed.add(RaceCharts.contours(view, contours));
        changed.addAll(minimisers());
        laps.forEach((key, lap) -> changed.add(RaceCharts.path(view, key, lap, state.window())));
        view.contourChart.updateSeries(changed.toArray(Series[]::new));
        finish(laps.keySet());
    }

    void presetChosen(Preset chosen) {
        state = state.withFunction(chosen.formula())
                .withWindow(chosen.window())
                .withStart(chosen.startX(), chosen.startY());
        view.showFunctionKept(false);
        readFunction(chosen.expression());
        view.showSetup(state, preset);
        contours = ContourPlot.lines(surface, state.window());
        rerunAll();
        redrawAll();
    }

    void windowChanged(double xMin, double xMax, double yMin, double yMax) {
        if (!Window.valid(xMin, xMax, yMin, yMax)) {
            return;
        }
        state = state.withWindow(new Window(xMin, xMax, yMin, yMax));
        contours = ContourPlot.lines(surface, state.window());
        redrawAll();
    }

    void startChanged(double x, double y) {
        if (!Window.within(x) || !Window.within(y)) {
            return;
        }
        state = state.withStart(x, y);
        rerunAll();
        List<Series> changed = new ArrayList<>();
        changed.add(RaceCharts.start(view, state));
        laps.forEach((key, lap) -> changed.add(RaceCharts.path(view, key, lap, state.window())));
        view.contourChart.updateSeries(changed.toArray(Series[]::new));
        finish(laps.keySet());
    }

    /** A click on the contour plot: the start moves there, rounded to about a thousandth of the window. */
    void startPicked(Point point) {
        double span = Math.max(state.window().width(), state.window().height());
        int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(span)));
        double x = BigDecimal.valueOf(point.x())
                .setScale(decimals, RoundingMode.HALF_EVEN)
                .doubleValue();
        double y = BigDecimal.valueOf(point.y())
                .setScale(decimals, RoundingMode.HALF_EVEN)
                .doubleValue();
        view.showStart(x, y);
        startChanged(x, y);
    }

    void budgetChanged(Integer steps, OptionalDouble stopBelow) {
        if (steps == null || steps < 1 || steps > PlaygroundState.MAX_STEPS) {
            return;
        }
        state = state.withSteps(steps).withStopBelow(stopBelow);
        rerunAll();
        List<Series> changed = new ArrayList<>();
        laps.forEach((key, lap) -> changed.add(RaceCharts.path(view, key, lap, state.window())));
        view.contourChart.updateSeries(changed.toArray(Series[]::new));
        finish(laps.keySet());
    }

    void racerChanged(int key, Racer racer) {
        if (!laps.containsKey(key)) {
            return;
        }
        Lap lap = run(racer);
        laps.put(key, lap);
        syncRacers();
        view.contourChart.updateSeries(RaceCharts.path(view, key, lap, state.window()));
        finish(List.of(key));
    }

    void racerAdded() {
        if (laps.size() >= PlaygroundState.MAX_RACERS) {
            return;
        }
        Method method = NEW_RACERS.get(laps.size() % NEW_RACERS.size());
        Racer racer = Racer.of(method, freeColour());
        int key = nextKey++;
        Lap lap = run(racer);
        laps.put(key, lap);
        syncRacers();
        view.addEditor(key, racer);
        view.contourChart.updateSeries(RaceCharts.path(view, key, lap, state.window()));
        finish(List.of(key));
    }

    void racerRemoved(int key) {
        if (laps.remove(key) == null) {
            return;
        }
        syncRacers();
        view.removeEditor(key);
        view.contourChart.removeSeries(RaceCharts.pathId(key));
        view.lossChart.removeSeries(RaceCharts.lossId(key));
        finish(List.of());
    }

    private void readFunction(Expression expression) {
        surface = Surface.of(expression);
        preset = Preset.matching(expression);
    }

    private Lap run(Racer racer) {
        return Lap.run(
                racer,
                surface,
                state.startX(),
                state.startY(),
                state.steps(),
                state.stopBelow(),
                preset.map(Preset::minimumValue).orElse(OptionalDouble.empty()));
    }

    private void rerunAll() {
        laps.replaceAll((key, lap) -> run(lap.racer()));
    }

    private void syncRacers() {
        state = state.withRacers(laps.values().stream().map(Lap::racer).toList());
    }

    /** Both charts from scratch: for a new race, a new window or a preset. */
    private void redrawAll() {
        List<Series> series = new ArrayList<>();
        series.add(RaceCharts.contours(view, contours));
        laps.forEach((key, lap) -> series.add(RaceCharts.path(view, key, lap, state.window())));
        series.add(RaceCharts.start(view, state));
        List<Series> minimisers = new ArrayList<>(minimisers());
        series.addAll(minimisers);
        view.contourChart.setConfig(RaceCharts.contourConfig(view, state, series));
        lossAxis = RaceCharts.lossAxis(view, laps.values());
        view.lossChart.setConfig(RaceCharts.lossConfig(view, lossAxis, lossSeries()));
        view.showResults(List.copyOf(laps.values()), state);
        view.updateLink(state.toQuery());
        view.setAddEnabled(laps.size() < PlaygroundState.MAX_RACERS);
    }

    /**
     * After runs changed: the loss series of those racers (or the whole loss chart when its axis moved), the results
     * and the link.
     */
    private void finish(Collection<Integer> changedKeys) {
        Axis axis = RaceCharts.lossAxis(view, laps.values());
        if (!axis.equals(lossAxis)) {
            lossAxis = axis;
            view.lossChart.setConfig(RaceCharts.lossConfig(view, lossAxis, lossSeries()));
        } else if (!changedKeys.isEmpty()) {
            view.lossChart.updateSeries(changedKeys.stream()
                    .map(key -> RaceCharts.loss(view, key, laps.get(key)))
                    .toArray(Series[]::new));
        }
        view.showResults(List.copyOf(laps.values()), state);
        view.updateLink(state.toQuery());
        view.setAddEnabled(laps.size() < PlaygroundState.MAX_RACERS);
    }

    private List<Series> lossSeries() {
        List<Series> series = new ArrayList<>();
        laps.forEach((key, lap) -> series.add(RaceCharts.loss(view, key, lap)));
        return series;
    }

    /** The minimiser markers of a preset function, replacing (and removing) those shown before. */
    private List<Series> minimisers() {
        List<double[]> points = preset.map(Preset::minimisers).orElse(List.of());
        for (int i = points.size(); i < minimumSeries; i++) {
            view.contourChart.removeSeries(RaceCharts.minimumId(i));
        }
        minimumSeries = points.size();
        return new ArrayList<>(RaceCharts.minimisers(view, points));
    }

    private Colour freeColour() {
        List<Colour> used = laps.values().stream().map(l -> l.racer().colour()).toList();
        return Colour.PALETTE.stream()
                .filter(c -> !used.contains(c))
                .findFirst()
                .orElse(Colour.automatic(laps.size()));
    }
}
