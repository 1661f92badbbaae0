package org.gradientlab.bench.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Times first page loads: each load is a new Chromium with an empty profile, so nothing is cached and the browser
 * starts every session from scratch; a watcher installed before the page's own scripts notes the frames in which
 * the view reaches its milestones.
 */
final class PageLoads {

    /**
     * Runs at document start: checks every animation frame for the milestones of the view, and takes each
     * milestone's time one frame after it is first seen, when the frame showing it has been produced.
     */
    private static final String RENDER_WATCH = """
            (() => {
              const expectedCharts = %d;
              const seen = {};
              const chartsDrawn = () => {
                const charts = [...document.querySelectorAll('gl-chart')];
                return charts.length >= expectedCharts
                    && charts.every(c => c._chart && c._chart.data.datasets.length > 0);
              };
              const idle = () => {
                const clients = Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {});
                return clients.length > 0 && clients.every(c => !c.isActive());
              };
              const milestones = {
                layout: () => !!document.querySelector('vaadin-app-layout'),
                charts: () => !!document.querySelector('vaadin-app-layout') && chartsDrawn(),
                settled: () => seen.charts !== undefined && chartsDrawn() && idle(),
              };
              const pending = [];
              const frame = () => {
                const now = performance.now();
                pending.splice(0).forEach(name => { seen[name] = now; });
                for (const [name, reached] of Object.entries(milestones)) {
                  if (seen[name] === undefined && !pending.includes(name) && reached()) pending.push(name);
                }
                if (seen.settled !== undefined) {
                  window.__glRendered = seen;
                  return;
                }
                requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
            })();
            """;

    /** Waits for the watcher and the load event's end, then reads Navigation and Resource Timing. */
    private static final String TIMINGS = """
            const done = arguments[arguments.length - 1];
            const poll = () => {
              const nav = performance.getEntriesByType('navigation')[0];
              if (!window.__glRendered || !nav || nav.loadEventEnd <= 0) {
                setTimeout(poll, 10);
                return;
              }
              const bytes = performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, 0);
              done({
                responseStart: nav.responseStart,
                domContentLoaded: nav.domContentLoadedEventEnd,
                loadEventEnd: nav.loadEventEnd,
                layout: window.__glRendered.layout,
                charts: window.__glRendered.charts,
                settled: window.__glRendered.settled,
                bytes: nav.transferSize + bytes,
              });
            };
            poll();
            """;

    private PageLoads() {}

    /** Loads the page this many times, each in a fresh browser. */
    static List<PageLoad> measure(String baseUrl, SitePage page, int loads) {
        List<PageLoad> result = new ArrayList<>();
        for (int i = 1; i <= loads; i++) {
            try (Chromium browser = new Chromium()) {
                result.add(load(browser, baseUrl, page, i));
            }
        }
        return result;
    }

    /** Opens the page in this browser and returns once its view is rendered. */
    static PageLoad load(Chromium browser, String baseUrl, SitePage page, int index) {
        browser.beforeEveryPage(RENDER_WATCH.formatted(page.charts));
        browser.driver.get(baseUrl + page.path);
        Map<?, ?> t = (Map<?, ?>) browser.asyncScript(TIMINGS);
        return new PageLoad(
                page,
                index,
                number(t, "responseStart"),
                number(t, "domContentLoaded"),
                number(t, "loadEventEnd"),
                number(t, "layout"),
                number(t, "charts"),
                number(t, "settled"),
                number(t, "bytes") / 1000);
    }

    static double number(Map<?, ?> values, String key) {
        return values.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
