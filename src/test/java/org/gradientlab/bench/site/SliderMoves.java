package org.gradientlab.bench.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Times slider moves on a live exercise chart, from the last {@code input} event of a move to the frame that
 * shows both charts redrawn, Vaadin's throttle included. Each move waits until the page has been quiet (no
 * message, no redraw, no round trip pending) for {@value #QUIET_MS} ms before the next, so moves never overlap.
 *
 * <p>Everything is observed from outside the site's code: a capturing {@code input} listener, a wrapper around
 * {@code WebSocket.prototype.send} and {@code XMLHttpRequest.prototype.send}, a wrapper around each Chart.js
 * instance's {@code update} (the instance is the {@code _chart} property of the {@code <gl-chart>} element), and an
 * animation-frame loop that compares the charts' dataset arrays with the previous frame's (the site replaces a
 * series' data array on every update).
 */
final class SliderMoves {

    /** How a move is made. */
    enum Mode {
        /** One ArrowLeft/ArrowRight key press on the focused slider (WebDriver Actions): one input event. */
        KEY(1),
        /** A drag: five one-step moves 16 ms apart (one per 60 Hz frame), each an input event, then a change. */
        DRAG(5);

        final int inputs;

        Mode(int inputs) {
            this.inputs = inputs;
        }
    }

    static final int QUIET_MS = 300;
    static final int LIMIT_MS = 15_000;
    static final int DRAG_SPACING_MS = 16;

    private static final String MONITOR = """
            if (!window.__glBench) {
              const bench = { slider: null, inputs: [], sends: [], drawn: [], changes: [], previous: null, pending: null };
              const charts = () => [...document.querySelectorAll('.gl-live-chart gl-chart')];
              const data = () => charts().map(c => (c._chart ? c._chart.data.datasets.map(d => d.data) : []));
              const differs = (a, b) => a.length !== b.length
                  || a.some((list, i) => list.length !== b[i].length || list.some((d, j) => d !== b[i][j]));
              document.addEventListener('input', e => {
                if (e.target === bench.slider) bench.inputs.push(performance.now());
              }, true);
              for (const proto of [WebSocket.prototype, XMLHttpRequest.prototype]) {
                const send = proto.send;
                proto.send = function (...args) {
                  bench.sends.push(performance.now());
                  return send.apply(this, args);
                };
              }
              const frame = () => {
                const now = performance.now();
                if (bench.pending) {
                  bench.pending.presented = now;
                  bench.pending = null;
                }
                const current = data();
                if (bench.previous && differs(current, bench.previous)) {
                  bench.pending = { seen: now, presented: null };
                  bench.changes.push(bench.pending);
                }
                bench.previous = current;
                for (const element of charts()) {
                  const chart = element._chart;
                  if (chart && !chart.__glBenchTimed) {
                    const update = chart.update;
                    chart.update = function (...args) {
                      const result = update.apply(this, args);
                      bench.drawn.push(performance.now());
                      return result;
                    };
                    chart.__glBenchTimed = true;
                  }
                }
                requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
              window.__glBench = bench;
            }
            """;

    private static final String ARM = """
            const bench = window.__glBench;
            bench.slider = document.querySelector(arguments[0]);
            bench.slider.focus();
            bench.inputs = [];
            bench.sends = [];
            bench.drawn = [];
            bench.changes = [];
            bench.pending = null;
            """;

    private static final String DRAG = """
            const [count, spacing, up] = arguments;
            const slider = window.__glBench.slider;
            for (let k = 0; k < count; k++) {
              setTimeout(() => {
                if (up) slider.stepUp(); else slider.stepDown();
                slider.dispatchEvent(new Event('input', { bubbles: true }));
                if (k === count - 1) slider.dispatchEvent(new Event('change', { bubbles: true }));
              }, k * spacing);
            }
            """;

    private static final String SETTLE = """
            const [expectedInputs, quietMs, limitMs, done] = arguments;
            const bench = window.__glBench;
            const begun = performance.now();
            const idle = () => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive());
            const check = () => {
              const now = performance.now();
              const input = bench.inputs.length >= expectedInputs ? bench.inputs[bench.inputs.length - 1] : null;
              if (input !== null) {
                const changes = bench.changes.filter(c => c.seen >= input);
                const last = changes[changes.length - 1];
                const activity = Math.max(input, ...bench.sends, ...bench.drawn, ...bench.changes.map(c => c.seen));
                if (last && last.presented !== null && idle() && now - activity >= quietMs) {
                  const sent = bench.sends.filter(t => t >= input);
                  const drawn = bench.drawn.filter(t => t >= input && t <= last.seen);
                  const slider = bench.slider;
                  done({
                    debounce: sent.length ? sent[0] - input : null,
                    drawn: drawn.length ? drawn[drawn.length - 1] - input : null,
                    redrawn: last.presented - input,
                    messages: sent.length,
                    redraws: changes.length,
                    position: Number(slider.value),
                    shown: slider.closest('.gl-slider').querySelector('.gl-slider-value').textContent,
                  });
                  return;
                }
              }
              if (now - begun > limitMs) {
                done({ timedOut: true, messages: bench.sends.length, redraws: bench.changes.length });
                return;
              }
              setTimeout(check, 5);
            };
            check();
            """;

    /**
     * The server's text rounds to 4 significant digits (3 below 10⁻³), a relative error of at most 5·10⁻³; one
     * slider step changes α by at least 0.9 % where the benchmark moves (α ≈ 0.01 in steps of 10⁻⁴; 12 % per
     * log step), so a stale value cannot pass.
     */
    private static final double SHOWN_TOLERANCE = 6e-3;

    private SliderMoves() {}

    /**
     * Opens the target's page in a fresh browser and makes {@code warmUps + moves} moves, alternating direction
     * (key presses in runs of ten, drags one by one) so that the slider stays near its starting value.
     */
    static List<SliderMove> measure(String baseUrl, SliderTarget target, Mode mode, int warmUps, int moves) {
        List<SliderMove> result = new ArrayList<>();
        try (Chromium browser = new Chromium()) {
            PageLoads.load(browser, baseUrl, target.page(), 0);
            browser.script(MONITOR);
            for (int i = 0; i < warmUps + moves; i++) {
                boolean up = mode == Mode.KEY ? (i / 10) % 2 == 0 : i % 2 == 0;
                browser.script(ARM, target.selector());
                if (mode == Mode.KEY) {
                    new Actions(browser.driver)
                            .sendKeys(up ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT)
                            .perform();
                } else {
                    browser.script(DRAG, mode.inputs, DRAG_SPACING_MS, up);
                }
                Map<?, ?> r = (Map<?, ?>) browser.asyncScript(SETTLE, mode.inputs, QUIET_MS, LIMIT_MS);
                result.add(move(target, mode, i, i < warmUps, r));
            }
        }
        return result;
    }

    private static SliderMove move(SliderTarget target, Mode mode, int index, boolean warmUp, Map<?, ?> r) {
        boolean timedOut = Boolean.TRUE.equals(r.get("timedOut"));
        boolean finalValue = !timedOut && showsFinalValue(target, r);
        return new SliderMove(
                target,
                mode,
                index,
                warmUp,
                PageLoads.number(r, "debounce"),
                PageLoads.number(r, "drawn"),
                timedOut ? Double.NaN : PageLoads.number(r, "redrawn"),
                (int) PageLoads.number(r, "messages"),
                (int) PageLoads.number(r, "redraws"),
                finalValue,
                timedOut);
    }

    private static boolean showsFinalValue(SliderTarget target, Map<?, ?> r) {
        double expected = target.value(PageLoads.number(r, "position"));
        try {
            double shown = shownValue(String.valueOf(r.get("shown")));
            return Math.abs(shown - expected) <= SHOWN_TOLERANCE * Math.abs(expected);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Reads "α = 0.0101" or "α = 8.91·10⁻⁴" as the server writes it. */
    static double shownValue(String text) {
        String number = text.substring(text.indexOf('=') + 1).strip();
        int times = number.indexOf("·10");
        if (times < 0) {
            return Double.parseDouble(number);
        }
        StringBuilder exponent = new StringBuilder();
        for (char c : number.substring(times + 3).toCharArray()) {
            int digit = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            exponent.append(c == '⁻' ? "-" : digit >= 0 ? String.valueOf(digit) : String.valueOf(c));
        }
        return Double.parseDouble(number.substring(0, times)) * Math.pow(10, Integer.parseInt(exponent.toString()));
    }
}
