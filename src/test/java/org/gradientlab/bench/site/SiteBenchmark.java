package org.gradientlab.bench.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.gradientlab.bench.site.ResultTable.Target;
import org.gradientlab.bench.site.SliderMoves.Mode;

/**
 * The site benchmark's browser driver, run by {@code docs/bench/site-bench.sh} against a server it has started
 * (see {@code docs/benchmarks-site.md}). Times first page loads, each in a fresh browser profile, then slider
 * moves on the live charts of the learning-rate race and of Adam vs GD, and prints one Markdown table of
 * p50/p95/max against the targets; the raw samples go to {@code page-loads.tsv} and {@code slider-moves.tsv}.
 *
 * <p>Options (all optional): {@code --base-url http://localhost:8093/}, {@code --loads 10} (per page),
 * {@code --moves 100} (key presses per slider), {@code --drags 50} (drags per slider), {@code --warmup 5} (moves
 * discarded per slider and mode), {@code --out target/site-bench}, {@code --parts loads,sliders} (either or both),
 * and from the script {@code --startup-ms} and
 * {@code --started-s} (comma-separated startup times to report in the same table).
 */
public final class SiteBenchmark {

    static final double STARTUP_TARGET_MS = 10_000;
    static final double PAGE_LOAD_TARGET_MS = 1_500;
    static final double REDRAW_TARGET_MS = 100;
    static final double DEBOUNCE_TARGET_MS = 50;

    private static final List<SliderTarget> SLIDERS =
            List.of(SliderTarget.LR_RACE_RATE, SliderTarget.ADAM_VS_GD_GD, SliderTarget.ADAM_VS_GD_ADAM);

    private SiteBenchmark() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        String baseUrl = options.getOrDefault("base-url", "http://localhost:8093/");
        int loads = Integer.parseInt(options.getOrDefault("loads", "10"));
        int moves = Integer.parseInt(options.getOrDefault("moves", "100"));
        int drags = Integer.parseInt(options.getOrDefault("drags", "50"));
        int warmUps = Integer.parseInt(options.getOrDefault("warmup", "5"));
        Path out = Path.of(options.getOrDefault("out", "target/site-bench"));
        List<String> parts =
                List.of(options.getOrDefault("parts", "loads,sliders").split(","));
        Files.createDirectories(out);

        ResultTable table = new ResultTable();
        List<Double> startup = numbers(options.get("startup-ms"), 1);
        if (!startup.isEmpty()) {
            table.add(
                    "startup: `java -jar` launched → first HTTP 200 of /",
                    Summary.of(startup),
                    Target.below(STARTUP_TARGET_MS),
                    "");
            table.add(
                    "startup: Spring Boot's \"Started … in\"",
                    Summary.of(numbers(options.get("started-s"), 1000)),
                    null,
                    "JVM start to context ready");
        }

        List<PageLoad> pageLoads = new ArrayList<>();
        for (SitePage page : parts.contains("loads") ? SitePage.values() : new SitePage[0]) {
            progress("first loads of /%s (%d, fresh profile each)", page.path, loads);
            List<PageLoad> measured = PageLoads.measure(baseUrl, page, loads);
            pageLoads.addAll(measured);
            String transfer = String.format(
                    Locale.ROOT,
                    "transfer p50 %.0f kB",
                    Summary.of(values(measured, PageLoad::transferKb)).p50());
            table.add(
                    "first load, " + page.label + ": loadEventEnd",
                    Summary.of(values(measured, PageLoad::loadEventEnd)),
                    null,
                    transfer);
            table.add(
                    "first load, " + page.label + ": loaded and charts drawn",
                    Summary.of(values(measured, PageLoad::ready)),
                    Target.below(PAGE_LOAD_TARGET_MS),
                    "first load after start-up: "
                            + ResultTable.format(measured.getFirst().ready()) + " ms");
            table.add(
                    "first load, " + page.label + ": settled (no round trip pending)",
                    Summary.of(values(measured, PageLoad::settled)),
                    null,
                    "");
        }
        writePageLoads(out.resolve("page-loads.tsv"), pageLoads);

