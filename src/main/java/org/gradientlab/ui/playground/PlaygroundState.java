package org.gradientlab.ui.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.gradientlab.charts.Colour;
import org.gradientlab.engine.optim.MomentumForm;

/**
 * The whole setup of a race, as a link carries it: the function f(x, y) as typed, the plot window, the start
 * point, the step budget, an optional early stop when f falls below a threshold, and the racers with all their
 * settings. {@link #toQuery()} writes it as a URL query; {@link #fromQuery(String)} reads one back, falling back to
 * a default for every value that is missing or cannot be used, with a {@link LinkNotice} saying so.
 *
 * <p>A link keeps only the settings a racer's method has: {@code fromQuery(s.toQuery())} gives
 * {@link #canonical()}, not necessarily {@code s}.
 */
record PlaygroundState(
        String function,
        Window window,
        double startX,
        double startY,
        int steps,
        OptionalDouble stopBelow,
        List<Racer> racers) {

    static final int MAX_STEPS = 20_000;
    static final int MAX_RACERS = 8;

    /** The race a visitor sees first: the optimizer shoot-out on Rosenbrock's valley from (−2, 2). */
    static final PlaygroundState DEFAULT = new PlaygroundState(
            Preset.ROSENBROCK.formula(),
            Preset.ROSENBROCK.window(),
            Preset.ROSENBROCK.startX(),
            Preset.ROSENBROCK.startY(),
            5000,
            OptionalDouble.empty(),
            List.of(
                    Racer.of(Method.GD, Colour.automatic(0)).withLearningRate(0.001),
                    Racer.of(Method.MOMENTUM, Colour.automatic(1))
                            .withLearningRate(0.001)
                            .withMomentum(0.9, MomentumForm.HEAVY_BALL),
                    Racer.of(Method.ADAM, Colour.automatic(2)).withLearningRate(0.01)));

    PlaygroundState {
        racers = List.copyOf(racers);
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must lie in 1.." + MAX_STEPS + ", not " + steps);
        }
        if (racers.size() > MAX_RACERS) {
            throw new IllegalArgumentException("at most " + MAX_RACERS + " racers, not " + racers.size());
        }
    }

    /** A state and what could not be read from the link it came from. */
    record Decoded(PlaygroundState state, List<LinkNotice> notices) {
        Decoded {
            notices = List.copyOf(notices);
        }
    }

    /** Reads a URL query (without the '?'); never fails. */
    static Decoded fromQuery(String query) {
        return LinkDecoder.decode(query);
    }

    /** Reads already split query parameters (values percent-decoded), as a router hands them over; never fails. */
    static Decoded fromQuery(Map<String, List<String>> parameters) {
        return LinkDecoder.decode(parameters);
    }

    /** The URL query (without the '?') that reproduces this race. */
    String toQuery() {
        List<String> parts = new ArrayList<>();
        parts.add("f=" + QueryText.encode(function));
        parts.add("win=" + numbers(window.xMin(), window.xMax(), window.yMin(), window.yMax()));
        parts.add("start=" + numbers(startX, startY));
        parts.add("steps=" + steps);
        stopBelow.ifPresent(below -> parts.add("below=" + QueryText.number(below)));
        for (Racer racer : racers) {
            parts.add("r=" + QueryText.encode(RacerText.write(racer)));
        }
        return String.join("&", parts);
    }

    /** This state with every racer {@link Racer#canonical()}: what its link reads back as. */
    PlaygroundState canonical() {
        return withRacers(racers.stream().map(Racer::canonical).toList());
    }

    PlaygroundState withFunction(String newFunction) {
        return new PlaygroundState(newFunction, window, startX, startY, steps, stopBelow, racers);
    }

    PlaygroundState withWindow(Window newWindow) {
        return new PlaygroundState(function, newWindow, startX, startY, steps, stopBelow, racers);
    }

    PlaygroundState withStart(double x, double y) {
        return new PlaygroundState(function, window, x, y, steps, stopBelow, racers);
    }

    PlaygroundState withSteps(int newSteps) {
        return new PlaygroundState(function, window, startX, startY, newSteps, stopBelow, racers);
    }

    PlaygroundState withStopBelow(OptionalDouble threshold) {
        return new PlaygroundState(function, window, startX, startY, steps, threshold, racers);
    }

    PlaygroundState withRacers(List<Racer> newRacers) {
        return new PlaygroundState(function, window, startX, startY, steps, stopBelow, newRacers);
    }

    private static String numbers(double... values) {
        List<String> texts = new ArrayList<>();
        for (double v : values) {
            texts.add(QueryText.number(v));
        }
        return String.join(",", texts);
    }
}
