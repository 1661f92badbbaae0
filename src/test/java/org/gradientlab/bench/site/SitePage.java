package org.gradientlab.bench.site;

/** The pages whose first load is timed, with the number of charts each draws once its view is rendered. */
enum SitePage {
    HOME("home", "", 1),
    LR_RACE("lr-race", "exercises/lr-race", 2),
    ADAM_VS_GD("adam-vs-gd", "exercises/adam-vs-gd", 2);

    final String label;
    final String path;
    final int charts;

    SitePage(String label, String path, int charts) {
        this.label = label;
        this.path = path;
        this.charts = charts;
    }
}
