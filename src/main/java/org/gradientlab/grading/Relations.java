package org.gradientlab.grading;

import java.util.Optional;
import org.gradientlab.exercises.Note;

/**
 * Mistakes recognised from how an answer's values relate to the reference's at the sample points, whatever the
 * exercise: the reference times −1 (sign-error), times another constant (constant-factor), or plus a constant
 * (extra-constant). The match is looser than grading (rtol 1e-6) because it only chooses which hint to give.
 */
final class Relations {

    private static final double RTOL = 1e-6;
    private static final double ATOL = 1e-9;

    private Relations() {}

    static Optional<Finding> diagnose(double[] s, double[] c) {
        return ratio(s, c).or(() -> shift(s, c));
    }

    private static Optional<Finding> ratio(double[] s, double[] c) {
        int largest = 0;
        for (int i = 1; i < c.length; i++) {
            if (Math.abs(c[i]) > Math.abs(c[largest])) {
                largest = i;
            }
        }
        if (Math.abs(c[largest]) < 1e-9) {
            return Optional.empty();
        }
        double k = s[largest] / c[largest];
        if (!Double.isFinite(k) || Math.abs(k) < 1e-9 || Math.abs(k - 1) <= RTOL) {
            return Optional.empty();
        }
        for (int i = 0; i < c.length; i++) {
            if (!(Math.abs(s[i] - k * c[i]) <= ATOL + RTOL * Math.abs(k * c[i]))) {
                return Optional.empty();
            }
        }
        if (Math.abs(k + 1) <= RTOL) {
            return Optional.of(Finding.of(Note.SIGN_ERROR, MessageKey.SIGN_ERROR.with()));
        }
        return Optional.of(Finding.of(Note.CONSTANT_FACTOR, MessageKey.CONSTANT_FACTOR.with(Format.factor(k))));
    }

    private static Optional<Finding> shift(double[] s, double[] c) {
        double d = s[0] - c[0];
        if (!Double.isFinite(d) || Math.abs(d) <= ATOL) {
            return Optional.empty();
        }
        for (int i = 0; i < c.length; i++) {
            double scale = Math.max(Math.abs(c[i]), Math.abs(d));
            if (!(Math.abs(s[i] - c[i] - d) <= ATOL + RTOL * scale)) {
                return Optional.empty();
            }
        }
        return Optional.of(Finding.of(Note.EXTRA_CONSTANT, MessageKey.EXTRA_CONSTANT.with(Format.number(d))));
    }
}
