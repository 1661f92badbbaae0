package org.gradientlab.bench.site;

/**
 * One first load of a page in a fresh browser profile, each time in milliseconds from the start of the navigation
 * (the page's {@code performance.timeOrigin}). The view's milestones are each taken one animation frame after the
 * frame in which they were first seen, when the frame showing them has been produced.
 *
 * @param responseStart    the first byte of the HTML
 * @param domContentLoaded the end of {@code DOMContentLoaded}
 * @param loadEventEnd     the end of the {@code load} event (Navigation Timing)
 * @param layout           the app layout element present
 * @param charts           every chart of the view drawn: each expected {@code <gl-chart>} holds a Chart.js instance
 *                         with data (Chart.js draws synchronously, animation is off)
 * @param settled          the charts drawn and no server round trip pending (the page's follow-up round trips, such
 *                         as the theme toggle asking the browser for its colour scheme, have returned)
 * @param transferKb       bytes over the network for the document and every resource, in kB
 */
record PageLoad(
        SitePage page,
        int index,
        double responseStart,
        double domContentLoaded,
        double loadEventEnd,
        double layout,
        double charts,
        double settled,
        double transferKb) {

    /** When the page is both loaded and its view drawn: the first-page-load figure. */
    double ready() {
        return Math.max(loadEventEnd, charts);
    }
}
