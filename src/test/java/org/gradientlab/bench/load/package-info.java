/**
 * The load benchmark's driver: simulated students who sign in, open exercise pages, move a slider and submit
 * answers by speaking Vaadin's client-server protocol (UIDL over HTTP) to a running production jar, at a human
 * pace. Start from {@link org.gradientlab.bench.load.LoadDriver}; {@code docs/bench/load-bench.sh} builds, starts
 * and stops the server around it. Nothing here is a test: the normal test suite never runs it.
 */
package org.gradientlab.bench.load;
