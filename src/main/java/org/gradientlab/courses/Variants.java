package org.gradientlab.courses;

import java.nio.charset.StandardCharsets;

/**
 * Each student's own variant of each exercise: a pure function of the assignment's seed, the student and the
 * exercise, so it never needs storing and is the same on every server. Variant 0 (the course material's own
 * numbers) is left for the worked examples; students get 1 … {@value #COUNT}.
 */
final class Variants {

    static final int COUNT = 999;

    private Variants() {}

    static int of(long assignmentSeed, long studentId, String exerciseId) {
        long h = 0xcbf29ce484222325L ^ assignmentSeed;
        String key = studentId + "\u0000" + exerciseId;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return 1 + (int) Math.floorMod(h, (long) COUNT);
    }
}
