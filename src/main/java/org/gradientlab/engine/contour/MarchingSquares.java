package org.gradientlab.engine.contour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contour lines of a {@link ContourGrid} by marching squares. Each grid cell's corners are marked
 * above (f ≥ level) or below; each of the 16 patterns says which cell edges the line crosses, at the
 * point found by linear interpolation along the edge. In the two saddle patterns (diagonal corners
 * above) the bilinear interpolant decides which way the line runs: the corners above are joined
 * through the cell when its saddle value (f₀₀f₁₁ − f₁₀f₀₁)/(f₀₀ + f₁₁ − f₁₀ − f₀₁) is above the
 * level (the asymptotic decider). Segments sharing an edge are then joined into polylines.
 */
public final class MarchingSquares {

    private static final int BOTTOM = 0;
    private static final int RIGHT = 1;
    private static final int TOP = 2;
    private static final int LEFT = 3;

    /** Edge pairs per corner pattern (bit 1 = (i, j), 2 = (i+1, j), 4 = (i+1, j+1), 8 = (i, j+1)). */
    private static final int[][] SEGMENTS = {
        {}, {LEFT, BOTTOM}, {BOTTOM, RIGHT}, {LEFT, RIGHT},
        {RIGHT, TOP}, null, {BOTTOM, TOP}, {LEFT, TOP},
        {TOP, LEFT}, {BOTTOM, TOP}, null, {RIGHT, TOP},
        {LEFT, RIGHT}, {BOTTOM, RIGHT}, {LEFT, BOTTOM}, {}
    };

    private MarchingSquares() {}

    /** The contours at each level, in the order given. */
    public static List<ContourLevel> contours(ContourGrid grid, double[] levels) {
        List<ContourLevel> out = new ArrayList<>(levels.length);
        for (double level : levels) {
            out.add(new ContourLevel(level, contour(grid, level)));
        }
        return out;
    }

    /**
     * The polylines of {f = level}.
     *
     * @throws ContourException if the level is not finite
     */
    public static List<Polyline> contour(ContourGrid grid, double level) {
        if (!Double.isFinite(level)) {
            throw new ContourException(ContourMessage.NOT_FINITE_LEVEL, level);
        }
        Segments segments = new Segments();
        int nx = grid.nx();
        for (int j = 0; j + 1 < grid.ny(); j++) {
            for (int i = 0; i + 1 < nx; i++) {
                addCell(grid, level, i, j, segments);
            }
        }
        return segments.join(grid, level);
    }

    private static void addCell(ContourGrid grid, double level, int i, int j, Segments segments) {
        double v00 = grid.value(i, j);
        double v10 = grid.value(i + 1, j);
        double v11 = grid.value(i + 1, j + 1);
        double v01 = grid.value(i, j + 1);
        if (!(Double.isFinite(v00) && Double.isFinite(v10) && Double.isFinite(v11) && Double.isFinite(v01))) {
            return;
        }
        int pattern = (v00 >= level ? 1 : 0) | (v10 >= level ? 2 : 0) | (v11 >= level ? 4 : 0) | (v01 >= level ? 8 : 0);
        int[] edges = SEGMENTS[pattern];
        if (edges == null) {
            double saddle = (v00 * v11 - v10 * v01) / (v00 + v11 - v10 - v01);
            boolean centreAbove = saddle >= level;
            // Pattern 5: (i, j) and (i+1, j+1) above; pattern 10: (i+1, j) and (i, j+1) above.
            boolean cutOffBottomLeftAndTopRight = (pattern == 5) != centreAbove;
            edges = cutOffBottomLeftAndTopRight
                    ? new int[] {LEFT, BOTTOM, RIGHT, TOP}
                    : new int[] {BOTTOM, RIGHT, TOP, LEFT};
        }
        int nx = grid.nx();
        for (int s = 0; s < edges.length; s += 2) {
            segments.add(edgeKey(i, j, edges[s], nx), edgeKey(i, j, edges[s + 1], nx));
        }
    }

    /**
     * A number for each grid edge, shared by the two cells on either side: 2·(j·nx + i) for the
     * horizontal edge from (i, j) to (i+1, j), one more for the vertical edge from (i, j) to (i, j+1).
     */
    private static int edgeKey(int i, int j, int edge, int nx) {
        return switch (edge) {
            case BOTTOM -> 2 * (j * nx + i);
            case TOP -> 2 * ((j + 1) * nx + i);
            case LEFT -> 2 * (j * nx + i) + 1;
            default -> 2 * (j * nx + i + 1) + 1;
        };
    }

    /** The segments of one level, as pairs of edge keys, and their joining into polylines. */
    private static final class Segments {
        private int[] ends = new int[64];
        private int count;
        /** Edge key → the (at most two) segments that end on it; −1 marks an empty slot. */
        private final Map<Integer, int[]> byEdge = new HashMap<>();

        void add(int a, int b) {
            if (2 * count + 2 > ends.length) {
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            ends[2 * count] = a;
            ends[2 * count + 1] = b;
            attach(a, count);
            attach(b, count);
            count++;
        }

        private void attach(int key, int segment) {
            int[] slots = byEdge.computeIfAbsent(key, k -> new int[] {-1, -1});
            slots[slots[0] < 0 ? 0 : 1] = segment;
        }

        List<Polyline> join(ContourGrid grid, double level) {
            boolean[] used = new boolean[count];
            List<Polyline> lines = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                for (int end = 0; end < 2; end++) {
                    int key = ends[2 * s + end];
                    if (!used[s] && byEdge.get(key)[1] < 0) {
                        lines.add(walk(grid, level, s, key, used, false));
                    }
                }
            }
            for (int s = 0; s < count; s++) {
                if (!used[s]) {
                    lines.add(walk(grid, level, s, ends[2 * s], used, true));
                }
            }
            return lines;
        }

        private Polyline walk(ContourGrid grid, double level, int first, int startKey, boolean[] used, boolean closed) {
            PointList points = new PointList();
            points.add(grid, level, startKey);
            int segment = first;
            int key = startKey;
            while (segment >= 0) {
                used[segment] = true;
                key = ends[2 * segment] == key ? ends[2 * segment + 1] : ends[2 * segment];
                points.add(grid, level, key);
                int[] slots = byEdge.get(key);
                int next = slots[0] == segment ? slots[1] : slots[0];
                segment = next >= 0 && !used[next] ? next : -1;
            }
            return points.toPolyline(closed && key == startKey);
        }
    }

    private static final class PointList {
        private double[] xs = new double[16];
        private double[] ys = new double[16];
        private int size;

        void add(ContourGrid grid, double level, int key) {
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, size * 2);
                ys = Arrays.copyOf(ys, size * 2);
            }
            int node = key >> 1;
            int i = node % grid.nx();
            int j = node / grid.nx();
            boolean vertical = (key & 1) == 1;
            int i2 = vertical ? i : i + 1;
            int j2 = vertical ? j + 1 : j;
            double a = grid.value(i, j);
            double t = (level - a) / (grid.value(i2, j2) - a);
            xs[size] = grid.x(i) + t * (grid.x(i2) - grid.x(i));
            ys[size] = grid.y(j) + t * (grid.y(j2) - grid.y(j));
            size++;
        }

        Polyline toPolyline(boolean closed) {
            return new Polyline(Arrays.copyOf(xs, size), Arrays.copyOf(ys, size), closed);
        }
    }
}
