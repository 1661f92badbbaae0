package org.gradientlab.charts;

/** The rule every series id follows: non-blank, since live updates find series by id. */
final class SeriesIds {

    private SeriesIds() {}

    static String require(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a series needs a non-blank id");
        }
        return id;
    }
}
