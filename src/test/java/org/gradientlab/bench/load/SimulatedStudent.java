package org.gradientlab.bench.load;

import java.net.URI;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * What one simulated student does, at a human pace (a pause drawn uniformly from the given range before every
 * action): sign in, then over and over until the run ends — open the learning-rate race and move its first slider
 * three times, then open the chain rule, type a wrong derivative and submit it, then type the right one and submit
 * it. Each page is left with the browser's unload beacon before the next is opened, so a student holds one page
 * (one Vaadin UI) at a time, as with one browser tab.
 *
 * <p>Every action is checked as well as timed: a slider move must bring back the chart's new value, a wrong answer
 * the chain-rule feedback, a right one the verdict "Correct". A failed check counts as an error, not as a time.
 */
final class SimulatedStudent implements Callable<Void> {

    static final String WRONG_ANSWER = "cos(x^2)";
    static final String RIGHT_ANSWER = "2x cos(x^2)";

    private final URI base;
    private final String username;
    private final String password;
    private final long startAtNanos;
    private final long endAtNanos;
    private final int minPauseMs;
    private final int maxPauseMs;
    private final Timings timings;
    private final SplittableRandom random;

    SimulatedStudent(
            URI base,
            String username,
            String password,
            long startAtNanos,
            long endAtNanos,
            int minPauseMs,
            int maxPauseMs,
            Timings timings,
            long seed) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.startAtNanos = startAtNanos;
        this.endAtNanos = endAtNanos;
        this.minPauseMs = minPauseMs;
        this.maxPauseMs = maxPauseMs;
        this.timings = timings;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Void call() throws Exception {
        sleepUntil(startAtNanos);
        SimulatedBrowser browser = new SimulatedBrowser(base);
        timings.time("sign in", () -> browser.signIn(username, password));
        timings.signedIn();
        boolean up = true;
        while (System.nanoTime() < endAtNanos) {
            if (!pause()) {
                break;
            }
            timings.time("open lr-race", () -> browser.open("exercises/lr-race"));
            int slider = browser.tree()
                    .byAttributePrefix("input", "id", "gl-slider-")
                    .orElseThrow(() -> new IllegalStateException("no slider on the learning-rate race"))
                    .id;
            for (int move = 0; move < 3; move++) {
                if (!pause()) {
                    break;
                }
                String value = up ? "0.012" : "0.011";
                up = !up;
                timings.time("move slider", () -> {
                    browser.sync(slider, "value", value, "input", Map.of("1", 1));
                    check(browser.tree().changedTextContains(value), "the race did not redraw for α = " + value);
                });
            }
            if (!pause()) {
                break;
            }
            browser.leave();
            timings.time("open chain-rule", () -> browser.open("exercises/chain-rule"));
            int field = browser.tree()
                    .byClass("vaadin-text-field", "gl-expression-input")
                    .orElseThrow(() -> new IllegalStateException("no expression field on the chain rule"))
                    .id;
            int submit = browser.tree()
                    .byText("vaadin-button", "Check my answer")
                    .orElseThrow(() -> new IllegalStateException("no submit button on the chain rule"))
                    .id;
            for (String answer : new String[] {WRONG_ANSWER, RIGHT_ANSWER}) {
                if (!pause()) {
                    break;
                }
                timings.time(
                        "type answer",
                        () -> browser.sync(field, "value", answer, "input", Map.of("1", 1, "for", "trailing")));
                boolean right = answer.equals(RIGHT_ANSWER);
                timings.time(right ? "submit right answer" : "submit wrong answer", () -> {
                    browser.click(submit);
                    check(
                            right
                                    ? browser.tree().changedTextContains("Correct")
                                    : browser.tree().changedTextContains("inner"),
                            "no feedback after submitting " + answer);
                });
            }
            browser.leave();
        }
        return null;
    }

    /** Waits a human pause; false when the run ends first. */
    private boolean pause() throws InterruptedException {
        long wakeAt = System.nanoTime() + random.nextInt(minPauseMs, maxPauseMs + 1) * 1_000_000L;
        if (wakeAt >= endAtNanos) {
            return false;
        }
        sleepUntil(wakeAt);
        return true;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