        List<SliderMove> sliderMoves = new ArrayList<>();
        for (SliderTarget slider : parts.contains("sliders") ? SLIDERS : List.<SliderTarget>of()) {
            for (Mode mode : Mode.values()) {
                int count = mode == Mode.KEY ? moves : drags;
                progress("%s: %d %s moves (+%d warm-up)", slider.label(), count, mode, warmUps);
                List<SliderMove> measured = SliderMoves.measure(baseUrl, slider, mode, warmUps, count);
                sliderMoves.addAll(measured);
                addSliderRows(table, slider, mode, measured);
            }
        }
        writeSliderMoves(out.resolve("slider-moves.tsv"), sliderMoves);

        String markdown = table.markdown();
        Files.writeString(out.resolve("results.md"), markdown);
        System.out.print(markdown);
    }

    private static void addSliderRows(ResultTable table, SliderTarget slider, Mode mode, List<SliderMove> moves) {
        List<SliderMove> valid = moves.stream().filter(SliderMove::valid).toList();
        long timedOut = moves.stream().filter(m -> !m.warmUp() && m.timedOut()).count();
        long stale = moves.stream()
                .filter(m -> !m.warmUp() && !m.timedOut() && !m.finalValue())
                .count();
        String what = slider.label() + ", " + (mode == Mode.KEY ? "key press" : "drag of 5 steps");
        table.add(
                "slider → redraw: " + what,
                Summary.of(values(valid, SliderMove::redrawn)),
                Target.below(REDRAW_TARGET_MS),
                "excluded: " + stale + " stale value, " + timedOut + " no redraw");
        table.add(
                "… of which last input → message sent (throttle, queue)",
                Summary.of(values(valid, SliderMove::debounce)),
                Target.atMost(DEBOUNCE_TARGET_MS),
                "");
        table.add(
                "… last input → Chart.js redraw done",
                Summary.of(values(valid, SliderMove::drawn)),
                null,
                "the rest is the wait for the next frame");
    }

    private static <T> List<Double> values(List<T> items, ToDoubleFunction<T> value) {
        return items.stream()
                .mapToDouble(value)
                .filter(v -> !Double.isNaN(v))
                .boxed()
                .toList();
    }

    private static List<Double> numbers(String commaSeparated, double factor) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> Double.parseDouble(s) * factor)
                .toList();
    }

    private static void writePageLoads(Path file, List<PageLoad> loads) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(
                "page\tload\tresponseStart\tdomContentLoaded\tloadEventEnd\tlayout\tcharts\tsettled\tready\ttransferKb");
        for (PageLoad l : loads) {
            lines.add(String.join(
                    "\t",
                    l.page().label,
                    Integer.toString(l.index()),
                    ms(l.responseStart()),
                    ms(l.domContentLoaded()),
                    ms(l.loadEventEnd()),
                    ms(l.layout()),
                    ms(l.charts()),
                    ms(l.settled()),
                    ms(l.ready()),
                    ms(l.transferKb())));
        }
        Files.write(file, lines);
    }

    private static void writeSliderMoves(Path file, List<SliderMove> moves) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("slider\tmode\tmove\twarmUp\tdebounce\tdrawn\tredrawn\tmessages\tredraws\tfinalValue\ttimedOut");
        for (SliderMove m : moves) {
            lines.add(String.join(
                    "\t",
                    m.target().label(),
                    m.mode().name(),
                    Integer.toString(m.index()),
                    Boolean.toString(m.warmUp()),
                    ms(m.debounce()),
                    ms(m.drawn()),
                    ms(m.redrawn()),
                    Integer.toString(m.messages()),
                    Integer.toString(m.redraws()),
                    Boolean.toString(m.finalValue()),
                    Boolean.toString(m.timedOut())));
        }
        Files.write(file, lines);
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static void progress(String format, Object... arguments) {
        System.err.println("[site-bench] " + String.format(Locale.ROOT, format, arguments));
    }
}
