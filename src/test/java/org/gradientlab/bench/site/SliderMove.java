package org.gradientlab.bench.site;

/**
 * One timed slider move. Times are milliseconds after the move's last {@code input} event on the slider (taken
 * with {@code performance.now()} by a capturing listener, so before Vaadin's own listener runs); NaN when the
 * moment was not seen.
 *
 * @param debounce      until the browser sent the message carrying the final value to the server (Vaadin's
 *                      throttle of the slider, 50 ms, plus the client's own work)
 * @param drawn         until Chart.js finished the last redraw of the live charts ({@code chart.update} returned;
 *                      it draws synchronously)
 * @param redrawn       until the animation frame after the one in which the charts' new data was first seen: the
 *                      frame showing the new charts has been produced. The headline figure
 * @param messages      messages the browser sent after the last input event
 * @param redraws       chart data changes seen after the last input event
 * @param finalValue    whether the server's value (the text beside the slider, updated in the same response as
 *                      the charts) is the value the slider was left at, within the text's rounding
 * @param timedOut      whether no redraw followed within the time limit
 */
record SliderMove(
        SliderTarget target,
        SliderMoves.Mode mode,
        int index,
        boolean warmUp,
        double debounce,
        double drawn,
        double redrawn,
        int messages,
        int redraws,
        boolean finalValue,
        boolean timedOut) {

    /** Whether this move counts: not a warm-up, a redraw seen, and it shows the final value. */
    boolean valid() {
        return !warmUp && !timedOut && finalValue;
    }
}
