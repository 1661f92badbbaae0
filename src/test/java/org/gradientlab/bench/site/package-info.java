/**
 * The site performance benchmark's browser half: a headless Chromium driven against a running production jar,
 * timing first page loads and slider-to-redraw latency on the live exercise charts. Start from
 * {@link org.gradientlab.bench.site.SiteBenchmark}; {@code docs/bench/site-bench.sh} builds, starts and stops the
 * server around it. Nothing here is a test: the normal test suite never runs it.
 */
package org.gradientlab.bench.site;
